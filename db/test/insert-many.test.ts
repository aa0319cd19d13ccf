// Tx.insertMany: the bulk path of imports and merges. Its change-log images are built by
// SQLite from the stored rows, so they must read back as exactly the records written, as
// insertExact's JSON.stringify images do, or undo and redo would not restore the same data.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../model/ids';
import type { Facility, Source } from '../model/schemas';
import { undo, redo } from '../store/history';
import { writeBatch } from '../store/changes';
import { TABLES, type TableName } from '../store/tables';
import { tempWorkspace, type TestWorkspace } from './helpers';

let t: TestWorkspace;
beforeEach(() => {
  t = tempWorkspace();
});
afterEach(() => t.cleanup());

const AT = '2026-01-02T03:04:05.678Z';
/** Doubles that 15 significant digits would not give back, and the edges of the range. */
const AWKWARD = [0.1 + 0.2, 1 / 3, 123456789.12345679, 1.7976931348623157e308, 5e-324, 1e21, 1e-7, 0, 2 ** 53 + 2];

function facility(i: number): Facility {
  return {
    id: newId(),
    name: `Plant <b>${i}</b> "quoted" \\ ${'ü'.repeat(i % 3)}`,
    stage: 'separation',
    country: 'CN',
    operator: i % 2 ? '' : 'Op',
    owner_country: i % 3 ? null : 'JP',
    // (not -0: SQLite stores a whole REAL as an integer, so -0 reads back as 0 on every path)
    lat: i % 4 ? -(AWKWARD[i % AWKWARD.length]! % 90) || 45 : null,
    lon: i % 5 ? 179.99999999999997 : null,
    status: 'operating',
    capacity_t: AWKWARD[i % AWKWARD.length]!,
    capacity_material_id: null,
    stock_t: i % 2 ? null : 0.30000000000000004,
    confidence: 'high',
    tags: i % 2 ? [] : ['a', 'b "c"', '<x>'],
    notes: 'line\nbreak\ttab',
    created_at: AT,
    updated_at: AT,
    revision: 1,
  };
}

function loggedImages(table: TableName): { record_id: string; op: string; before: string | null; after: unknown }[] {
  return (
    t.ws.db.prepare('SELECT record_id, op, before, after FROM change_log WHERE table_name = ? ORDER BY id').all(table) as {
      record_id: string;
      op: string;
      before: string | null;
      after: string;
    }[]
  ).map((row) => ({ ...row, after: JSON.parse(row.after) as unknown }));
}

describe('Tx.insertMany', () => {
  it('stores the records and logs each as JSON.stringify would have, in order, across statement chunks', () => {
    const records = Array.from({ length: 64 * 2 + 3 }, (_, i) => facility(i));
    writeBatch(t.ws, { label: 'bulk', kind: 'import' }, (tx) => tx.insertMany('facilities', records));
    expect(t.ws.count('facilities')).toBe(records.length);
    const log = loggedImages('facilities');
    expect(log.map((e) => e.record_id)).toEqual(records.map((r) => r.id));
    log.forEach((entry, i) => {
      expect(entry.op).toBe('insert');
      expect(entry.before).toBeNull();
      // toEqual would pass 0.3 for 0.30000000000000004 only if equal: numbers compare exactly
      expect(entry.after).toEqual(JSON.parse(JSON.stringify(records[i])));
      expect(t.ws.get('facilities', records[i]!.id)).toEqual(records[i]);
    });
  });

  it('logs booleans as true and false', () => {
    const sources: Source[] = [true, false].map((sensitive) => ({
      id: newId(),
      title: `Source ${sensitive}`,
      publisher: '',
      published: '',
      url: '',
      excerpt: '',
      sensitive,
      notes: '',
      created_at: AT,
      updated_at: AT,
      revision: 1,
    }));
    writeBatch(t.ws, { label: 'bulk', kind: 'import' }, (tx) => tx.insertMany('sources', sources));
    expect(loggedImages('sources').map((e) => (e.after as Source).sensitive)).toEqual([true, false]);
  });

  it('is undone and redone exactly, awkward doubles included', () => {
    const records = Array.from({ length: 70 }, (_, i) => facility(i));
    writeBatch(t.ws, { label: 'bulk', kind: 'import' }, (tx) => tx.insertMany('facilities', records));
    undo(t.ws);
    expect(t.ws.count('facilities')).toBe(0);
    redo(t.ws);
    for (const record of records) expect(t.ws.get('facilities', record.id)).toEqual(record);
  });

  it('keeps entries already pending before its own, and writes nothing for no records', () => {
    const first = facility(1);
    const rest = [facility(2), facility(3)];
    writeBatch(t.ws, { label: 'mixed', kind: 'import' }, (tx) => {
      tx.insertExact('facilities', first);
      tx.insertMany('facilities', []);
      tx.insertMany('facilities', rest);
      expect(tx.count).toBe(3);
    });
    expect(loggedImages('facilities').map((e) => e.record_id)).toEqual([first, ...rest].map((r) => r.id));
  });

  it('refuses the whole batch when one record breaks a constraint', () => {
    const records = [facility(1), { ...facility(2), country: 'CHN' }];
    expect(() => writeBatch(t.ws, { label: 'bulk', kind: 'import' }, (tx) => tx.insertMany('facilities', records))).toThrow(/CHECK/);
    expect(t.ws.count('facilities')).toBe(0);
    expect(t.ws.db.prepare('SELECT count(*) FROM change_log').pluck().get()).toBe(0);
  });
});

describe('the table specs', () => {
  it('name as REAL exactly the columns the schema declares REAL', () => {
    for (const table of Object.keys(TABLES) as TableName[]) {
      const declared = (t.ws.db.pragma(`table_info(${table})`) as { name: string; type: string }[]).filter((c) => c.type === 'REAL').map((c) => c.name);
      expect(TABLES[table].real, table).toEqual(declared);
    }
  });
});
