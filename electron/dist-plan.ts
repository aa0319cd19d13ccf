// Decisions of `npm run dist` (bin/dist.mjs), without running anything: which Electron
// electron-builder packages, and the one paragraph printed when it cannot build. Pure.
import type { ElectronLocation } from './dev-native';

export type DistPlan =
  /** An unpacked Electron of the right version is here: electron-builder uses it (electronDist), nothing is downloaded. */
  | { kind: 'local'; electronDist: string; source: 'ELECTRON_OVERRIDE_DIST_PATH' | 'node_modules/electron/dist' }
  /** ELECTRON_OVERRIDE_DIST_PATH names a folder without Electron in it. */
  | { kind: 'override-missing'; dist: string }
  /** electron-builder fetches the zip itself (from Electron's cache when it is there, else the network). */
  | { kind: 'download' };

export function planDist(location: ElectronLocation, exists: (file: string) => boolean): DistPlan {
  const present = exists(location.executable);
  if (location.override) return present ? { kind: 'local', electronDist: location.dist, source: 'ELECTRON_OVERRIDE_DIST_PATH' } : { kind: 'override-missing', dist: location.dist };
  // A dist of another version than the package (electron upgraded since) would package the wrong Electron.
  if (present && location.distVersion !== undefined && location.distVersion === location.packageVersion) {
    return { kind: 'local', electronDist: location.dist, source: 'node_modules/electron/dist' };
  }
  return { kind: 'download' };
}

/** electron-builder's own error line ("  ⨯ message"), else undefined. */
export function builderError(output: string): string | undefined {
  const line = output.split(/\r?\n/).find((l) => l.trimStart().startsWith('⨯'));
  if (!line) return undefined;
  // "⨯ message  failedTask=build stackTrace=..." : the fields after the message are for the log.
  const message = line.trim().replace(/^⨯\s*/, '').split(/\s{2,}[A-Za-z]+=/)[0]!.trim();
  return message.length > 200 ? `${message.slice(0, 197)}...` : message;
}

/** The electron zip electron-builder looks for in Electron's cache. */
export function electronZipName(version: string, platform: string, arch: string): string {
  return `electron-v${version}-${platform}-${arch}.zip`;
}

export function distFailedMessage(opts: { reason: string | undefined; log: string; version: string; platform: string; arch: string }): string {
  const zip = electronZipName(opts.version, opts.platform, opts.arch);
  return (
    `lodestone: the installer could not be built${opts.reason ? ` (${opts.reason})` : ''}. ` +
    `\`npm run dist\` packages Electron ${opts.version} for this platform and rebuilds better-sqlite3 for it, and both come from the network the first time: ` +
    `run it once on a connected machine, or give it what it would download — an unpacked Electron ${opts.version} in ELECTRON_OVERRIDE_DIST_PATH (or node_modules/electron/dist after one \`npm start\`), ` +
    `or ${zip} in Electron's cache (~/.cache/electron on Linux, ~/Library/Caches/electron on macOS, %LOCALAPPDATA%\\electron\\Cache on Windows), ` +
    `plus ~/.electron-gyp or ~/.npm/_prebuilds for better-sqlite3 (README: Building installers). Full output: ${opts.log}`
  );
}

export function overrideMissingMessage(dist: string): string {
  return `lodestone: ELECTRON_OVERRIDE_DIST_PATH is ${dist}, but there is no Electron in it. Point it at a folder holding an unpacked Electron of the version in package.json, or unset it to let electron-builder download one.`;
}
