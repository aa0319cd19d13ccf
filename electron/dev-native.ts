// Running the desktop app from a checkout (bin/start-desktop.mjs, e2e/electron.spec.ts): where
// the Electron binary is, which Electron-ABI build of better-sqlite3 goes with it, and what
// is missing. Pure: file reads and existence checks come in as functions, so every decision
// here is unit-tested without an Electron binary.
//
// Why a second build of better-sqlite3: node_modules/better-sqlite3 is compiled for Node's
// ABI (the CLI, the tests and the browser host load it), Electron needs its own ABI, and
// rebuilding in place would break Node. So the Electron build lives beside it, in
// node_modules/.lodestone-electron/, and reaches db/store/open.ts through the
// LODESTONE_SQLITE_BINDING environment variable (better-sqlite3's `nativeBinding` option).
// Packaged apps do not use any of this: electron-builder rebuilds the module in place.
import path from 'node:path';

/** Path of the Electron-ABI better_sqlite3.node; read by electron/main.ts, unpackaged only. */
export const SQLITE_BINDING_ENV = 'LODESTONE_SQLITE_BINDING';
/** A folder holding an unpacked Electron (as `electron` itself honours it). */
export const ELECTRON_OVERRIDE_ENV = 'ELECTRON_OVERRIDE_DIST_PATH';

export type Env = Readonly<Record<string, string | undefined>>;
/** Contents of a text file, or undefined when it cannot be read. */
export type ReadText = (file: string) => string | undefined;

/** The executable inside an Electron dist folder, as node_modules/electron/install.js names it. */
export function electronPlatformPath(platform: string): string {
  switch (platform) {
    case 'darwin':
    case 'mas':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'win32':
      return 'electron.exe';
    default:
      return 'electron';
  }
}

export interface ElectronLocation {
  /** Where the executable is, or will be once node_modules/electron/install.js has run. */
  executable: string;
  /** The dist folder holding it. */
  dist: string;
  /** True when ELECTRON_OVERRIDE_DIST_PATH chose the folder (nothing will be downloaded). */
  override: boolean;
  /** Version of the electron npm package (what install.js downloads); undefined when it is not installed. */
  packageVersion: string | undefined;
  /** Version of the binary in dist (its `version` file); undefined when there is none. */
  distVersion: string | undefined;
  /** The version to build native modules for: the binary's when known, else the package's. */
  version: string | undefined;
}

/**
 * Where Electron is: ELECTRON_OVERRIDE_DIST_PATH when set, else node_modules/electron/dist;
 * the executable's name comes from node_modules/electron/path.txt (written by install.js)
 * or, before the first install, from the platform.
 */
export function locateElectron(opts: { repo: string; env: Env; platform: string; readText: ReadText }): ElectronLocation {
  const moduleDir = path.join(opts.repo, 'node_modules', 'electron');
  const packageVersion = versionOfPackage(opts.readText(path.join(moduleDir, 'package.json')));
  const pathTxt = opts.readText(path.join(moduleDir, 'path.txt'))?.trim();
  const overrideDir = opts.env[ELECTRON_OVERRIDE_ENV]?.trim();
  const dist = overrideDir ? path.resolve(opts.repo, overrideDir) : path.join(moduleDir, 'dist');
  const distVersion = opts.readText(path.join(dist, 'version'))?.trim().replace(/^v/, '') || undefined;
  return {
    executable: path.join(dist, pathTxt || electronPlatformPath(opts.platform)),
    dist,
    override: Boolean(overrideDir),
    packageVersion,
    distVersion,
    version: distVersion ?? packageVersion,
  };
}

/**
 * Whether install.js must (re)download Electron: the executable is missing, or the binary in
 * node_modules/electron/dist is of another version than the package (an upgraded electron
 * with a stale dist). An override folder is the developer's choice and is never replaced.
 */
export function electronNeedsInstall(location: ElectronLocation, exists: (file: string) => boolean): boolean {
  if (!exists(location.executable)) return true;
  if (location.override) return false;
  return location.distVersion !== undefined && location.packageVersion !== undefined && location.distVersion !== location.packageVersion;
}

/**
 * Where the Electron-ABI build of better-sqlite3 goes: outside the Node build, one folder per
 * Electron version, platform, architecture and better-sqlite3 version, so a change of any of
 * them leads to a new build instead of loading a stale one.
 */
export function electronBindingPath(opts: {
  repo: string;
  electronVersion: string;
  sqliteVersion: string;
  platform: string;
  arch: string;
}): string {
  return path.join(
    opts.repo,
    'node_modules',
    '.lodestone-electron',
    `electron-${opts.electronVersion}-${opts.platform}-${opts.arch}`,
    `better-sqlite3-${opts.sqliteVersion}`,
    'better_sqlite3.node',
  );
}

export type BindingPlan =
  /** LODESTONE_SQLITE_BINDING was set by the developer and names an existing file: use it. */
  | { kind: 'given'; path: string }
  /** LODESTONE_SQLITE_BINDING was set but names no file. */
  | { kind: 'given-missing'; path: string }
  /** The build for this Electron is already there. */
  | { kind: 'ready'; path: string }
  /** Build it (missing, or a leftover empty file). */
  | { kind: 'build'; path: string };

export function planBinding(opts: { env: Env; expected: string; size: (file: string) => number | undefined }): BindingPlan {
  const given = opts.env[SQLITE_BINDING_ENV]?.trim();
  if (given) {
    return (opts.size(given) ?? 0) > 0 ? { kind: 'given', path: given } : { kind: 'given-missing', path: given };
  }
  return (opts.size(opts.expected) ?? 0) > 0 ? { kind: 'ready', path: opts.expected } : { kind: 'build', path: opts.expected };
}

/** What electron/main.ts passes to openWorkspace: the env binding, honoured only in an unpackaged app. */
export function sqliteBindingFromEnv(env: Env, isPackaged: boolean): { nativeBinding?: string } {
  const binding = isPackaged ? undefined : env[SQLITE_BINDING_ENV]?.trim();
  return binding ? { nativeBinding: binding } : {};
}

/**
 * The environment of `electron-vite preview`: electron-vite finds Electron only through
 * ELECTRON_EXEC_PATH or node_modules/electron/path.txt (it ignores ELECTRON_OVERRIDE_DIST_PATH),
 * so the executable is passed explicitly. Chromium refuses to run as root on Linux without
 * --no-sandbox, which electron-vite adds for NO_SANDBOX=1.
 */
export function desktopEnv(opts: { env: Env; executable: string; binding: string; platform: string; isRoot: boolean }): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(opts.env)) if (value !== undefined) out[key] = value;
  out.ELECTRON_EXEC_PATH = opts.executable;
  out[SQLITE_BINDING_ENV] = opts.binding;
  if (opts.platform === 'linux' && opts.isRoot) out.NO_SANDBOX = '1';
  return out;
}

/** electron-vite's arguments: preview (build, then launch), passing ours (e.g. --db FILE) to the app. */
/** `electron-vite preview` (build, then launch), or `dev` (hot reload) when `--dev` is given. */
export function electronViteArgs(args: readonly string[]): string[] {
  const command = args.includes('--dev') ? 'dev' : 'preview';
  const appArgs = args.filter((arg) => arg !== '--dev');
  return appArgs.length > 0 ? [command, '--', ...appArgs] : [command];
}

/** The one paragraph printed when there is no Electron binary and it could not be downloaded. */
export function electronUnavailableMessage(opts: { location: ElectronLocation; reason?: string }): string {
  const { location, reason } = opts;
  const version = location.version ? ` ${location.version}` : '';
  const why = location.override
    ? `${ELECTRON_OVERRIDE_ENV} is set, but ${location.executable} does not exist.`
    : `Electron${version} could not be downloaded${reason ? ` (${reason})` : ''}, so the desktop app cannot start.`;
  return (
    `lodestone: ${why} Run the same app in your browser with \`npm run start:browser\`, ` +
    `or set ${ELECTRON_OVERRIDE_ENV} to a folder holding an unpacked Electron${version} ` +
    `(or copy Electron's download cache, ~/.cache/electron on Linux, from a machine where ` +
    `\`npm start\` has run) and run \`npm start\` again.`
  );
}

/** The one paragraph printed when better-sqlite3 could not be built for Electron. */
export function bindingUnavailableMessage(opts: { electronVersion: string; reason?: string; log?: string }): string {
  return (
    `lodestone: better-sqlite3 could not be built for Electron ${opts.electronVersion}` +
    `${opts.reason ? ` (${opts.reason})` : ''}, so the desktop app cannot start. The first \`npm start\` ` +
    `downloads a prebuilt module, or Electron's headers to compile one (with Python and a C++ compiler), ` +
    `which needs a network connection once. Run the same app in your browser with \`npm run start:browser\`, ` +
    `or set ${SQLITE_BINDING_ENV} to a better_sqlite3.node built for Electron ${opts.electronVersion}.` +
    `${opts.log ? ` Full output: ${opts.log}` : ''}`
  );
}

/** The one paragraph printed when LODESTONE_SQLITE_BINDING names no file. */
export function givenBindingMissingMessage(opts: { path: string; electronVersion: string }): string {
  return (
    `lodestone: ${SQLITE_BINDING_ENV} is set to ${opts.path}, which does not exist. Unset it to have ` +
    `\`npm start\` build better-sqlite3 for Electron itself, or point it at a better_sqlite3.node built ` +
    `for Electron ${opts.electronVersion}.`
  );
}

const NETWORK_ERROR = /\b(ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH|CERT_\w+|UNABLE_TO_\w+)\b/;
const TOOL_PREFIX = /^(prebuild-install (warn|ERR!|error|info)( install)?|gyp (ERR!|WARN|info|http)( stack)?|npm (ERR!|error))\s*/;

/**
 * A short reason to quote from a failed tool's output (install.js, prebuild-install,
 * node-gyp): a network error when there is one, else the first error line; never a stack.
 */
export function failureReason(output: string): string | undefined {
  const lines = output
    .split(/\r?\n/)
    .map((line) => line.trim().replace(TOOL_PREFIX, '').trim())
    .filter((line) => line !== '' && !/^at\s/.test(line));
  if (lines.length === 0) return undefined;
  const network = lines.find((line) => NETWORK_ERROR.test(line));
  let chosen: string;
  if (network) chosen = network;
  else if (lines.some((line) => line.includes('related to network connectivity'))) {
    const url = lines.map((line) => /\bGET (https?:\/\/\S+)/.exec(line)?.[1]).findLast(Boolean);
    chosen = url ? `could not download ${url}` : 'a network error while downloading';
  }
  else chosen = lines.find((line) => /(Error\b|error\b|ERR!|failed|not found|404)/.test(line)) ?? lines.at(-1)!;
  return chosen.length > 200 ? `${chosen.slice(0, 197)}...` : chosen;
}

function versionOfPackage(json: string | undefined): string | undefined {
  if (!json) return undefined;
  try {
    const version = (JSON.parse(json) as { version?: unknown }).version;
    return typeof version === 'string' && version !== '' ? version : undefined;
  } catch {
    return undefined;
  }
}
