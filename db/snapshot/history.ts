// The snapshot history: one row per export and per merge (who, when, which file, counts).
import { nowIso } from '../store/changes';
import type { Workspace } from '../workspace';
import type { SnapshotHeader, SnapshotHistoryEntry } from './types';

export interface HistoryRow {
  action: 'export' | 'merge';
  author: string;
  file_name: string;
  header: SnapshotHeader;
  on_conflict?: string;
  batch_id?: number | null;
  backup_path?: string | null;
  counts: Record<string, number>;
}

export function recordHistory(ws: Workspace, row: HistoryRow): number {
  return Number(
    ws
      .prepare(
        `INSERT INTO snapshot_history (at, action, author, file_name, snapshot_workspace_id, snapshot_created_at, sha256,
                                       on_conflict, batch_id, backup_path, counts)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        nowIso(),
        row.action,
        row.author,
        row.file_name,
        row.header.workspace_id,
        row.header.created_at,
        row.header.sha256,
        row.on_conflict ?? null,
        row.batch_id ?? null,
        row.backup_path ?? null,
        JSON.stringify(row.counts),
      ).lastInsertRowid,
  );
}

export function listSnapshotHistory(ws: Workspace, limit: number): SnapshotHistoryEntry[] {
  const rows = ws
    .prepare(
      `SELECT h.*, b.state AS batch_state FROM snapshot_history h LEFT JOIN change_batches b ON b.id = h.batch_id
        ORDER BY h.id DESC LIMIT ?`,
    )
    .all(limit) as (Omit<SnapshotHistoryEntry, 'counts'> & { counts: string })[];
  return rows.map((row) => ({ ...row, counts: JSON.parse(row.counts) as Record<string, number> }));
}
