// Migration 5 rebuilds the tables whose CHECKs listed allowed values with IN: a workspace
// made by the previous version must come through with every row, index, reference and
// constraint it had, and writing to it must no longer build a B-tree per row.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultSampleDir, loadSample } from '../sample';
import { createService } from '../service';
import { MIGRATIONS, SCHEMA_VERSION } from '../store/migrations';
import { migrate } from '../store/migrate';
import { openDatabase } from '../store/open';
import { openWorkspace, type Workspace } from '../workspace';
import { tempWorkspace, type TestWorkspace } from './helpers';
import { contents, LATER_TABLES, schema4Copy, userTables } from './schema4';

let t: TestWorkspace | undefined;
const opened: Workspace[] = [];
afterEach(() => {
  for (const ws of opened.splice(0)) ws.close();
  t?.cleanup();
  t = undefined;
});

type Db = Database.Database;

/** Columns, indexes (with their columns) and references of every table. */
function structure(db: Db): unknown {
  return userTables(db).filter((table) => !LATER_TABLES.has(table)).map((table) => ({
    table,
    strict: db.prepare(`SELECT strict FROM pragma_table_list WHERE schema = 'main' AND name = ?`).pluck().get(table),
    columns: db.prepare(`SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_info(?)`).all(table),
    indexes: (db.prepare(`SELECT name, "unique", origin, partial FROM pragma_index_list(?) ORDER BY name`).all(table) as { name: string }[]).map((index) => ({
      ...index,
      columns: db.prepare(`SELECT name, coll FROM pragma_index_xinfo(?) WHERE key = 1`).all(index.name),
    })),
    references: db.prepare(`SELECT "table", "from", "to", on_delete FROM pragma_foreign_key_list(?) ORDER BY id, seq`).all(table),
  }));
}

/** A table's CREATE text as migration 5 means it: IN lists of 3+ values as ORs, layout and quoting aside. */
function expectedDefinition(sql: string): string {
  return normalised(
    sql.replace(/CHECK \((\w+) IN \(([^)]*)\)\)/g, (whole, column: string, list: string) => {
      const values = list.split(',').map((value) => value.trim());
      return values.length < 3 ? whole : `CHECK (${values.map((value) => `${column} = ${value}`).join(' OR ')})`;
    }),
  );
}

function normalised(sql: string): string {
  return sql.replace(/CREATE TABLE "?(\w+)"?/, 'CREATE TABLE $1').replace(/\s+/g, ' ').replace(/\( /g, '(').replace(/ \)/g, ')');
}

function definitions(db: Db): Record<string, string> {
  const rows = (db.prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all() as { name: string; sql: string }[]).filter(
    (row) => !LATER_TABLES.has(row.name),
  );
  return Object.fromEntries(rows.map((row) => [row.name, row.sql]));
}

/** The sample, with diagram positions and a saved scenario, as a schema-4 file; and what it held. */
function oldWorkspace(): { file: string; before: Record<string, unknown[]>; structureBefore: unknown; definitionsBefore: Record<string, string> } {
  t = tempWorkspace();
  loadSample(t.ws, defaultSampleDir());
  const facilities = t.ws.all('facilities').slice(0, 5);
  t.service.run('diagram.savePositions', { layout: 'chain', positions: facilities.map((f, i) => ({ facility_id: f.id, x: i * 10, y: i * 20 })) });
  t.service.run('scenarios.create', { scenario: { name: 'Export ban', months: 12, disruptions: [] } });
  const file = path.join(t.dir, 'old.db');
  schema4Copy(t.ws.path, file);
  const db = new Database(file, { readonly: true });
  const result = { file, before: contents(db), structureBefore: structure(db), definitionsBefore: definitions(db) };
  db.close();
  return result;
}

describe('migration 5: CHECK lists as equalities', () => {
  it('brings a schema-4 workspace across with every row, column, index and reference it had', () => {
    const old = oldWorkspace();
    expect(old.before.facilities!.length).toBeGreaterThan(50);
    expect(old.before.diagram_positions).toHaveLength(5);
    expect(old.before.change_log!.length).toBeGreaterThan(100);

    const ws = openWorkspace(old.file);
    opened.push(ws);
    expect(ws.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(contents(ws.db)).toEqual(old.before);
    expect(structure(ws.db)).toEqual(old.structureBefore);
    expect(ws.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(ws.db.pragma('foreign_key_check')).toEqual([]);
    expect(ws.db.pragma('foreign_keys', { simple: true })).toBe(1);
    // The old tables' pages were given back, not left free inside the file.
    expect((ws.db.pragma('freelist_count', { simple: true }) as number) * 4).toBeLessThan(ws.db.pragma('page_count', { simple: true }) as number);
    // No constraint lost or changed: each table's definition is the old one with its lists rewritten.
    const after = definitions(ws.db);
    expect(Object.keys(after).sort()).toEqual(Object.keys(old.definitionsBefore).sort());
    for (const [table, sql] of Object.entries(old.definitionsBefore)) expect(normalised(after[table]!), table).toBe(expectedDefinition(sql));
  });

  it('still refuses the values the lists refused, and the workspace works as before: undo, edits', () => {
    const old = oldWorkspace();
    const ws = openWorkspace(old.file);
    opened.push(ws);
    const insertFacility = ws.db.prepare(
      `INSERT INTO facilities (id, name, stage, country, status, confidence, created_at, updated_at) VALUES ('x1', 'Test', ?, 'CN', ?, ?, '2026', '2026')`,
    );
    expect(() => insertFacility.run('refinery', 'operating', 'high')).toThrow(/CHECK constraint failed/);
    expect(() => insertFacility.run('mine', 'Operating', 'high')).toThrow(/CHECK constraint failed/); // case matters, as with IN
    expect(() => insertFacility.run('mine', 'operating', 'certain')).toThrow(/CHECK constraint failed/);
    expect(() => insertFacility.run('mine', 'operating', null)).toThrow(/NOT NULL/);
    expect(() => ws.db.prepare(`UPDATE flows SET status = 'paused' WHERE rowid = 1`).run()).toThrow(/CHECK constraint failed/);
    expect(() => ws.db.prepare(`UPDATE change_log SET op = 'upsert' WHERE rowid = 1`).run()).toThrow(/CHECK constraint failed/);
    expect(() => ws.db.prepare(`UPDATE materials SET form = 'powder' WHERE rowid = 1`).run()).toThrow(/CHECK constraint failed/);
    expect(() => ws.db.prepare(`UPDATE diagram_positions SET layout = 'grid'`).run()).toThrow(/CHECK constraint failed/);
    expect(() => ws.db.prepare(`UPDATE source_links SET record_type = 'source' WHERE rowid = 1`).run()).toThrow(/CHECK constraint failed/);
    expect(() => ws.db.prepare(`UPDATE change_batches SET state = 'lost' WHERE rowid = 1`).run()).toThrow(/CHECK constraint failed/);
    // References are enforced again.
    expect(() => ws.db.prepare(`UPDATE flows SET from_id = 'nowhere' WHERE rowid = 1`).run()).toThrow(/FOREIGN KEY constraint failed/);

    const service = createService(ws);
    const mine = ws.all('facilities').find((f) => f.stage === 'mine')!;
    service.run('facilities.update', { id: mine.id, revision: mine.revision, changes: { status: 'idle' } });
    expect(ws.get('facilities', mine.id)?.status).toBe('idle');
    service.run('history.undo', undefined);
    expect(ws.get('facilities', mine.id)?.status).toBe(mine.status);
    service.run('history.undo', undefined); // the scenario
    service.run('history.undo', undefined); // the sample itself
    expect(ws.count('facilities')).toBe(0);
    expect(ws.count('flows')).toBe(0);
  });

  it('leaves no table whose CHECK builds a temporary B-tree for every row written', () => {
    t = tempWorkspace();
    const { db } = t.ws;
    for (const table of userTables(db)) {
      const program = db.prepare(`EXPLAIN INSERT INTO ${table} DEFAULT VALUES`).all() as { opcode: string }[];
      expect(program.filter((step) => step.opcode === 'OpenEphemeral'), table).toEqual([]);
    }
  });

  it('keeps references that were already dangling in a damaged file, rather than refusing to open it', () => {
    const old = oldWorkspace();
    const db = new Database(old.file);
    db.pragma('foreign_keys = OFF');
    db.prepare(`UPDATE flows SET to_id = 'lost-facility' WHERE rowid = 1`).run();
    db.close();
    const ws = openWorkspace(old.file);
    opened.push(ws);
    expect(ws.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(ws.db.prepare(`SELECT to_id FROM flows WHERE rowid = 1`).pluck().get()).toBe('lost-facility');
  });

  it('refuses a migration that would leave references dangling, and leaves the file as it was', () => {
    t = tempWorkspace();
    loadSample(t.ws, defaultSampleDir());
    t.ws.close();
    const breaking = { version: SCHEMA_VERSION + 1, name: 'loses_materials', sql: 'DELETE FROM materials;' };
    const db = openDatabase(t.file);
    const before = contents(db);
    expect(() => migrate(db, t!.file, [...MIGRATIONS, breaking])).toThrow(
      new RegExp(`to workspace schema ${SCHEMA_VERSION + 1}: the update would leave \\d+ row\\(s\\) referring to records that do not exist; the file was left as it was`),
    );
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(contents(db)).toEqual(before);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
    t.ws = openWorkspace(t.file); // for cleanup
    expect(fs.existsSync(`${t.file}.before-v${SCHEMA_VERSION + 1}.bak`)).toBe(true);
  });
});
