// A snapshot diff as the Import panel shows it: four groups (added, changed, removed,
// conflicting), and a fifth when the snapshot still has records deleted here, flattened into
// rows for one browsable list, values written as text, and the merge request for the sides
// the user chose and the deleted records they bring back.
import { listText } from '../../../../db/model/disruption-text';
import type { MergeChoice } from '../../../../db/model/snapshot';
import type { ChangedEntry, DiffEntry, FieldChange, SnapshotDiff } from '../../../../db/model/snapshot-types';
import type { SnapshotTable } from '../../../../db/model/snapshot';
import { changedFieldLabel } from '../../logic/fieldChanges';

/** What a merge writes or decides; isEmptyDiff when all are empty. */
export const DIFF_GROUPS = ['added', 'changed', 'removed', 'conflicting'] as const;
/** The snapshot's versions of records deleted here since the last exchange: each comes back only if ticked. */
export const DELETED_GROUP = 'deleted';
export type DiffGroup = (typeof DIFF_GROUPS)[number] | typeof DELETED_GROUP;

export const GROUP_LABELS: Readonly<Record<DiffGroup, string>> = {
  added: 'Added',
  changed: 'Changed',
  removed: 'Removed',
  conflicting: 'Conflicting',
  deleted: 'Deleted here',
};

/** What each group means, for the list's caption. */
export const GROUP_HINTS: Readonly<Record<DiffGroup, string>> = {
  added: 'In the snapshot, not in this workspace.',
  changed: 'Changed in the snapshot only, since you last exchanged them.',
  removed: 'Deleted in the snapshot; unchanged here since the last exchange.',
  conflicting: 'Changed on both sides since you last agreed: choose whose version to keep.',
  deleted:
    'You deleted these since the last exchange; the snapshot still has them. Ticked ones come back with the merge. Those that records in the snapshot need are ticked: untick one to keep it deleted, and what needs it stays out.',
};

export const TABLE_LABELS: Readonly<Record<SnapshotTable, string>> = {
  materials: 'Material',
  sources: 'Source',
  facilities: 'Facility',
  flows: 'Flow',
  source_links: 'Source link',
  check_reviews: 'Check review',
  scenarios: 'Scenario',
};

export interface DiffRow {
  /** Unique across groups: group and record. */
  key: string;
  group: DiffGroup;
  table: SnapshotTable;
  id: string;
  label: string;
  fields: readonly FieldChange[];
  /** Deleted here, but records the snapshot adds or changes need it: it comes back unless unticked. */
  needed?: boolean;
}

export function groupCounts(diff: SnapshotDiff): Record<DiffGroup, number> {
  return {
    added: diff.added.length,
    changed: diff.changed.length,
    removed: diff.removed.length,
    conflicting: diff.conflicting.length,
    deleted: diff.brought_back.length + diff.deleted_here.length,
  };
}

/** The groups to show: the deleted-here group only when the snapshot has such records. */
export function shownGroups(diff: SnapshotDiff): readonly DiffGroup[] {
  return groupCounts(diff).deleted > 0 ? [...DIFF_GROUPS, DELETED_GROUP] : DIFF_GROUPS;
}

/** Nothing to merge: every group empty. */
export function isEmptyDiff(diff: SnapshotDiff): boolean {
  return DIFF_GROUPS.every((g) => diff[g].length === 0);
}

export function diffRows(diff: SnapshotDiff, group: DiffGroup): DiffRow[] {
  const row = (e: DiffEntry | ChangedEntry, needed?: boolean): DiffRow => ({
    key: `${group}:${e.table}:${e.id}`,
    group,
    table: e.table,
    id: e.id,
    label: e.label,
    fields: 'fields' in e ? e.fields : [],
    ...(needed === undefined ? {} : { needed }),
  });
  if (group === DELETED_GROUP) return [...diff.brought_back.map((e) => row(e, true)), ...diff.deleted_here.map((e) => row(e, false))];
  return diff[group].map((e) => row(e));
}

/** Rows whose label, record type or changed fields (as stored or as shown) contain the text (any case). */
export function filterDiffRows(rows: readonly DiffRow[], text: string): readonly DiffRow[] {
  const q = text.trim().toLowerCase();
  if (!q) return rows;
  const has = (s: string) => s.toLowerCase().includes(q);
  return rows.filter((r) => has(r.label) || has(TABLE_LABELS[r.table]) || r.fields.some((f) => has(f.field) || has(changedFieldLabel(r.table, f.field))));
}

export type MergeMode = 'theirs' | 'mine' | 'each';
export type Choices = Readonly<Record<string, MergeChoice>>;
/** Ticks of the deleted-here group the user changed (record id -> comes back); the rest keep their default. */
export type Restores = Readonly<Record<string, boolean>>;

/** Whether a deleted-here record comes back: as ticked, else if the snapshot needs it. */
export function isRestored(row: Pick<DiffRow, 'id' | 'needed'>, restores: Restores): boolean {
  return restores[row.id] ?? row.needed === true;
}

/** The deleted-here records that will come back. */
export function restoredCount(diff: SnapshotDiff, restores: Restores): number {
  return diffRows(diff, DELETED_GROUP).filter((r) => isRestored(r, restores)).length;
}

/** Conflicts still without a choice when deciding record by record. */
export function unchosen(conflicts: readonly ChangedEntry[], choices: Choices): number {
  return conflicts.reduce((n, c) => n + (choices[c.id] ? 0 : 1), 0);
}

/**
 * The snapshot.merge options for a mode. Record by record: each conflict's choice, and
 * "fail" for any left without one, so nothing is decided behind the user's back. In any
 * mode, a deleted-here record unticked stays deleted ('mine') and one ticked comes back
 * ('theirs'), where that differs from what the merge does by default.
 */
export function mergeOptions(
  mode: MergeMode,
  diff: SnapshotDiff,
  choices: Choices,
  restores: Restores = {},
): { on_conflict: 'theirs' | 'mine' | 'fail'; choices: Record<string, MergeChoice> } {
  const picked: Record<string, MergeChoice> = {};
  // the merge's default is the row's `needed`: brought back if needed, else left deleted
  for (const row of diffRows(diff, DELETED_GROUP)) {
    const back = isRestored(row, restores);
    if (back !== row.needed) picked[row.id] = back ? 'theirs' : 'mine';
  }
  if (mode !== 'each') return { on_conflict: mode, choices: picked };
  for (const c of diff.conflicting) {
    const choice = choices[c.id];
    if (choice) picked[c.id] = choice;
  }
  return { on_conflict: 'fail', choices: picked };
}

/** Records named in a sentence: "A, B and C"; past ten, "… and 4 more records". */
export function listedLabels(entries: readonly Pick<DiffEntry, 'label'>[]): string {
  return listText(entries.map((e) => e.label), 'records', 10);
}
