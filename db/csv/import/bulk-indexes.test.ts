import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkspace, type Workspace } from '../../workspace';
import { withIndexesRebuilt } from './bulk-indexes';

const open: { ws: Workspace; dir: string }[] = [];
afterEach(() => {
  for (const { ws, dir } of open.splice(0)) {
    ws.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

function workspace(): Workspace {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-indexes-'));
  const ws = openWorkspace(path.join(dir, 'w.db'));
  open.push({ ws, dir });
  return ws;
}

const schema = (ws: Workspace) => ws.db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name').all();
const indexNames = (ws: Workspace) => ws.db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'flows' AND sql IS NOT NULL`).pluck().all();

describe('withIndexesRebuilt', () => {
  it('drops the secondary indexes for a big insert and creates the same ones again', () => {
    const ws = workspace();
    const before = schema(ws);
    let during: unknown[] = [];
    ws.db.transaction(() => withIndexesRebuilt(ws, 'flows', 20_000, () => (during = indexNames(ws))))();
    expect(during).toEqual([]);
    expect(schema(ws)).toEqual(before);
    expect(ws.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('keeps them for a small insert or a table that already has as many rows', () => {
    const ws = workspace();
    let during: unknown[] = [];
    withIndexesRebuilt(ws, 'flows', 100, () => (during = indexNames(ws)));
    expect(during).toHaveLength(3);
  });

  it('leaves the indexes as they were when the insert fails (the transaction rolls back)', () => {
    const ws = workspace();
    const before = schema(ws);
    expect(() =>
      ws.db.transaction(() =>
        withIndexesRebuilt(ws, 'flows', 20_000, () => {
          throw new Error('constraint');
        }),
      )(),
    ).toThrow('constraint');
    expect(schema(ws)).toEqual(before);
  });
});
