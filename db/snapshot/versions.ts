// Versions exchanged through snapshots, and the rule that classifies a record both sides hold.
//
// A version of a record is its (revision, updated_at): every edit bumps the revision and
// stamps the time, and exchanges keep both (a merge writes their record exactly), so two
// workspaces holding the same version agree on it. snapshot_versions remembers the versions
// known to be on another side: exported from here ("sent", for good) or brought in by a
// merge ("received", counting only while that merge is not undone).
//
// THE RULE, for a record here (mine) and in a snapshot (theirs) whose contents differ:
//  - theirs is a known version -> they have not changed it since that exchange: "newer here"
//    (kept; nothing to merge).
//  - else mine is a known version and theirs has a higher revision -> only they changed it
//    since the version both sides last agreed on: "changed" (merge takes theirs).
//  - else both changed it since they last agreed (or no agreed version is known): "conflicting",
//    settled by on_conflict or a per-record choice.
// A record only there: "deleted here" if its version is known (it was exchanged, then deleted
// here), else "added". A record only here, within the snapshot's filter: "removed" (deleted
// there) if my version is known (they had it), else it is new here and is left alone.
import type { SnapshotTable } from '../model/snapshot';
import type { Workspace } from '../workspace';

export interface Version {
  id: string;
  revision: number;
  updated_at: string;
}

const key = (v: Version) => `${v.id}\u0000${v.revision}\u0000${v.updated_at}`;

export class KnownVersions {
  private readonly cache = new Map<SnapshotTable, Set<string>>();
  constructor(private readonly ws: Workspace) {}

  has(table: SnapshotTable, version: Version): boolean {
    let set = this.cache.get(table);
    if (!set) {
      set = new Set();
      const lists = this.ws.db
        .prepare(
          `SELECT v.versions FROM snapshot_versions v LEFT JOIN change_batches b ON b.id = v.batch_id
            WHERE v.table_name = ? AND (v.batch_id IS NULL OR b.state = 'done')`,
        )
        .pluck()
        .all(table) as string[];
      for (const list of lists) {
        for (const [id, revision, updated_at] of JSON.parse(list) as [string, number, string][]) set.add(key({ id, revision, updated_at }));
      }
      this.cache.set(table, set);
    }
    return set.has(key(version));
  }
}

/** Remembers the versions of an exchange: sent (batchId null) or received in merge batch `batchId`. */
export function rememberVersions(
  ws: Workspace,
  historyId: number,
  table: SnapshotTable,
  versions: readonly Version[],
  batchId: number | null,
): void {
  if (versions.length === 0) return;
  // One JSON.stringify of the whole list: 3-5x faster than joining 100,000 pieces by hand.
  const json = JSON.stringify(versions.map((v) => [v.id, v.revision, v.updated_at]));
  ws.prepare('INSERT INTO snapshot_versions (history_id, table_name, batch_id, versions) VALUES (?, ?, ?, ?)').run(historyId, table, batchId, json);
}
