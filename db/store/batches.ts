import type { ChangeBatch } from '../api';
import type { Workspace } from '../workspace';

const BATCH_SELECT = `SELECT b.id, b.at, b.label, b.kind, b.state, (SELECT count(*) FROM change_log l WHERE l.batch_id = b.id) AS entries
  FROM change_batches b`;

export function listBatches(ws: Workspace, limit: number): ChangeBatch[] {
  return ws.prepare(`${BATCH_SELECT} ORDER BY b.id DESC LIMIT ?`).all(limit) as ChangeBatch[];
}

export function findBatch(ws: Workspace, id: number): ChangeBatch | undefined {
  return ws.prepare(`${BATCH_SELECT} WHERE b.id = ?`).get(id) as ChangeBatch | undefined;
}
