// The changes one record went through, newest first, from the change log: each with the
// batch that made it (an edit, an import, a merge, an undo; undone or not) and, for an
// update, its fields before and after. What the inspector shows as the record's history.
import type { ChangeBatch, RecordChanges } from '../api';
import type { Workspace } from '../workspace';
import { beforeAfterFields } from './batch-changes';
import { recordNamer } from './labels';
import type { AnyRecord, TableName } from './tables';

interface Row extends Omit<ChangeBatch, 'id' | 'entries'> {
  batch_id: number;
  op: 'insert' | 'update' | 'delete';
  before: string | null;
  after: string | null;
}

/**
 * Finding them reads the whole change log (there is no index by record: every import would
 * pay for one), which is fast enough for a person opening a record's history.
 */
export function recordChanges(ws: Workspace, table: TableName, id: string, limit: number): RecordChanges {
  const total = ws.prepare('SELECT count(*) FROM change_log WHERE table_name = ? AND record_id = ?').pluck().get(table, id) as number;
  const rows = ws
    .prepare(
      `SELECT l.batch_id, l.op, l.before, l.after, b.at, b.label, b.kind, b.state
         FROM change_log l JOIN change_batches b ON b.id = l.batch_id
        WHERE l.table_name = ? AND l.record_id = ?
        ORDER BY l.id DESC LIMIT ?`,
    )
    .all(table, id, limit) as Row[];
  const parsed = rows.map((row) => ({
    row,
    before: row.before === null ? null : (JSON.parse(row.before) as AnyRecord),
    after: row.after === null ? null : (JSON.parse(row.after) as AnyRecord),
  }));
  // References named by the workspace as it is (the record's own images name only itself).
  const namer = recordNamer((t) => ws.all(t));
  return {
    changes: parsed.map(({ row, before, after }) => ({
      batch: { id: row.batch_id, at: row.at, label: row.label, kind: row.kind, state: row.state },
      op: row.op,
      fields: before && after ? beforeAfterFields(namer, table, before, after) : [],
    })),
    more: Math.max(0, total - rows.length),
  };
}
