// What SQLite itself needs to store the bench chain's rows in Lodestone's tables, measured
// with the sqlite3 shell: the floor under any import into this schema, whatever its language.
// The rows Lodestone imported (ids resolved, values typed) are dumped to CSV; then, into a
// fresh, empty workspace file, the shell loads them into staging tables (as .import does),
// and copies them into facilities and flows with one INSERT ... SELECT each, with the
// secondary indexes set aside and rebuilt as Lodestone's import does, foreign keys off, no
// change log, no checks of its own: the STRICT types, CHECK constraints and keys are the
// tables'. The same script without the copy is run too, so the copy is timed on its own.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { TABLES } from '../db/store/tables';
import { openWorkspace, type Workspace } from '../db/workspace';
import { time, type BenchContext } from './common';

export interface SchemaFloor {
  /** Staging (.import of the dumped rows) plus the copy into the tables, one process. */
  loadMs: number;
  /** The copy alone: loadMs minus the same run without it. */
  storeMs: number;
}

const FACILITY_COPY = `INSERT INTO facilities SELECT id, name, stage, country, operator, nullif(owner_country, ''),
  CAST(nullif(lat, '') AS REAL), CAST(nullif(lon, '') AS REAL), status, CAST(nullif(capacity_t, '') AS REAL),
  nullif(capacity_material_id, ''), CAST(nullif(stock_t, '') AS REAL), confidence, tags, notes, created_at, updated_at,
  CAST(revision AS INTEGER) FROM staged_facilities;`;
const FLOW_COPY = `INSERT INTO flows SELECT id, from_id, to_id, material_id, CAST(nullif(volume_t, '') AS REAL),
  CAST(nullif(year, '') AS INTEGER), status, confidence, notes, created_at, updated_at, CAST(revision AS INTEGER) FROM staged_flows;`;

function secondaryIndexes(ws: Workspace): { name: string; sql: string }[] {
  return ws.db
    .prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name IN ('facilities', 'flows') AND sql IS NOT NULL`)
    .all() as { name: string; sql: string }[];
}

function script(dir: string, indexes: { name: string; sql: string }[], copy: boolean): string {
  return [
    'PRAGMA journal_mode = WAL;',
    'PRAGMA synchronous = NORMAL;',
    'PRAGMA foreign_keys = OFF;',
    'BEGIN;',
    `CREATE TEMP TABLE staged_facilities (${TABLES.facilities.columns.join(', ')});`,
    `CREATE TEMP TABLE staged_flows (${TABLES.flows.columns.join(', ')});`,
    `.import --csv ${JSON.stringify(path.join(dir, 'facilities-rows.csv'))} staged_facilities`,
    `.import --csv ${JSON.stringify(path.join(dir, 'flows-rows.csv'))} staged_flows`,
    ...(copy ? [...indexes.map((i) => `DROP INDEX "${i.name}";`), FACILITY_COPY, FLOW_COPY, ...indexes.map((i) => `${i.sql};`)] : []),
    'COMMIT;',
    'SELECT count(*) FROM flows;',
  ].join('\n');
}

/** Times the shell loading `source`'s facilities and flows into fresh workspaces under `dir`. */
export function schemaFloor(ctx: BenchContext, source: Workspace, dir: string): SchemaFloor {
  const dump = spawnSync(
    'sqlite3',
    ['-readonly', source.path, '.mode csv', `.once ${JSON.stringify(path.join(dir, 'facilities-rows.csv'))}`, 'SELECT * FROM facilities;',
      `.once ${JSON.stringify(path.join(dir, 'flows-rows.csv'))}`, 'SELECT * FROM flows;'],
    { encoding: 'utf8' },
  );
  if (dump.status !== 0) throw new Error(`sqlite3 could not dump the workspace's rows: ${dump.stderr}`);
  const flows = source.count('flows');
  const run = (name: string, copy: boolean) => {
    const file = path.join(dir, `${name}.db`);
    const empty = openWorkspace(file); // the schema, migrated, and nothing else
    const indexes = secondaryIndexes(empty);
    empty.close();
    const sql = path.join(dir, `${name}.sql`);
    fs.writeFileSync(sql, script(dir, indexes, copy));
    const result = time(() => spawnSync('sqlite3', ['-bail', file, `.read ${JSON.stringify(sql)}`], { encoding: 'utf8' }));
    const count = result.result.stdout.trim().split('\n').pop();
    if (result.result.status !== 0 || count !== String(copy ? flows : 0)) {
      throw new Error(`sqlite3 did not load the rows into the schema: status ${result.result.status}, ${count} flows, ${result.result.stderr}`);
    }
    return result.ms;
  };
  const loadMs = run('schema-load', true);
  const stageMs = run('schema-stage-only', false);
  ctx.log(`peers: sqlite3 into Lodestone's tables ${Math.round(loadMs)} ms, of which staging ${Math.round(stageMs)} ms`);
  return { loadMs, storeMs: loadMs - stageMs };
}
