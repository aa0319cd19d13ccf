import { describe, expect, it } from 'vitest';
import { highlightRuns, rankItems } from './rank';

const items = [
  { label: 'Undo Edit facility', group: 'Edit' },
  { label: 'Redo', group: 'Edit' },
  { label: 'Import Snapshot…', group: 'File', keywords: 'merge diff colleague' },
  { label: 'Export Snapshot…', group: 'File', keywords: 'share' },
  { label: 'Export CSV…', group: 'File' },
  { label: 'Go to Diagram', group: 'View', keywords: 'network graph' },
  { label: 'Go to Facilities', group: 'View' },
  { label: 'New facility', group: 'New' },
  { label: 'Diagram layout: Force', group: 'Diagram' },
];
const labels = (query: string) => rankItems(items, query).map((r) => r.item.label);

describe('rankItems', () => {
  it('keeps everything, in order, for an empty query', () => {
    expect(labels('')).toEqual(items.map((i) => i.label));
    expect(labels('   ')).toHaveLength(items.length);
  });

  it('ranks a label’s start above a word’s start above letters inside', () => {
    expect(labels('undo')).toEqual(['Undo Edit facility']);
    expect(labels('dia')).toEqual(['Diagram layout: Force', 'Go to Diagram']);
    // equal matches (a word's start) keep the entries' order
    expect(labels('fac')).toEqual(['Undo Edit facility', 'Go to Facilities', 'New facility']);
    expect(labels('napsh')).toEqual(['Import Snapshot…', 'Export Snapshot…']);
  });

  it('needs every word, in any order, and is case-insensitive', () => {
    expect(labels('snap exp')).toEqual(['Export Snapshot…']);
    expect(labels('EXPORT csv')).toEqual(['Export CSV…']);
    expect(labels('export nothing')).toEqual([]);
  });

  it('matches letters in order ("exsn") below real words, and keywords or group last', () => {
    expect(labels('exsn')).toEqual(['Export Snapshot…']);
    expect(labels('ufy')).toEqual([]); // u…f…y spread over "Undo Edit facility"
    expect(rankItems([{ label: 'Undo Create NdPr oxide flow "Beta Metal" -> "Gamma Magnet"' }], 'new')).toEqual([]);
    expect(labels('merge')).toEqual(['Import Snapshot…']);
    expect(labels('network')).toEqual(['Go to Diagram']);
    const ranked = rankItems(items, 'edit');
    expect(ranked[0]!.item.label).toBe('Undo Edit facility'); // in the label, before the group "Edit"
    expect(ranked.map((r) => r.item.label)).toContain('Redo');
  });

  it('reports which characters matched, for highlighting', () => {
    const [top] = rankItems(items, 'exp snap');
    expect(top!.item.label).toBe('Export Snapshot…');
    expect(highlightRuns(top!.item.label, top!.highlights)).toEqual([
      { text: 'Exp', hit: true },
      { text: 'ort ', hit: false },
      { text: 'Snap', hit: true },
      { text: 'shot…', hit: false },
    ]);
    expect(highlightRuns('Redo', [])).toEqual([{ text: 'Redo', hit: false }]);
  });
});
