// The changes one record went through, newest first, from the change log: each with the
// batch that made it (an edit, an import, a merge, an undo; undone or not) and, for an
// update, its fields before and after; for a facility, flow or material, its citations made
// and removed too, and for a facility or flow the reviews of its check findings. What the
// inspector shows as the record's history.
import type { ChangeBatch, RecordChange, RecordChanges } from '../api';
import { checkTitle } from '../model/checks';
import type { Workspace } from '../workspace';
import { beforeAfterFields } from './batch-changes';
import { recordNamer } from './labels';
import { CITED_AS, parseImage, type TableName } from './tables';

/** The change-log entries of one record, and of the source links citing it and the check reviews of it (their images name it). */
const ENTRIES = `FROM change_log l JOIN change_batches b ON b.id = l.batch_id
  WHERE (l.table_name = @table AND l.record_id = @id)
     OR (@citing IS NOT NULL AND l.table_name IN ('source_links', 'check_reviews')
         AND coalesce(json_extract(l.after, '$.record_type'), json_extract(l.before, '$.record_type')) = @citing
         AND coalesce(json_extract(l.after, '$.record_id'), json_extract(l.before, '$.record_id')) = @id)`;

interface Row extends Omit<ChangeBatch, 'id' | 'entries'> {
  batch_id: number;
  table_name: string;
  op: 'insert' | 'update' | 'delete';
  before: string | null;
  after: string | null;
  total: number;
}

/**
 * Finding them reads the whole change log once (there is no index by record: every import
 * would pay for one), which is fast enough for a person opening a record's history.
 */
export function recordChanges(ws: Workspace, table: TableName, id: string, limit: number): RecordChanges {
  // count(*) OVER () counts every matching entry before the LIMIT: one scan gives both
  const rows = ws
    .prepare(
      `SELECT l.batch_id, l.table_name, l.op, l.before, l.after, b.at, b.label, b.kind, b.state, count(*) OVER () AS total ${ENTRIES}
        ORDER BY l.id DESC LIMIT @limit`,
    )
    .all({ table, id, citing: CITED_AS[table] ?? null, limit }) as Row[];
  // References named by the workspace as it is (the record's own images name only itself).
  const namer = recordNamer((t) => ws.all(t));
  return {
    changes: rows.map((row) => {
      const before = parseImage(row.before);
      const after = parseImage(row.after);
      const logged = row.table_name as TableName; // this table, source_links for a citation, check_reviews for a review
      const change: RecordChange = {
        batch: { id: row.batch_id, at: row.at, label: row.label, kind: row.kind, state: row.state },
        op: row.op,
        fields: before && after ? beforeAfterFields(namer, logged, before, after) : [],
      };
      if (logged === 'source_links') {
        const link = (after ?? before)!;
        const sourceId = (link as unknown as { source_id: string }).source_id;
        change.citation = namer.referenceName('source_links', 'source_id', link, sourceId) ?? sourceId;
      }
      if (logged === 'check_reviews') {
        const review = (after ?? before)! as unknown as { check_id: string; note: string };
        change.review = { check: checkTitle(review.check_id), note: review.note };
      }
      return change;
    }),
    more: Math.max(0, (rows[0]?.total ?? 0) - rows.length),
  };
}
