import { describe, expect, it } from 'vitest';
import type { ChangedEntry, SnapshotDiff } from '../../../../db/model/snapshot-types';
import { diffRows, filterDiffRows, groupCounts, isEmptyDiff, listedLabels, mergeOptions, unchosen } from './diffGroups';

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
    expect(groupCounts(diff)).toEqual({ added: 2, changed: 1, removed: 0, conflicting: 2 });
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
    expect(mergeOptions('theirs', diff.conflicting, { x1: 'mine' })).toEqual({ on_conflict: 'theirs', choices: {} });
    expect(mergeOptions('mine', diff.conflicting, {})).toEqual({ on_conflict: 'mine', choices: {} });
    expect(mergeOptions('each', diff.conflicting, { x1: 'mine', x2: 'theirs', stale: 'theirs' })).toEqual({
      on_conflict: 'fail',
      choices: { x1: 'mine', x2: 'theirs' },
    });
    expect(unchosen(diff.conflicting, { x1: 'mine' })).toBe(1);
    expect(unchosen(diff.conflicting, { x1: 'mine', x2: 'theirs' })).toBe(0);
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
