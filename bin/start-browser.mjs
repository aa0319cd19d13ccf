#!/usr/bin/env node
// `npm run start:browser -- [--db FILE] [--port N] [--no-open]`
// Builds the renderer (vite, vite.renderer.config.ts) when out/renderer/index.html is
// missing or older than any source it is built from, then runs the browser host
// (server/main.ts) in this process through tsx, passing the arguments through.
// Build output goes to stderr: stdout carries only the host's one line
// `Lodestone is running at URL`.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildIsStale, buildRenderer, rendererEntry, repo } from './renderer-build.mjs';

const wantsHelp = process.argv.slice(2).some((arg) => arg === '--help' || arg === '-h');
if (!wantsHelp) {
  if (!existsSync(rendererEntry)) {
    process.stderr.write('lodestone: warning: renderer/index.html does not exist; serving the API without the app\n');
  } else if (buildIsStale() && !buildRenderer()) {
    process.stderr.write('lodestone: the renderer build failed (see above); run npm run build:web to retry\n');
    process.exit(1);
  }
}

const { register } = await import('tsx/esm/api');
register();
await import(pathToFileURL(path.join(repo, 'server', 'main.ts')).href);
