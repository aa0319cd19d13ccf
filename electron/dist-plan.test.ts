import { describe, expect, it } from 'vitest';
import type { ElectronLocation } from './dev-native';
import { builderError, distFailedMessage, planDist } from './dist-plan';

const base: ElectronLocation = {
  executable: '/repo/node_modules/electron/dist/electron',
  dist: '/repo/node_modules/electron/dist',
  override: false,
  packageVersion: '41.7.1',
  distVersion: '41.7.1',
  version: '41.7.1',
};

describe('planDist', () => {
  it('packages a local unpacked Electron when there is one of the package’s version', () => {
    expect(planDist(base, () => true)).toEqual({ kind: 'local', electronDist: base.dist, source: 'node_modules/electron/dist' });
    const override = { ...base, override: true, dist: '/opt/electron', executable: '/opt/electron/electron', distVersion: undefined };
    expect(planDist(override, () => true)).toEqual({ kind: 'local', electronDist: '/opt/electron', source: 'ELECTRON_OVERRIDE_DIST_PATH' });
  });
  it('lets electron-builder download when none is here, or the one here is stale', () => {
    expect(planDist(base, () => false)).toEqual({ kind: 'download' });
    expect(planDist({ ...base, distVersion: '40.0.0' }, () => true)).toEqual({ kind: 'download' });
  });
  it('refuses an override folder without Electron', () => {
    expect(planDist({ ...base, override: true, dist: '/opt/empty', executable: '/opt/empty/electron' }, () => false)).toEqual({ kind: 'override-missing', dist: '/opt/empty' });
  });
});

describe('dist failure message', () => {
  it('takes electron-builder’s ⨯ line as the reason', () => {
    const output = '  • electron-builder  version=26.17.0\n  ⨯ getaddrinfo ENOTFOUND github.com  failedTask=build stackTrace=RequestError: getaddrinfo ENOTFOUND github.com\n    at Object.<anonymous>';
    expect(builderError(output)).toBe('getaddrinfo ENOTFOUND github.com');
    expect(builderError('all good')).toBeUndefined();
  });
  it('is one paragraph naming the zip, the caches and the log', () => {
    const message = distFailedMessage({ reason: 'getaddrinfo ENOTFOUND github.com', log: '/repo/release/dist.log', version: '41.7.1', platform: 'linux', arch: 'x64' });
    expect(message).not.toContain('\n');
    expect(message).toContain('(getaddrinfo ENOTFOUND github.com)');
    expect(message).toContain('electron-v41.7.1-linux-x64.zip');
    expect(message).toContain('ELECTRON_OVERRIDE_DIST_PATH');
    expect(message).toContain('~/.cache/electron');
    expect(message).toMatch(/Full output: \/repo\/release\/dist\.log$/);
  });
});
