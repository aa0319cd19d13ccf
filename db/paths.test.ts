import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { appDataDir, defaultWorkspacePath, userDataDir } from './paths';

describe('defaultWorkspacePath', () => {
  it('uses $XDG_CONFIG_HOME on Linux', () => {
    expect(defaultWorkspacePath({ platform: 'linux', env: { XDG_CONFIG_HOME: '/x/cfg' }, home: '/home/ann' })).toBe(
      '/x/cfg/Lodestone/workspace.db',
    );
  });

  it('falls back to ~/.config on Linux when XDG_CONFIG_HOME is unset, empty or relative', () => {
    for (const env of [{}, { XDG_CONFIG_HOME: '' }, { XDG_CONFIG_HOME: 'rel/cfg' }]) {
      expect(defaultWorkspacePath({ platform: 'linux', env, home: '/home/ann' })).toBe('/home/ann/.config/Lodestone/workspace.db');
    }
  });

  it('uses ~/Library/Application Support on macOS, ignoring XDG', () => {
    expect(defaultWorkspacePath({ platform: 'darwin', env: { XDG_CONFIG_HOME: '/x' }, home: '/Users/ann' })).toBe(
      '/Users/ann/Library/Application Support/Lodestone/workspace.db',
    );
  });

  it('uses %APPDATA% on Windows, with a fallback', () => {
    expect(defaultWorkspacePath({ platform: 'win32', env: { APPDATA: 'C:\\Users\\ann\\AppData\\Roaming' }, home: 'C:\\Users\\ann' })).toBe(
      'C:\\Users\\ann\\AppData\\Roaming\\Lodestone\\workspace.db',
    );
    expect(defaultWorkspacePath({ platform: 'win32', env: {}, home: 'C:\\Users\\ann' })).toBe(
      'C:\\Users\\ann\\AppData\\Roaming\\Lodestone\\workspace.db',
    );
  });

  it('exposes the app data and user data folders', () => {
    expect(appDataDir({ platform: 'linux', env: {}, home: '/h' })).toBe('/h/.config');
    expect(userDataDir({ platform: 'linux', env: {}, home: '/h' })).toBe('/h/.config/Lodestone');
  });

  it('defaults to the current process environment', () => {
    const p = defaultWorkspacePath();
    expect(path.isAbsolute(p)).toBe(true);
    expect(p.endsWith(path.join('Lodestone', 'workspace.db'))).toBe(true);
  });

  describe('create', () => {
    let tmp: string | undefined;
    afterEach(() => {
      if (tmp) rmSync(tmp, { recursive: true, force: true });
    });

    it('creates the folder only when asked', () => {
      tmp = mkdtempSync(path.join(os.tmpdir(), 'lodestone-paths-'));
      const env = { XDG_CONFIG_HOME: path.join(tmp, 'cfg') };
      const p = defaultWorkspacePath({ platform: 'linux', env, home: tmp });
      expect(existsSync(path.dirname(p))).toBe(false);
      expect(defaultWorkspacePath({ platform: 'linux', env, home: tmp, create: true })).toBe(p);
      expect(statSync(path.dirname(p)).isDirectory()).toBe(true);
      expect(existsSync(p)).toBe(false); // the file itself is the workspace's business
    });
  });
});
