// The changes one record went through, newest first, from the change log: each with the
// batch that made it (an edit, an import, a merge, an undo; undone or not) and, for an
// update, its fields before and after; for a facility, flow or material, its citations made
// and removed too. What the inspector shows as the record's history.
import type { ChangeBatch, RecordChanges } from '../api';
import type { Workspace } from '../workspace';
import { beforeAfterFields } from './batch-changes';
import { recordNamer } from './labels';
import { CITED_AS, type AnyRecord, type TableName } from './tables';

/** The change-log entries of one record, and of the source links that cite it (their images name it). */
const ENTRIES = `FROM change_log l JOIN change_batches b ON b.id = l.batch_id
  WHERE (l.table_name = @table AND l.record_id = @id)
     OR (@citing IS NOT NULL AND l.table_name = 'source_links'
         AND coalesce(json_extract(l.after, '$.record_type'), json_extract(l.before, '$.record_type')) = @citing
         AND coalesce(json_extract(l.after, '$.record_id'), json_extract(l.before, '$.record_id')) = @id)`;

interface Row extends Omit<ChangeBatch, 'id' | 'entries'> {
  batch_id: number;
  table_name: string;
  op: 'insert' | 'update' | 'delete';
  before: string | null;
  after: string | null;
}

/**
 * Finding them reads the whole change log (there is no index by record: every import would
 * pay for one), which is fast enough for a person opening a record's history.
 */
export function recordChanges(ws: Workspace, table: TableName, id: string, limit: number): RecordChanges {
  const params = { table, id, citing: CITED_AS[table] ?? null };
  const total = ws.prepare(`SELECT count(*) ${ENTRIES}`).pluck().get(params) as number;
  const rows = ws
    .prepare(`SELECT l.batch_id, l.table_name, l.op, l.before, l.after, b.at, b.label, b.kind, b.state ${ENTRIES} ORDER BY l.id DESC LIMIT @limit`)
    .all({ ...params, limit }) as Row[];
  const parsed = rows.map((row) => ({
    row,
    before: row.before === null ? null : (JSON.parse(row.before) as AnyRecord),
    after: row.after === null ? null : (JSON.parse(row.after) as AnyRecord),
  }));
  // References named by the workspace as it is (the record's own images name only itself).
  const namer = recordNamer((t) => ws.all(t));
  return {
    changes: parsed.map(({ row, before, after }) => {
      const batch = { id: row.batch_id, at: row.at, label: row.label, kind: row.kind, state: row.state };
      if (row.table_name === 'source_links') {
        const link = (after ?? before)! as unknown as { source_id: string };
        return {
          batch,
          op: row.op,
          citation: namer.referenceName('source_links', 'source_id', after ?? before!, link.source_id) ?? link.source_id,
          fields: before && after ? beforeAfterFields(namer, 'source_links', before, after) : [],
        };
      }
      return { batch, op: row.op, fields: before && after ? beforeAfterFields(namer, table, before, after) : [] };
    }),
    more: Math.max(0, total - rows.length),
  };
}
