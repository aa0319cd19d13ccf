// A snapshot diff as the Import panel shows it: four groups (added, changed, removed,
// conflicting) flattened into rows for one browsable list, values written as text, and
// the merge request for the side the user chose.
import { listText } from '../../../../db/model/disruption-text';
import type { MergeChoice } from '../../../../db/model/snapshot';
import type { ChangedEntry, DiffEntry, FieldChange, SnapshotDiff } from '../../../../db/model/snapshot-types';
import type { SnapshotTable } from '../../../../db/model/snapshot';
import { changedFieldLabel } from '../../logic/fieldChanges';

export const DIFF_GROUPS = ['added', 'changed', 'removed', 'conflicting'] as const;
export type DiffGroup = (typeof DIFF_GROUPS)[number];

export const GROUP_LABELS: Readonly<Record<DiffGroup, string>> = {
  added: 'Added',
  changed: 'Changed',
  removed: 'Removed',
  conflicting: 'Conflicting',
};

/** What each group means, for the list's caption. */
export const GROUP_HINTS: Readonly<Record<DiffGroup, string>> = {
  added: 'In the snapshot, not in this workspace.',
  changed: 'Changed in the snapshot only, since you last exchanged them.',
  removed: 'Deleted in the snapshot; unchanged here since the last exchange.',
  conflicting: 'Changed on both sides since you last agreed: choose whose version to keep.',
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
}

export function groupCounts(diff: SnapshotDiff): Record<DiffGroup, number> {
  return { added: diff.added.length, changed: diff.changed.length, removed: diff.removed.length, conflicting: diff.conflicting.length };
}

/** Nothing to merge: every group empty. */
export function isEmptyDiff(diff: SnapshotDiff): boolean {
  return DIFF_GROUPS.every((g) => diff[g].length === 0);
}

export function diffRows(diff: SnapshotDiff, group: DiffGroup): DiffRow[] {
  const entries: readonly (DiffEntry | ChangedEntry)[] = diff[group];
  return entries.map((e) => ({
    key: `${group}:${e.table}:${e.id}`,
    group,
    table: e.table,
    id: e.id,
    label: e.label,
    fields: 'fields' in e ? e.fields : [],
  }));
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

/** Conflicts still without a choice when deciding record by record. */
export function unchosen(conflicts: readonly ChangedEntry[], choices: Choices): number {
  return conflicts.reduce((n, c) => n + (choices[c.id] ? 0 : 1), 0);
}

/**
 * The snapshot.merge options for a mode. Record by record: each conflict's choice, and
 * "fail" for any left without one, so nothing is decided behind the user's back.
 */
export function mergeOptions(mode: MergeMode, conflicts: readonly ChangedEntry[], choices: Choices): { on_conflict: 'theirs' | 'mine' | 'fail'; choices: Record<string, MergeChoice> } {
  if (mode !== 'each') return { on_conflict: mode, choices: {} };
  const picked: Record<string, MergeChoice> = {};
  for (const c of conflicts) {
    const choice = choices[c.id];
    if (choice) picked[c.id] = choice;
  }
  return { on_conflict: 'fail', choices: picked };
}

/** Records named in a sentence: "A, B and C"; past ten, "… and 4 more records". */
export function listedLabels(entries: readonly Pick<DiffEntry, 'label'>[]): string {
  return listText(entries.map((e) => e.label), 'records', 10);
}
