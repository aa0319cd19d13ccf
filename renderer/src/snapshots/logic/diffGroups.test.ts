import { describe, expect, it } from 'vitest';
import type { ChangedEntry, SnapshotDiff } from '../../../../db/model/snapshot-types';
import { diffRows, filterDiffRows, groupCounts, isEmptyDiff, isRestored, listedLabels, mergeOptions, restoredCount, shownGroups, unchosen } from './diffGroups';

const conflict = (id: string, label: string): ChangedEntry => ({
  table: 'facilities',
  id,
  label,
  fields: [{ field: 'capacity_t', mine: 100, theirs: 200 }],
  mine_revision: 2,
  theirs_revision: 3,
});

const diff: SnapshotDiff = {
  header: {} as SnapshotDiff['header'],
  added: [{ table: 'facilities', id: 'a1', label: 'New Mine' }, { table: 'flows', id: 'a2', label: 'New Mine → Sep' }],
  changed: [{ table: 'materials', id: 'c1', label: 'NdPr oxide', fields: [{ field: 'elements', mine: ['Nd'], theirs: ['Nd', 'Pr'] }], mine_revision: 1, theirs_revision: 2 }],
  removed: [],
  conflicting: [conflict('x1', 'Baotou'), conflict('x2', 'Lynas')],
  unchanged: 7,
  newer_here: [],
  deleted_here: [],
  brought_back: [],
  matched_by_name: [],
};

describe('diff groups', () => {
  it('counts each group', () => {
    expect(groupCounts(diff)).toEqual({ added: 2, changed: 1, removed: 0, conflicting: 2, deleted: 0 });
    expect(isEmptyDiff(diff)).toBe(false);
    expect(isEmptyDiff({ ...diff, added: [], changed: [], conflicting: [] })).toBe(true);
  });

  it('flattens a group into rows with unique keys and their field changes', () => {
    const rows = diffRows(diff, 'changed');
    expect(rows).toEqual([
      { key: 'changed:materials:c1', group: 'changed', table: 'materials', id: 'c1', label: 'NdPr oxide', fields: diff.changed[0]!.fields },
    ]);
    expect(diffRows(diff, 'added').map((r) => [r.key, r.fields.length])).toEqual([
      ['added:facilities:a1', 0],
      ['added:flows:a2', 0],
    ]);
  });

  it('filters rows by label, record type or field name, as stored or as shown', () => {
    const added = diffRows(diff, 'added');
    expect(filterDiffRows(added, 'flow').map((r) => r.id)).toEqual(['a2']);
    expect(filterDiffRows(added, 'NEW MINE').map((r) => r.id)).toEqual(['a1', 'a2']);
    expect(filterDiffRows(diffRows(diff, 'conflicting'), 'capacity').length).toBe(2);
    // the field's name as shown matches too
    expect(filterDiffRows(diffRows(diff, 'conflicting'), 'capacity (t/yr)').length).toBe(2);
    expect(filterDiffRows(diffRows(diff, 'changed'), 'elements').map((r) => r.id)).toEqual(['c1']);
    expect(filterDiffRows(added, '  ')).toBe(added);
  });

  it('builds the merge options: a side for all, or each conflict choice with "fail" for any left open', () => {
    expect(mergeOptions('theirs', diff, { x1: 'mine' })).toEqual({ on_conflict: 'theirs', choices: {} });
    expect(mergeOptions('mine', diff, {})).toEqual({ on_conflict: 'mine', choices: {} });
    expect(mergeOptions('each', diff, { x1: 'mine', x2: 'theirs', stale: 'theirs' })).toEqual({
      on_conflict: 'fail',
      choices: { x1: 'mine', x2: 'theirs' },
    });
    expect(unchosen(diff.conflicting, { x1: 'mine' })).toBe(1);
    expect(unchosen(diff.conflicting, { x1: 'mine', x2: 'theirs' })).toBe(0);
  });
});

describe('records deleted here that the snapshot still has', () => {
  const withDeleted: SnapshotDiff = {
    ...diff,
    brought_back: [{ table: 'facilities', id: 'b1', label: 'Old Sep' }],
    deleted_here: [{ table: 'flows', id: 'd1', label: 'Old Mine → Old Sep' }, { table: 'sources', id: 'd2', label: 'Old report' }],
  };

  it('are a fifth group, shown only when there are some: those the snapshot needs first, ticked', () => {
    expect(shownGroups(diff)).toEqual(['added', 'changed', 'removed', 'conflicting']);
    expect(shownGroups(withDeleted)).toEqual(['added', 'changed', 'removed', 'conflicting', 'deleted']);
    expect(groupCounts(withDeleted).deleted).toBe(3);
    const rows = diffRows(withDeleted, 'deleted');
    expect(rows.map((r) => [r.key, r.needed])).toEqual([
      ['deleted:facilities:b1', true],
      ['deleted:flows:d1', false],
      ['deleted:sources:d2', false],
    ]);
    expect(rows.map((r) => isRestored(r, {}))).toEqual([true, false, false]);
    expect(rows.map((r) => isRestored(r, { b1: false, d2: true }))).toEqual([false, false, true]);
    expect(restoredCount(withDeleted, {})).toBe(1);
    expect(restoredCount(withDeleted, { b1: false, d1: true, d2: true })).toBe(2);
  });

  it('ask the merge only for ticks that differ from its default, in every mode', () => {
    expect(mergeOptions('theirs', withDeleted, {}, { b1: true, d1: false })).toEqual({ on_conflict: 'theirs', choices: {} });
    expect(mergeOptions('theirs', withDeleted, {}, { b1: false, d2: true })).toEqual({ on_conflict: 'theirs', choices: { b1: 'mine', d2: 'theirs' } });
    expect(mergeOptions('each', withDeleted, { x1: 'mine' }, { d1: true })).toEqual({ on_conflict: 'fail', choices: { d1: 'theirs', x1: 'mine' } });
  });
});

describe('listedLabels', () => {
  it('names records in a sentence, the eleventh on counted', () => {
    const entries = (n: number) => Array.from({ length: n }, (_, i) => ({ label: `R${i + 1}` }));
    expect(listedLabels(entries(1))).toBe('R1');
    expect(listedLabels(entries(3))).toBe('R1, R2 and R3');
    expect(listedLabels(entries(12))).toBe('R1, R2, R3, R4, R5, R6, R7, R8, R9, R10 and 2 more records');
  });
});
