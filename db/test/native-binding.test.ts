// openWorkspace(file, { nativeBinding }): the desktop app run from a checkout loads an
// Electron-ABI build of better-sqlite3 from elsewhere (electron/dev-native.ts). Here the
// option is exercised with the Node build itself, and with paths that cannot work.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LodestoneError } from '../errors';
import { SCHEMA_VERSION } from '../store/migrations';
import { openWorkspace } from '../workspace';

const require = createRequire(import.meta.url);
const nodeBuild = path.join(path.dirname(require.resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');

let dir: string | undefined;
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function tempDir(): string {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-binding-'));
  return dir;
}

function caught(fn: () => unknown): LodestoneError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(LodestoneError);
    return error as LodestoneError;
  }
  throw new Error('expected a LodestoneError');
}

describe('nativeBinding', () => {
  it('opens, migrates and reopens a workspace with the native module named explicitly', () => {
    expect(fs.existsSync(nodeBuild)).toBe(true);
    const file = path.join(tempDir(), 'w.db');
    const ws = openWorkspace(file, { nativeBinding: nodeBuild });
    expect(ws.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const id = ws.meta('workspace_id');
    ws.close();
    // better-sqlite3 appends .node itself; so does the existence check
    const again = openWorkspace(file, { nativeBinding: nodeBuild.replace(/\.node$/, '') });
    expect(again.meta('workspace_id')).toBe(id);
    again.close();
  });

  it('names a native module that does not exist, and creates no file', () => {
    const file = path.join(tempDir(), 'w.db');
    const missing = path.join(dir!, 'electron', 'better_sqlite3.node');
    const error = caught(() => openWorkspace(file, { nativeBinding: missing }));
    expect(error.code).toBe('io');
    expect(error.message).toBe(`Cannot load SQLite: the native module ${missing} does not exist`);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('names a native module that cannot be loaded', () => {
    const file = path.join(tempDir(), 'w.db');
    const bogus = path.join(dir!, 'better_sqlite3.node');
    fs.writeFileSync(bogus, 'not a shared library');
    const error = caught(() => openWorkspace(file, { nativeBinding: bogus }));
    expect(error.code).toBe('io');
    expect(error.message).toContain(`Cannot load SQLite: the native module ${bogus} does not fit this runtime`);
  });

  it('uses the installed module when no binding is given', () => {
    const ws = openWorkspace(path.join(tempDir(), 'w.db'), {});
    expect(ws.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    ws.close();
  });
});
