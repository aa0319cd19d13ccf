// Everything any operation could write, to prove that a refused call wrote nothing.
import type { Workspace } from '../../workspace';

const TABLES = [
  'workspace_meta', 'materials', 'facilities', 'flows', 'sources', 'source_links', 'scenarios', 'change_batches', 'change_log',
  'diagram_positions', 'snapshot_history', 'snapshot_versions',
];

export function fullFingerprint(ws: Workspace): string {
  return TABLES.map((t) => JSON.stringify(ws.db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).raw().all())).join('\n');
}
