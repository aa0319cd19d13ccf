// What one recorded batch (an edit, a CSV import, a snapshot merge, an undo) did, record by
// record, from its change-log images: what it added, what it changed (field by field, before
// and after) and what it removed. Records are named as store/labels.ts names them: by the
// images of the batch first (names as they were then), then by the workspace as it is.
import type { BatchChanges, BatchFieldChange } from '../api';
import { LodestoneError } from '../errors';
import type { Workspace } from '../workspace';
import { findBatch } from './batches';
import { namedFieldChanges, recordNamer, type RecordNamer } from './labels';
import { isTableName, parseImage, type AnyRecord, type TableName } from './tables';

interface LogRow {
  table_name: string;
  record_id: string;
  op: 'insert' | 'update' | 'delete';
  before: string | null;
  after: string | null;
}

export function batchChanges(ws: Workspace, batchId: number, limit: number): BatchChanges {
  const batch = findBatch(ws, batchId);
  if (!batch) throw new LodestoneError('not_found', `No recorded change ${batchId} in this workspace`);
  const rows = ws
    .prepare('SELECT table_name, record_id, op, before, after FROM change_log WHERE batch_id = ? ORDER BY id LIMIT ?')
    .all(batchId, limit) as LogRow[];
  const entries = rows
    .filter((row) => isTableName(row.table_name))
    .map((row) => ({
      table: row.table_name as TableName,
      id: row.record_id,
      op: row.op,
      before: parseImage(row.before),
      after: parseImage(row.after),
    }));
  const counts = { insert: 0, update: 0, delete: 0 };
  for (const { op, n } of ws.prepare('SELECT op, count(*) AS n FROM change_log WHERE batch_id = ? GROUP BY op').all(batchId) as { op: LogRow['op']; n: number }[]) {
    counts[op] = n;
  }
  const imagesOf = new Map<TableName, AnyRecord[]>();
  for (const e of entries) {
    const image = e.after ?? e.before;
    if (!image) continue;
    let list = imagesOf.get(e.table);
    if (!list) imagesOf.set(e.table, (list = []));
    list.push(image);
  }
  const namer = recordNamer(
    (table) => imagesOf.get(table) ?? [],
    (table) => ws.all(table),
  );
  return {
    batch,
    entries: entries.map((e) => {
      const shown = (e.after ?? e.before)!;
      const fields = e.before && e.after ? beforeAfterFields(namer, e.table, e.before, e.after) : [];
      return { table: e.table, id: e.id, op: e.op, label: namer.label(e.table, shown), fields };
    }),
    more: Math.max(0, batch.entries - rows.length),
    counts,
  };
}

/** The fields an update changed, before and after, with the names their references point to. */
export function beforeAfterFields(namer: RecordNamer, table: TableName, before: AnyRecord, after: AnyRecord): BatchFieldChange[] {
  return namedFieldChanges(namer, table, before, after).map(({ field, from, to, fromName, toName }) => ({
    field,
    before: from,
    after: to,
    ...(fromName !== undefined ? { before_name: fromName } : {}),
    ...(toName !== undefined ? { after_name: toName } : {}),
  }));
}
