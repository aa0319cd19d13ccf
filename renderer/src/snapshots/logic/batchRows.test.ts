import { describe, expect, it } from 'vitest';
import type { BatchChanges } from '../../../../db/api';
import { changeCounts, changeRows, touchedRecords } from './batchRows';

const changes: BatchChanges = {
  batch: { id: 7, at: '2026-11-01T10:00:00.000Z', label: 'Merge snapshot "x.lodestone"', kind: 'import', state: 'done', entries: 5 },
  entries: [
    { table: 'facilities', id: 'f1', op: 'insert', label: 'Delta Mine', fields: [] },
    {
      table: 'flows',
      id: 'g1',
      op: 'update',
      label: 'Delta Mine → Beta · NdPr oxide',
      fields: [
        { field: 'from_id', before: 'a', after: 'f1', before_name: 'Alpha', after_name: 'Delta Mine' },
        { field: 'volume_t', before: 5000, after: 6500 },
      ],
    },
    { table: 'source_links', id: 'l1', op: 'delete', label: 'Alpha cites USGS', fields: [] },
    // the same record written twice in one batch keeps two rows
    { table: 'facilities', id: 'f1', op: 'update', label: 'Delta Mine', fields: [{ field: 'notes', before: '', after: 'x' }] },
  ],
  more: 1,
  counts: { insert: 2, update: 2, delete: 1 },
};

describe('the changes of a past batch as diff rows', () => {
  it('counts every entry of the batch, listed or not', () => {
    expect(changeCounts(changes)).toEqual({ added: 2, changed: 2, removed: 1 });
  });

  it('puts each entry in its group with before on the left, after on the right, names kept', () => {
    expect(changeRows(changes, 'added').map((r) => [r.table, r.label])).toEqual([['facilities', 'Delta Mine']]);
    expect(changeRows(changes, 'removed').map((r) => r.label)).toEqual(['Alpha cites USGS']);
    const changed = changeRows(changes, 'changed');
    expect(changed.map((r) => r.key)).toEqual(['changed:flows:g1:1', 'changed:facilities:f1:3']);
    expect(changed[0]!.fields).toEqual([
      { field: 'from_id', mine: 'a', theirs: 'f1', mine_name: 'Alpha', theirs_name: 'Delta Mine' },
      { field: 'volume_t', mine: 5000, theirs: 6500 },
    ]);
  });
});

describe('the facilities and flows a batch touched', () => {
  it('lists each added or changed facility and flow once, in the order written, and no removed record', () => {
    const removedFlow = { table: 'flows' as const, id: 'g2', op: 'delete' as const, label: 'gone', fields: [] };
    expect(touchedRecords({ ...changes, entries: [...changes.entries, removedFlow] })).toEqual({ facility: ['f1'], flow: ['g1'] });
  });
});
