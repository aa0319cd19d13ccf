import type { ChangeBatch } from '../api';
import type { Workspace } from '../workspace';

export function listBatches(ws: Workspace, limit: number): ChangeBatch[] {
  return ws
    .prepare(
      `SELECT b.id, b.at, b.label, b.kind, b.state, (SELECT count(*) FROM change_log l WHERE l.batch_id = b.id) AS entries
         FROM change_batches b ORDER BY b.id DESC LIMIT ?`,
    )
    .all(limit) as ChangeBatch[];
}
