import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bindingUnavailableMessage,
  desktopEnv,
  electronBindingPath,
  electronNeedsInstall,
  electronPlatformPath,
  electronUnavailableMessage,
  electronViteArgs,
  failureReason,
  givenBindingMissingMessage,
  locateElectron,
  planBinding,
  sqliteBindingFromEnv,
  type ReadText,
} from './dev-native';

const repo = path.resolve('/work/lodestone');
const electronDir = path.join(repo, 'node_modules', 'electron');
const pkg = JSON.stringify({ name: 'electron', version: '41.7.1' });

function files(map: Record<string, string>): ReadText {
  return (file) => map[file];
}

describe('electronPlatformPath', () => {
  it('names the executable as electron/install.js does', () => {
    expect(electronPlatformPath('linux')).toBe('electron');
    expect(electronPlatformPath('freebsd')).toBe('electron');
    expect(electronPlatformPath('win32')).toBe('electron.exe');
    expect(electronPlatformPath('darwin')).toBe('Electron.app/Contents/MacOS/Electron');
  });
});

describe('locateElectron', () => {
  it('uses node_modules/electron/dist and path.txt when installed', () => {
    const location = locateElectron({
      repo,
      env: {},
      platform: 'linux',
      readText: files({
        [path.join(electronDir, 'package.json')]: pkg,
        [path.join(electronDir, 'path.txt')]: 'electron',
        [path.join(electronDir, 'dist', 'version')]: '41.7.1',
      }),
    });
    expect(location).toEqual({
      executable: path.join(electronDir, 'dist', 'electron'),
      dist: path.join(electronDir, 'dist'),
      override: false,
      packageVersion: '41.7.1',
      distVersion: '41.7.1',
      version: '41.7.1',
    });
  });

  it('before the first download: the platform executable in dist, the package version', () => {
    const location = locateElectron({ repo, env: {}, platform: 'win32', readText: files({ [path.join(electronDir, 'package.json')]: pkg }) });
    expect(location.executable).toBe(path.join(electronDir, 'dist', 'electron.exe'));
    expect(location.distVersion).toBeUndefined();
    expect(location.version).toBe('41.7.1');
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH, relative to the repo, with the binary’s own version', () => {
    const dist = path.join(repo, 'vendor', 'electron-40');
    const location = locateElectron({
      repo,
      env: { ELECTRON_OVERRIDE_DIST_PATH: 'vendor/electron-40' },
      platform: 'darwin',
      readText: files({ [path.join(electronDir, 'package.json')]: pkg, [path.join(dist, 'version')]: 'v40.1.0\n' }),
    });
    expect(location.override).toBe(true);
    expect(location.dist).toBe(dist);
    expect(location.executable).toBe(path.join(dist, 'Electron.app/Contents/MacOS/Electron'));
    expect(location.version).toBe('40.1.0'); // build for the binary that will run, not the package
  });

  it('ignores an empty override and an unreadable package.json', () => {
    const location = locateElectron({ repo, env: { ELECTRON_OVERRIDE_DIST_PATH: '  ' }, platform: 'linux', readText: files({ [path.join(electronDir, 'package.json')]: '{oops' }) });
    expect(location.override).toBe(false);
    expect(location.packageVersion).toBeUndefined();
    expect(location.version).toBeUndefined();
  });
});

describe('electronNeedsInstall', () => {
  const base = locateElectron({
    repo,
    env: {},
    platform: 'linux',
    readText: files({ [path.join(electronDir, 'package.json')]: pkg, [path.join(electronDir, 'dist', 'version')]: '41.7.1' }),
  });
  it('when the executable is missing', () => {
    expect(electronNeedsInstall(base, () => false)).toBe(true);
    expect(electronNeedsInstall(base, (file) => file === base.executable)).toBe(false);
  });
  it('when dist holds another version than the package (electron was upgraded)', () => {
    expect(electronNeedsInstall({ ...base, distVersion: '40.0.0' }, () => true)).toBe(true);
  });
  it('never replaces an override folder of another version', () => {
    expect(electronNeedsInstall({ ...base, override: true, distVersion: '40.0.0' }, () => true)).toBe(false);
    expect(electronNeedsInstall({ ...base, override: true }, () => false)).toBe(true);
  });
});

describe('electronBindingPath', () => {
  it('lives outside the Node build, one folder per Electron, platform, arch and better-sqlite3', () => {
    const file = electronBindingPath({ repo, electronVersion: '41.7.1', sqliteVersion: '12.9.0', platform: 'linux', arch: 'x64' });
    expect(file).toBe(path.join(repo, 'node_modules', '.lodestone-electron', 'electron-41.7.1-linux-x64', 'better-sqlite3-12.9.0', 'better_sqlite3.node'));
    expect(file.startsWith(path.join(repo, 'node_modules', 'better-sqlite3'))).toBe(false);
    const others = [
      electronBindingPath({ repo, electronVersion: '42.0.0', sqliteVersion: '12.9.0', platform: 'linux', arch: 'x64' }),
      electronBindingPath({ repo, electronVersion: '41.7.1', sqliteVersion: '12.10.0', platform: 'linux', arch: 'x64' }),
      electronBindingPath({ repo, electronVersion: '41.7.1', sqliteVersion: '12.9.0', platform: 'linux', arch: 'arm64' }),
    ];
    expect(new Set([file, ...others]).size).toBe(4);
  });
});

describe('planBinding', () => {
  const expected = path.join(repo, 'node_modules', '.lodestone-electron', 'x', 'better_sqlite3.node');
  it('builds when the file is missing or empty (a leftover), reuses it otherwise', () => {
    expect(planBinding({ env: {}, expected, size: () => undefined })).toEqual({ kind: 'build', path: expected });
    expect(planBinding({ env: {}, expected, size: () => 0 })).toEqual({ kind: 'build', path: expected });
    expect(planBinding({ env: {}, expected, size: () => 2_000_000 })).toEqual({ kind: 'ready', path: expected });
  });
  it('takes LODESTONE_SQLITE_BINDING from the developer, and says when it names nothing', () => {
    const given = '/opt/sqlite-electron/better_sqlite3.node';
    expect(planBinding({ env: { LODESTONE_SQLITE_BINDING: given }, expected, size: (f) => (f === given ? 10 : undefined) })).toEqual({ kind: 'given', path: given });
    expect(planBinding({ env: { LODESTONE_SQLITE_BINDING: given }, expected, size: () => undefined })).toEqual({ kind: 'given-missing', path: given });
    expect(planBinding({ env: { LODESTONE_SQLITE_BINDING: ' ' }, expected, size: () => 5 })).toEqual({ kind: 'ready', path: expected });
  });
});

describe('sqliteBindingFromEnv', () => {
  it('passes the binding to openWorkspace only in an unpackaged app', () => {
    expect(sqliteBindingFromEnv({ LODESTONE_SQLITE_BINDING: '/x/b.node' }, false)).toEqual({ nativeBinding: '/x/b.node' });
    expect(sqliteBindingFromEnv({ LODESTONE_SQLITE_BINDING: '/x/b.node' }, true)).toEqual({});
    expect(sqliteBindingFromEnv({}, false)).toEqual({});
    expect(sqliteBindingFromEnv({ LODESTONE_SQLITE_BINDING: '' }, false)).toEqual({});
  });
});

describe('desktopEnv and electronViteArgs', () => {
  it('tells electron-vite which executable and binding to use', () => {
    const env = desktopEnv({ env: { PATH: '/bin', GONE: undefined }, executable: '/e/electron', binding: '/b.node', platform: 'linux', isRoot: false });
    expect(env).toEqual({ PATH: '/bin', ELECTRON_EXEC_PATH: '/e/electron', LODESTONE_SQLITE_BINDING: '/b.node' });
  });
  it('adds NO_SANDBOX for root on Linux only', () => {
    expect(desktopEnv({ env: {}, executable: 'e', binding: 'b', platform: 'linux', isRoot: true }).NO_SANDBOX).toBe('1');
    expect(desktopEnv({ env: {}, executable: 'e', binding: 'b', platform: 'darwin', isRoot: true }).NO_SANDBOX).toBeUndefined();
  });
  it('previews, passing the app its arguments after --', () => {
    expect(electronViteArgs([])).toEqual(['preview']);
    expect(electronViteArgs(['--db', 'w.db'])).toEqual(['preview', '--', '--db', 'w.db']);
  });
  it('runs the dev server with hot reload for --dev', () => {
    expect(electronViteArgs(['--dev'])).toEqual(['dev']);
    expect(electronViteArgs(['--dev', '--db', 'w.db'])).toEqual(['dev', '--', '--db', 'w.db']);
  });
});

describe('messages', () => {
  const location = locateElectron({ repo, env: {}, platform: 'linux', readText: files({ [path.join(electronDir, 'package.json')]: pkg }) });
  it('a failed download: one paragraph with the reason and both ways out', () => {
    const message = electronUnavailableMessage({ location, reason: 'RequestError: getaddrinfo ENOTFOUND github.com' });
    expect(message).not.toContain('\n');
    expect(message).toContain('Electron 41.7.1 could not be downloaded (RequestError: getaddrinfo ENOTFOUND github.com)');
    expect(message).toContain('npm run start:browser');
    expect(message).toContain('ELECTRON_OVERRIDE_DIST_PATH');
    expect(message).toContain('~/.cache/electron');
  });
  it('an override folder without Electron names the path it looked at', () => {
    const override = { ...location, override: true, executable: '/opt/electron/electron' };
    expect(electronUnavailableMessage({ location: override })).toContain('ELECTRON_OVERRIDE_DIST_PATH is set, but /opt/electron/electron does not exist');
  });
  it('a failed native build', () => {
    const message = bindingUnavailableMessage({ electronVersion: '41.7.1', reason: 'prebuilt: x; compiling: y', log: '/r/last-build.log' });
    expect(message).not.toContain('\n');
    expect(message).toContain('better-sqlite3 could not be built for Electron 41.7.1 (prebuilt: x; compiling: y)');
    expect(message).toContain('npm run start:browser');
    expect(message).toContain('LODESTONE_SQLITE_BINDING');
    expect(message).toContain('/r/last-build.log');
    expect(givenBindingMissingMessage({ path: '/nope.node', electronVersion: '41.7.1' })).toContain('LODESTONE_SQLITE_BINDING is set to /nope.node, which does not exist');
  });
});

describe('failureReason', () => {
  it('quotes the error of electron/install.js without its stack', () => {
    const output = [
      'RequestError: getaddrinfo ENOTFOUND github.com',
      '    at ClientRequest.<anonymous> (/r/node_modules/got/dist/source/core/index.js:970:111)',
      '    at Object.onceWrapper (node:events:639:26)',
    ].join('\n');
    expect(failureReason(output)).toBe('RequestError: getaddrinfo ENOTFOUND github.com');
  });
  it('quotes prebuild-install’s warning', () => {
    const output = [
      'prebuild-install info begin Prebuild-install version 7.1.3',
      'prebuild-install http request GET https://github.com/WiseLibs/better-sqlite3/releases/download/v12.9.0/x.tar.gz',
      'prebuild-install warn install getaddrinfo ENOTFOUND github.com',
    ].join('\n');
    expect(failureReason(output)).toBe('getaddrinfo ENOTFOUND github.com');
    expect(failureReason('prebuild-install warn install No prebuilt binaries found (target=41.7.1 runtime=electron arch=x64)')).toBe(
      'No prebuilt binaries found (target=41.7.1 runtime=electron arch=x64)',
    );
  });
  it('names the download node-gyp could not make', () => {
    const output = [
      'gyp info using node-gyp@12.4.0',
      'gyp http GET https://electronjs.org/headers/v41.7.1/node-v41.7.1-headers.tar.gz',
      'gyp WARN install got an error, rolling back install',
      'gyp ERR! configure error ',
      'gyp ERR! stack Error: This is most likely not a problem with node-gyp or the package itself and',
      'gyp ERR! stack is related to network connectivity. In most cases you are behind a proxy or have bad',
      'gyp ERR! stack at go (/r/node_modules/node-gyp/lib/install.js:244:21)',
      'gyp ERR! not ok ',
    ].join('\n');
    expect(failureReason(output)).toBe('could not download https://electronjs.org/headers/v41.7.1/node-v41.7.1-headers.tar.gz');
  });
  it('falls back to the first error line, shortened, or nothing', () => {
    expect(failureReason('gyp info ok\nmake: *** [x] Error 1\ngyp ERR! build error')).toBe('make: *** [x] Error 1');
    expect(failureReason(`Error: ${'x'.repeat(500)}`)).toHaveLength(200);
    expect(failureReason('\n  \n')).toBeUndefined();
  });
});
