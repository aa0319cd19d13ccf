// The change log's account of a workspace: the newest entry of every record must be its
// current version (an insert or update image equal in revision and time), or a delete of a
// record that is gone. A write that skipped the log, or a logged write that did not happen,
// shows up here.
import type { Workspace } from '../../workspace';

const TABLES = ['materials', 'facilities', 'flows', 'sources', 'source_links', 'scenarios'] as const;

export function logMismatches(ws: Workspace): string[] {
  const problems: string[] = [];
  for (const table of TABLES) {
    const rows = new Map(
      (ws.db.prepare(`SELECT id, revision, updated_at FROM ${table}`).all() as { id: string; revision: number; updated_at: string }[]).map((r) => [r.id, r]),
    );
    const newest = ws.db
      .prepare(`SELECT record_id, after FROM change_log WHERE id IN (SELECT max(id) FROM change_log WHERE table_name = ? GROUP BY record_id)`)
      .all(table) as { record_id: string; after: string | null }[];
    const logged = new Set<string>();
    for (const entry of newest) {
      logged.add(entry.record_id);
      const row = rows.get(entry.record_id);
      const after = entry.after === null ? null : (JSON.parse(entry.after) as { revision: number; updated_at: string });
      if (after === null && row) problems.push(`${table} ${entry.record_id}: logged as deleted but present`);
      if (after !== null && !row) problems.push(`${table} ${entry.record_id}: logged but missing`);
      if (after && row && (after.revision !== row.revision || after.updated_at !== row.updated_at)) {
        problems.push(`${table} ${entry.record_id}: revision ${row.revision}, log says ${after.revision}`);
      }
    }
    for (const id of rows.keys()) if (!logged.has(id)) problems.push(`${table} ${id}: not in the change log`);
  }
  return problems;
}
