// Crash safety of a schema migration (migration 5 rebuilds every record table): a process
// opening a schema-4 workspace is SIGKILLed at seeded moments of the migration. Afterwards
// the file is either still schema 4 or wholly schema 5, passes integrity_check, and opening
// it again brings it to schema 5 with every row it had, in order.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chainToCsv, generateChain, prng } from '../../../bench/generate';
import { createService } from '../../service';
import { SCHEMA_VERSION } from '../../store/migrations';
import { openWorkspace } from '../../workspace';
import { contents, schema4Copy } from '../schema4';
import { startScript } from './child';

const SEED = 20_261_122;
const KILLS = 8;

let dir: string;
let old: string;
let rows: Record<string, unknown[]>;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-migration-crash-'));
  // Big enough that the migration takes a while to kill in: 3,000 facilities, 15,000 flows.
  const current = path.join(dir, 'current.db');
  const ws = openWorkspace(current);
  const csv = chainToCsv(generateChain({ facilities: 3_000, flows: 15_000, seed: 7 }));
  createService(ws).run('csv.import', { materials: csv.materials, facilities: csv.facilities, flows: csv.flows });
  ws.close();
  old = path.join(dir, 'schema4.db');
  schema4Copy(current, old);
  const db = new Database(old, { readonly: true });
  rows = contents(db);
  db.close();
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Opens a copy of the schema-4 file in a child; kills it `afterMs` after it says ready, if given. */
async function migrateCopy(name: string, afterMs?: number) {
  const folder = path.join(dir, name);
  fs.mkdirSync(folder);
  const file = path.join(folder, 'workspace.db');
  fs.copyFileSync(old, file);
  const child = startScript('./migrate-child.ts', [file], (line, process) => {
    if (line === 'ready' && afterMs !== undefined) setTimeout(() => process.kill('SIGKILL'), afterMs);
  });
  return { file, exit: await child.exit };
}

describe('a migration killed part way', () => {
  it('leaves the file at schema 4 or wholly at the current schema, and the next open finishes it with every row', async () => {
    const whole = await migrateCopy('whole');
    const opened = whole.exit.lines.find((line) => line.startsWith('opened '));
    expect(opened, whole.exit.stderr).toMatch(new RegExp(`^opened ${SCHEMA_VERSION} \\d+$`));
    const migrationMs = Number(opened!.split(' ')[2]);

    const random = prng(SEED);
    let killedBeforeOpen = 0;
    for (let k = 0; k < KILLS; k++) {
      // Seeded moments across the whole migration, its backup and VACUUM included.
      const afterMs = Math.round(random() * migrationMs);
      const run = await migrateCopy(`kill-${k}`, afterMs);
      if (!run.exit.lines.some((line) => line.startsWith('opened '))) killedBeforeOpen++;
      const left = new Database(run.file);
      const version = left.pragma('user_version', { simple: true }) as number;
      expect([4, SCHEMA_VERSION], `kill ${k} after ${afterMs} ms`).toContain(version);
      expect(left.pragma('integrity_check', { simple: true })).toBe('ok');
      if (version === 4) expect(contents(left)).toEqual(rows); // untouched
      left.close();

      const ws = openWorkspace(run.file);
      expect(ws.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      expect(contents(ws.db)).toEqual(rows);
      expect(ws.db.pragma('foreign_key_check')).toEqual([]);
      ws.close();
    }
    // The kills did land inside the migration, not only after it.
    expect(killedBeforeOpen).toBeGreaterThan(0);
  }, 120_000);
});
