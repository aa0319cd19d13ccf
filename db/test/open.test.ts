import fs from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { LodestoneError } from '../errors';
import { SCHEMA_VERSION } from '../store/migrations';
import { openWorkspace } from '../workspace';
import { tempWorkspace, type TestWorkspace } from './helpers';

let t: TestWorkspace | undefined;
afterEach(() => {
  t?.cleanup();
  t = undefined;
});

describe('opening a workspace', () => {
  it('creates the file with WAL, foreign keys, busy timeout and trusted_schema off', () => {
    t = tempWorkspace();
    const { db } = t.ws;
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('trusted_schema', { simple: true })).toBe(0);
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(1000);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
  });

  it('makes STRICT tables and records each migration', () => {
    t = tempWorkspace();
    const strict = t.ws.db
      .prepare(`SELECT name FROM pragma_table_list WHERE schema = 'main' AND strict = 1 ORDER BY name`)
      .all()
      .map((r) => (r as { name: string }).name);
    expect(strict).toEqual(expect.arrayContaining(['facilities', 'flows', 'materials', 'sources', 'source_links', 'change_log', 'check_reviews']));
    const migrations = t.ws.db.prepare('SELECT version, name FROM schema_migrations').all();
    expect(migrations).toEqual([
      { version: 1, name: 'initial' },
      { version: 2, name: 'diagram_positions' },
      { version: 3, name: 'scenarios' },
      { version: 4, name: 'snapshot_history' },
      { version: 5, name: 'check_lists' },
      { version: 6, name: 'check_reviews' },
    ]);
    expect(t.ws.meta('workspace_id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('reopens an existing workspace with its data and the same id', () => {
    t = tempWorkspace();
    const id = t.ws.meta('workspace_id');
    t.service.run('facilities.create', { name: 'Mount Weld', stage: 'mine', country: 'AU' });
    t.ws.close();
    const again = openWorkspace(t.file);
    expect(again.meta('workspace_id')).toBe(id);
    expect(again.all('facilities').map((f) => f.name)).toEqual(['Mount Weld']);
    again.close();
  });

  it('refuses a workspace from a newer schema with a clear message and leaves it alone', () => {
    t = tempWorkspace();
    t.ws.db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    t.ws.close();
    const before = fs.readFileSync(t.file);
    expect(() => openWorkspace(t!.file)).toThrow(new RegExp(`newer version of Lodestone.*schema ${SCHEMA_VERSION + 1}.*reads up to ${SCHEMA_VERSION}`));
    try {
      openWorkspace(t.file);
    } catch (error) {
      expect(error).toBeInstanceOf(LodestoneError);
      expect((error as LodestoneError).code).toBe('schema');
    }
    expect(fs.readFileSync(t.file).equals(before)).toBe(true);
    // cleanup() closes t.ws again: harmless, close is idempotent.
  });

  it('migrates an older workspace in place, keeping its data and a backup of the old file', () => {
    t = tempWorkspace();
    t.service.run('facilities.create', { id: 'fac-weld', name: 'Mount Weld', stage: 'mine', country: 'AU' });
    // Turn the file back into a schema-1 workspace, as an older Lodestone left it.
    t.ws.db.exec(`DROP TABLE check_reviews; DROP TABLE diagram_positions; DROP TABLE scenarios; DROP TABLE snapshot_history; DROP TABLE snapshot_versions; DELETE FROM schema_migrations WHERE version >= 2; PRAGMA user_version = 1`);
    t.ws.close();
    const ws = openWorkspace(t.file);
    expect(ws.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(ws.get('facilities', 'fac-weld')?.name).toBe('Mount Weld');
    expect(ws.count('facilities')).toBe(1);
    ws.close();
    const backup = new Database(`${t.file}.before-v${SCHEMA_VERSION}.bak`, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    expect(backup.prepare('SELECT name FROM facilities').pluck().all()).toEqual(['Mount Weld']);
    backup.close();
  });

  it('refuses a file that is not an SQLite database', () => {
    t = tempWorkspace();
    const bogus = `${t.dir}/notes.db`;
    fs.writeFileSync(bogus, 'these are my notes, not a database '.repeat(100));
    expect(() => openWorkspace(bogus)).toThrow(/not a Lodestone workspace \(not an SQLite database\)/);
  });

  it('refuses an SQLite database of another program', () => {
    t = tempWorkspace();
    const other = `${t.dir}/other.db`;
    const db = new Database(other);
    db.exec('CREATE TABLE customers (id INTEGER PRIMARY KEY)');
    db.close();
    expect(() => openWorkspace(other)).toThrow(/SQLite database but not a Lodestone workspace/);
  });

  it('says which folder is missing', () => {
    expect(() => openWorkspace('/nonexistent-folder-xyz/w.db')).toThrow(/folder \/nonexistent-folder-xyz does not exist/);
  });
});
