#!/usr/bin/env node
// `npm run dist [-- electron-builder options]`: the installer for this platform, in release/.
//   1. Builds the app (electron-vite build: main, preload, renderer into out/).
//   2. Runs electron-builder (electron-builder.yml: AppImage and deb, NSIS, dmg; better-sqlite3
//      rebuilt for Electron; fuses flipped), giving it a local unpacked Electron when there is
//      one (ELECTRON_OVERRIDE_DIST_PATH, or node_modules/electron/dist after `npm start`), else
//      letting it download Electron (from Electron's cache when the zip is there).
// electron-builder's progress lines are shown and its whole output goes to release/dist.log;
// a failure ends with one paragraph saying what to do, not a stack trace, and exit 1.
// electron-builder rebuilds better-sqlite3 in node_modules for Electron's ABI; the Node build
// there is what the CLI, the tests and the browser host load, so it is put back afterwards.
// The decisions are in electron/dist-plan.ts, unit-tested.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const repo = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const requireFromRepo = createRequire(path.join(repo, 'package.json'));
/** @type {typeof import('../electron/dev-native.ts')} */
const dn = await tsImport('../electron/dev-native.ts', import.meta.url);
/** @type {typeof import('../electron/dist-plan.ts')} */
const plan = await tsImport('../electron/dist-plan.ts', import.meta.url);

function fail(paragraph) {
  process.stderr.write(`\n${paragraph}\n`);
  process.exit(1);
}

const readText = (file) => {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

const location = dn.locateElectron({ repo, env: process.env, platform: process.platform, readText });
const version = location.packageVersion ?? location.version;
if (!version) fail('lodestone: the electron package is not installed (node_modules/electron/package.json is missing). Run `npm install` first.');
const decided = plan.planDist(location, fs.existsSync);
if (decided.kind === 'override-missing') fail(plan.overrideMissingMessage(decided.dist));

const vite = path.join(repo, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
process.stderr.write('lodestone: building the app (electron-vite build)...\n');
const build = spawnSync(process.execPath, [vite, 'build'], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) fail('lodestone: electron-vite build failed (its errors are above); nothing was packaged.');

const args = ['--publish', 'never', ...process.argv.slice(2)];
if (decided.kind === 'local') {
  args.push(`-c.electronDist=${decided.electronDist}`);
  process.stderr.write(`lodestone: packaging the Electron in ${decided.electronDist} (${decided.source})\n`);
} else {
  process.stderr.write(`lodestone: electron-builder fetches Electron ${version} (from Electron's cache when it is there, else the network)\n`);
}

/**
 * Without the npm config keys that choose what node-gyp builds against (a `nodedir=/usr` in
 * ~/.npmrc would compile better-sqlite3 against Node's headers and package a module Electron
 * cannot load), as bin/start-desktop.mjs does.
 */
const BUILD_TARGET_KEYS = /^npm_config_(nodedir|target|dist_url|disturl|devdir|runtime|target_arch)$/i;
const env = Object.fromEntries(Object.entries(process.env).filter(([key, value]) => value !== undefined && !BUILD_TARGET_KEYS.test(key)));

// The Node build of better-sqlite3 (and @electron/rebuild's "already built" marker), kept aside.
const release = path.join(path.dirname(requireFromRepo.resolve('better-sqlite3/package.json')), 'build', 'Release');
const kept = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-dist-'));
const KEEP = ['better_sqlite3.node', '.forge-meta'];
for (const name of KEEP) if (fs.existsSync(path.join(release, name))) fs.copyFileSync(path.join(release, name), path.join(kept, name));
function restoreNodeBuild() {
  for (const name of KEEP) {
    const saved = path.join(kept, name);
    if (fs.existsSync(saved)) fs.copyFileSync(saved, path.join(release, name));
    else fs.rmSync(path.join(release, name), { force: true });
  }
  fs.rmSync(kept, { recursive: true, force: true });
}

const logFile = path.join(repo, 'release', 'dist.log');
fs.mkdirSync(path.dirname(logFile), { recursive: true });
const log = fs.createWriteStream(logFile);
const builder = path.join(repo, 'node_modules', 'electron-builder', 'cli.js');
const child = spawn(process.execPath, [builder, ...args], { cwd: repo, env, stdio: ['ignore', 'pipe', 'pipe'] });
let output = '';
let pending = '';
const take = (chunk) => {
  const text = chunk.toString('utf8');
  log.write(text);
  output = (output + text).slice(-200_000);
  pending += text;
  const lines = pending.split(/\r?\n/);
  pending = lines.pop() ?? '';
  // Progress only: electron-builder's "• step" lines; errors are summed up at the end.
  for (const line of lines) if (line.trimStart().startsWith('•')) process.stderr.write(`${line}\n`);
};
child.stdout.on('data', take);
child.stderr.on('data', take);
child.on('error', (error) => {
  restoreNodeBuild();
  fail(`lodestone: could not run electron-builder: ${error.message}`);
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
child.on('close', (code) => {
  restoreNodeBuild();
  log.end(() => {
    if (code === 0) {
      process.stderr.write(`lodestone: installers are in ${path.join(repo, 'release')}\n`);
      process.exit(0);
    }
    const reason = plan.builderError(output) ?? dn.failureReason(output);
    fail(plan.distFailedMessage({ reason, log: logFile, version, platform: process.platform, arch: process.env.npm_config_arch || process.arch }));
  });
});
