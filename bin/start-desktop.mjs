#!/usr/bin/env node
// `npm start -- [--db FILE]`: the desktop app from a checkout.
//   1. Finds the Electron binary (ELECTRON_OVERRIDE_DIST_PATH, else node_modules/electron/dist).
//      npm install does not fetch it (allowScripts denies electron's install script so installs
//      succeed offline), so when it is missing this runs node_modules/electron/install.js,
//      which downloads it (or takes it from Electron's cache, ~/.cache/electron on Linux).
//   2. Makes sure an Electron-ABI build of better-sqlite3 exists beside the Node build, in
//      node_modules/.lodestone-electron/ (the Node build must stay: the CLI, the tests and the
//      browser host load it). It is built in a temporary copy of the package: a prebuilt
//      module through prebuild-install, else compiled with node-gyp against Electron's headers.
//   3. Runs `electron-vite preview` (build, then launch) with LODESTONE_SQLITE_BINDING naming
//      that build, which electron/main.ts passes to better-sqlite3 as `nativeBinding`.
// `--prepare-only` does 1 and 2, prints the binding's path and exits (used by e2e/electron.spec.ts).
// Progress goes to stderr; failures end with one paragraph saying what to do, and exit 1.
// The decisions (paths, what is missing, messages) are in electron/dev-native.ts, unit-tested.
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

const INSTALL_TIMEOUT_MS = 30 * 60_000; // a ~100 MB download on a slow line
const PREBUILD_TIMEOUT_MS = 10 * 60_000;
const COMPILE_TIMEOUT_MS = 30 * 60_000;

function log(message) {
  process.stderr.write(`${message}\n`);
}

function fail(paragraph) {
  process.stderr.write(`\n${paragraph}\n`);
  process.exit(1);
}

function readText(file) {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function fileSize(file) {
  try {
    const stat = fs.statSync(file);
    return stat.isFile() ? stat.size : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The environment for the tools run here, without npm's description of the lodestone package
 * and without the npm config keys that choose what node-gyp builds against: node-gyp lets
 * npm_config_* override its command line, so a `nodedir=/usr` in ~/.npmrc would quietly
 * compile against Node's headers instead of Electron's.
 */
const BUILD_TARGET_KEYS = /^npm_config_(nodedir|target|dist_url|disturl|devdir|arch|runtime|target_arch)$/i;
function toolEnv(extra = {}) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !key.startsWith('npm_package_') && !BUILD_TARGET_KEYS.test(key)) env[key] = value;
  }
  return { ...env, ...extra };
}

/** Runs `node script args` quietly; returns { ok, output } (stdout and stderr together). */
function runNode(script, args, { cwd, timeout, env = toolEnv() }) {
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout,
    maxBuffer: 256 * 1024 * 1024,
    windowsHide: true,
  });
  let output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.error) output += `\n${result.error.code === 'ETIMEDOUT' ? `Error: timed out after ${timeout / 60_000} minutes` : `Error: ${result.error.message}`}`;
  return { ok: !result.error && result.status === 0, output };
}

// ---- 1. Electron ------------------------------------------------------------------------

function locate() {
  return dn.locateElectron({ repo, env: process.env, platform: process.platform, readText });
}

export function ensureElectron() {
  let location = locate();
  if (!dn.electronNeedsInstall(location, fs.existsSync)) return location;
  if (location.override) fail(dn.electronUnavailableMessage({ location }));
  if (!location.packageVersion) {
    fail('lodestone: the electron package is not installed (node_modules/electron/package.json is missing). Run `npm install`, or run the app in your browser with `npm run start:browser`.');
  }
  log(`lodestone: downloading Electron ${location.packageVersion} (once; about 100 MB)...`);
  const installJs = path.join(repo, 'node_modules', 'electron', 'install.js');
  // `npm start` asks for the binary, so a global ELECTRON_SKIP_BINARY_DOWNLOAD does not apply here.
  const env = toolEnv();
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  const result = runNode(installJs, [], { cwd: repo, timeout: INSTALL_TIMEOUT_MS, env });
  location = locate();
  if (!result.ok || dn.electronNeedsInstall(location, fs.existsSync)) {
    const reason = result.ok ? `install.js finished but ${location.executable} is missing` : dn.failureReason(result.output);
    fail(dn.electronUnavailableMessage({ location, reason }));
  }
  log(`lodestone: Electron ${location.version} is in ${location.dist}`);
  return location;
}

// ---- 2. better-sqlite3 for Electron -------------------------------------------------------

const sqliteDir = path.dirname(requireFromRepo.resolve('better-sqlite3/package.json'));

function sqliteVersion() {
  return JSON.parse(fs.readFileSync(path.join(sqliteDir, 'package.json'), 'utf8')).version;
}

/**
 * Builds better-sqlite3 in a temporary copy of the package and installs the result at `dest`
 * (atomically: a half-written file is never left there). Tries prebuild-install, then
 * node-gyp with `gypArgs`. Returns { ok, reason, output }.
 */
export function buildBinding({ runtime, target, arch, dest, gypArgs }) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-sqlite-'));
  const output = [];
  try {
    const work = path.join(tmp, 'better-sqlite3');
    fs.cpSync(sqliteDir, work, {
      recursive: true,
      filter: (src) => !['build', 'node_modules', 'prebuilds'].includes(path.relative(sqliteDir, src).split(path.sep)[0]),
    });
    const built = path.join(work, 'build', 'Release', 'better_sqlite3.node');
    const requireFromSqlite = createRequire(path.join(sqliteDir, 'package.json'));

    log(`lodestone: fetching a prebuilt better-sqlite3 for ${runtime} ${target} (${arch})...`);
    const prebuild = runNode(
      requireFromSqlite.resolve('prebuild-install/bin.js'),
      ['--runtime', runtime, '--target', target, '--arch', arch, '--verbose'],
      { cwd: work, timeout: PREBUILD_TIMEOUT_MS },
    );
    output.push('$ prebuild-install', prebuild.output);
    const reasons = [];
    if (!(prebuild.ok && fileSize(built))) {
      reasons.push(`prebuilt: ${dn.failureReason(prebuild.output) ?? 'failed'}`);
      log('lodestone: no prebuilt module; compiling better-sqlite3 with node-gyp (a few minutes)...');
      let nodeGyp;
      try {
        nodeGyp = requireFromRepo.resolve('node-gyp/bin/node-gyp.js');
      } catch {
        return { ok: false, reason: `${reasons.join('; ')}; compiling: node-gyp is not installed`, output: output.join('\n') };
      }
      const compile = runNode(nodeGyp, ['rebuild', '--release', `--arch=${arch}`, ...gypArgs], {
        cwd: work,
        timeout: COMPILE_TIMEOUT_MS,
      });
      output.push('$ node-gyp rebuild', compile.output);
      if (!(compile.ok && fileSize(built))) {
        reasons.push(`compiling: ${dn.failureReason(compile.output) ?? 'failed'}`);
        return { ok: false, reason: reasons.join('; '), output: output.join('\n') };
      }
    }
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    const partial = `${dest}.partial-${process.pid}`;
    fs.copyFileSync(built, partial);
    fs.renameSync(partial, dest);
    return { ok: true, output: output.join('\n') };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

export function ensureBinding(location) {
  const electronVersion = location.version;
  const arch = process.env.npm_config_arch || process.arch; // as node_modules/electron/install.js chooses
  const expected = dn.electronBindingPath({ repo, electronVersion, sqliteVersion: sqliteVersion(), platform: process.platform, arch });
  const plan = dn.planBinding({ env: process.env, expected, size: fileSize });
  if (plan.kind === 'given' || plan.kind === 'ready') return path.resolve(plan.path);
  if (plan.kind === 'given-missing') fail(dn.givenBindingMissingMessage({ path: plan.path, electronVersion }));

  const result = buildBinding({
    runtime: 'electron',
    target: electronVersion,
    arch,
    dest: expected,
    // Electron's headers, cached apart from Node's (as @electron/rebuild does).
    gypArgs: [`--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers', `--devdir=${path.join(os.homedir(), '.electron-gyp')}`],
  });
  const logFile = path.join(repo, 'node_modules', '.lodestone-electron', 'last-build.log');
  try {
    fs.mkdirSync(path.dirname(logFile), { recursive: true });
    fs.writeFileSync(logFile, result.output);
  } catch {
    // the log is a convenience
  }
  if (!result.ok) fail(dn.bindingUnavailableMessage({ electronVersion, reason: result.reason, log: logFile }));
  log(`lodestone: better-sqlite3 for Electron ${electronVersion} is ${expected}`);
  return expected;
}

// ---- 3. launch ------------------------------------------------------------------------------

function launch(location, binding, appArgs) {
  const cli = path.join(path.dirname(requireFromRepo.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
  const env = dn.desktopEnv({
    env: process.env,
    executable: location.executable,
    binding,
    platform: process.platform,
    isRoot: process.getuid?.() === 0,
  });
  const child = spawn(process.execPath, [cli, ...dn.electronViteArgs(appArgs)], { cwd: repo, env, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('error', (error) => fail(`lodestone: could not run electron-vite: ${error.message}`));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function main() {
  const args = process.argv.slice(2);
  const prepareOnly = args.includes('--prepare-only');
  const appArgs = args.filter((arg) => arg !== '--prepare-only');
  const location = ensureElectron();
  if (!location.version) fail('lodestone: cannot tell which Electron version to build for (no version file and no electron package).');
  const binding = ensureBinding(location);
  if (prepareOnly) {
    process.stdout.write(`${binding}\n`);
    return;
  }
  launch(location, binding, appArgs);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
