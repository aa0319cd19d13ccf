// Migration 4: snapshot exchanges. snapshot_history lists every export and merge (who,
// when, which file, what changed); snapshot_versions remembers which version of a record
// (revision + updated_at) has left this workspace in a snapshot or entered it in a merge:
// the evidence that diffs use to tell "changed on one side" from "changed on both sides"
// (db/snapshot/versions.ts states the rule).
export const sql = `
CREATE TABLE snapshot_history (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('export', 'merge')),
  author TEXT NOT NULL DEFAULT '',
  file_name TEXT NOT NULL DEFAULT '',
  snapshot_workspace_id TEXT NOT NULL DEFAULT '',
  snapshot_created_at TEXT NOT NULL DEFAULT '',
  sha256 TEXT NOT NULL DEFAULT '',
  on_conflict TEXT,
  batch_id INTEGER REFERENCES change_batches(id),
  backup_path TEXT,
  counts TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(counts))
) STRICT;

-- One row per table per exchange: the versions as a JSON array of [id, revision, updated_at]
-- (one row, not one per record: a big merge writes it in milliseconds). batch_id NULL: exported
-- from here (known to others for good); otherwise the merge batch that brought them in (they
-- count only while that batch is not undone).
CREATE TABLE snapshot_versions (
  id INTEGER PRIMARY KEY,
  history_id INTEGER NOT NULL REFERENCES snapshot_history(id),
  table_name TEXT NOT NULL,
  batch_id INTEGER,
  versions TEXT NOT NULL CHECK (json_valid(versions))
) STRICT;
CREATE INDEX snapshot_versions_table ON snapshot_versions(table_name);
`;
