// The built renderer (out/renderer) and whether it is older than its sources: used by
// `npm run start:browser` (bin/start-browser.mjs) and the diagram benchmark, which both
// serve out/renderer and must not serve a stale build.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
export const builtIndex = path.join(repo, 'out', 'renderer', 'index.html');
export const rendererEntry = path.join(repo, 'renderer', 'index.html');
/** What the renderer build reads: the renderer itself and the parts of db/ it imports. */
const buildInputs = ['renderer', 'db/model', 'db/analysis', 'db/api.ts', 'db/errors.ts', 'vite.renderer.config.ts'].map((p) => path.join(repo, p));

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

export function buildIsStale() {
  const built = newestMtime(builtIndex);
  if (built === 0) return true;
  return buildInputs.some((input) => newestMtime(input) > built);
}

/** Runs the vite build (output on stderr); returns false when it failed. */
export function buildRenderer() {
  const require = createRequire(import.meta.url);
  const viteBin = path.join(path.dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
  process.stderr.write('lodestone: building the renderer (out/renderer is missing or stale)...\n');
  const result = spawnSync(process.execPath, [viteBin, 'build', '--config', path.join(repo, 'vite.renderer.config.ts')], {
    cwd: repo,
    stdio: ['ignore', 2, 2],
  });
  return result.status === 0;
}

