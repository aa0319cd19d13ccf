import { describe, expect, it } from 'vitest';
import type { SnapshotHistoryEntry } from '../../../../db/model/snapshot-types';
import { historyState, historySummary } from './history';

const entry = (patch: Partial<SnapshotHistoryEntry>): SnapshotHistoryEntry => ({
  id: 1,
  at: '2025-01-01T10:00:00Z',
  action: 'export',
  author: 'Ana',
  file_name: 'a.lodestone',
  snapshot_workspace_id: 'w',
  snapshot_created_at: '2025-01-01T10:00:00Z',
  sha256: 'ab',
  on_conflict: null,
  batch_id: null,
  batch_state: null,
  backup_path: null,
  counts: {},
  ...patch,
});

describe('snapshot history lines', () => {
  it('an export lists what it held', () => {
    expect(historySummary(entry({ counts: { facilities: 1, flows: 2, materials: 0, sources: 3 } }))).toBe('1 facility, 2 flows, 0 materials, 3 sources');
    expect(historyState(entry({}))).toBe('');
    // check reviews and scenarios only when it held some (files from before held neither)
    expect(historySummary(entry({ counts: { facilities: 1, flows: 2, materials: 0, sources: 3, check_reviews: 0, scenarios: 2 } }))).toBe(
      '1 facility, 2 flows, 0 materials, 3 sources, 2 scenarios',
    );
    expect(historySummary(entry({ counts: { facilities: 1, flows: 0, materials: 0, sources: 0, check_reviews: 1, scenarios: 1 } }))).toBe(
      '1 facility, 0 flows, 0 materials, 0 sources, 1 check review, 1 scenario',
    );
  });

  it('a merge lists what it changed, conflicts and kept records only when there were any', () => {
    const merge = entry({ action: 'merge', batch_id: 4, batch_state: 'done', counts: { added: 2, changed: 1, removed: 0, conflicts_theirs: 0, conflicts_mine: 0, kept_in_use: 0 } });
    expect(historySummary(merge)).toBe('2 added, 1 changed, 0 removed');
    expect(historySummary({ ...merge, counts: { ...merge.counts, brought_back: 1, left_out: 2 } })).toBe(
      '2 added, 1 changed, 0 removed, 1 brought back (needed), 2 not merged (needs a record kept out)',
    );
    expect(historyState(merge)).toBe('In effect');
    const withConflicts = entry({ action: 'merge', batch_id: 5, batch_state: 'undone', counts: { added: 0, changed: 0, removed: 1, conflicts_theirs: 2, conflicts_mine: 1, kept_in_use: 1 } });
    expect(historySummary(withConflicts)).toBe('0 added, 0 changed, 1 removed, conflicts: 2 theirs, 1 mine, 1 kept (in use)');
    expect(historyState(withConflicts)).toBe('Undone');
    expect(historyState(entry({ action: 'merge', batch_id: null }))).toBe('Nothing to change');
    expect(historySummary(entry({ action: 'merge', counts: { added: 129960, changed: 0, removed: 0 } }))).toBe('129,960 added, 0 changed, 0 removed');
  });
});
