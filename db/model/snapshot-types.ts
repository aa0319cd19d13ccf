// The shapes the snapshot operations return. In db/model because db/api.ts (which the
// renderer type-checks) may only import from here; db/snapshot re-exports them.
import type { Scenario } from './analysis';
import type { CheckReview } from './checks';
import type { Facility, Flow, Material, Source, SourceLink } from './schemas';
import type { LaterSnapshotTable, SnapshotFilter, SnapshotTable } from './snapshot';

export interface SnapshotRecords {
  materials: Material[];
  facilities: Facility[];
  flows: Flow[];
  sources: Source[];
  source_links: SourceLink[];
  /** Empty when read from a file made before snapshots carried reviews. */
  check_reviews: CheckReview[];
  /** Saved disruption scenarios; empty when read from a file made before snapshots carried them. */
  scenarios: Scenario[];
}
/** Records per table; the later tables (LATER_SNAPSHOT_TABLES) are absent from files made before them. */
export type SnapshotCounts = Record<Exclude<SnapshotTable, LaterSnapshotTable>, number> & Partial<Record<LaterSnapshotTable, number>>;

/** Everything in a snapshot file but its records. */
export interface SnapshotHeader {
  format: string;
  version: number;
  created_at: string;
  author: string;
  workspace_id: string;
  filter: SnapshotFilter;
  counts: SnapshotCounts;
  sha256: string;
}

export interface Snapshot extends SnapshotHeader {
  records: SnapshotRecords;
}

export interface SnapshotExport {
  /** The .lodestone file as base64. */
  data: string;
  file_name: string;
  bytes: number;
  header: SnapshotHeader;
}

export type SnapshotVerification = { valid: true; header: SnapshotHeader } | { valid: false; message: string };

export interface FieldChange {
  field: string;
  mine: unknown;
  theirs: unknown;
  /** For a reference (a flow's ends, a material, a source, a cited record): the name of the record `mine` points to. */
  mine_name?: string;
  /** The same for `theirs`. */
  theirs_name?: string;
}

export interface DiffEntry {
  table: SnapshotTable;
  id: string;
  /** A name or title to show; a flow is "from → to · material", a source link "record cites source". */
  label: string;
}
export interface ChangedEntry extends DiffEntry {
  fields: FieldChange[];
  mine_revision: number;
  theirs_revision: number;
}

export interface SnapshotDiff {
  header: SnapshotHeader;
  /** In the snapshot, not here (and not deleted here since an exchange). */
  added: DiffEntry[];
  /** Changed in the snapshot only, since the version both sides last agreed on. */
  changed: ChangedEntry[];
  /** Deleted in the snapshot: here unchanged since it was exchanged, absent there. */
  removed: DiffEntry[];
  /** Changed on both sides since they last agreed (or no agreed version is known). */
  conflicting: ChangedEntry[];
  /** Same content on both sides. */
  unchanged: number;
  /** Newer here; the snapshot holds a version this workspace already had or exchanged. */
  newer_here: DiffEntry[];
  /** Deleted here after an exchange; the snapshot still has the version exchanged. */
  deleted_here: DiffEntry[];
  /** Deleted here, but records the snapshot adds or changes need them (a flow added there to a facility deleted here): the merge writes them back. */
  brought_back: DiffEntry[];
  /** Snapshot materials with another id but the same name as one here: treated as that one. */
  matched_by_name: { theirs_id: string; mine_id: string; name: string }[];
}

export interface MergeReport {
  file_name: string;
  batch_id: number | null;
  backup_path: string | null;
  added: number;
  changed: number;
  removed: number;
  conflicts: { theirs: number; mine: number };
  /** Removals skipped because records that stay still refer to them. */
  kept_in_use: DiffEntry[];
  /** Records deleted here written back because records the merge writes need them. */
  brought_back: DiffEntry[];
  /** Their records not written because a record they need stays out (declined by a choice). */
  left_out: DiffEntry[];
}

export interface SnapshotHistoryEntry {
  id: number;
  at: string;
  action: 'export' | 'merge';
  author: string;
  file_name: string;
  snapshot_workspace_id: string;
  snapshot_created_at: string;
  sha256: string;
  on_conflict: string | null;
  batch_id: number | null;
  /** done / undone: whether the merge is in effect (exports: null). */
  batch_state: string | null;
  backup_path: string | null;
  counts: Record<string, number>;
}

export interface OpenedSnapshot {
  header: SnapshotHeader;
  records: SnapshotRecords;
}
