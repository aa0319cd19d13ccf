#!/usr/bin/env node
// `npm run start:browser -- [--db FILE] [--port N] [--no-open]`
// Builds the renderer (vite, vite.renderer.config.ts) when out/renderer/index.html is
// missing or older than any source it is built from, then runs the browser host
// (server/main.ts) in this process through tsx, passing the arguments through.
// Build output goes to stderr: stdout carries only the host's one line
// `Lodestone is running at URL`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const builtIndex = path.join(repo, 'out', 'renderer', 'index.html');
const rendererEntry = path.join(repo, 'renderer', 'index.html');
/** What the renderer build reads: the renderer itself and the parts of db/ it imports. */
const buildInputs = ['renderer', 'db/model', 'db/api.ts', 'db/errors.ts', 'vite.renderer.config.ts'].map((p) => path.join(repo, p));

/** Newest modification time under a file or folder (0 when missing). */
function newestMtime(target) {
  let stat;
  try {
    stat = statSync(target);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // catches deleted files too
  for (const entry of readdirSync(target, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry.name)));
  }
  return newest;
}

function buildIsStale() {
  const built = newestMtime(builtIndex);
  if (built === 0) return true;
  return buildInputs.some((input) => newestMtime(input) > built);
}

function buildRenderer() {
  const require = createRequire(import.meta.url);
  const viteBin = path.join(path.dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
  process.stderr.write('lodestone: building the renderer (out/renderer is missing or stale)...\n');
  const result = spawnSync(process.execPath, [viteBin, 'build', '--config', path.join(repo, 'vite.renderer.config.ts')], {
    cwd: repo,
    stdio: ['ignore', 2, 2],
  });
  if (result.status !== 0) {
    process.stderr.write('lodestone: the renderer build failed (see above); run npm run build:web to retry\n');
    process.exit(result.status ?? 1);
  }
}

const wantsHelp = process.argv.slice(2).some((arg) => arg === '--help' || arg === '-h');
if (!wantsHelp) {
  if (!existsSync(rendererEntry)) {
    process.stderr.write('lodestone: warning: renderer/index.html does not exist; serving the API without the app\n');
  } else if (buildIsStale()) {
    buildRenderer();
  }
}

const { register } = await import('tsx/esm/api');
register();
await import(pathToFileURL(path.join(repo, 'server', 'main.ts')).href);
