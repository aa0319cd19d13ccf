import { describe, expect, it } from 'vitest';
import { bulkChanges, bulkFields, describeChanges, rangeIds, spreadText, tagSpread, toggledIds, valueSpread } from './bulk';

describe('bulkFields', () => {
  it('offers the fields the api sets on many records, with the form’s labels', () => {
    expect(bulkFields('facility').map((f) => f.label)).toEqual(['Stage', 'Status', 'Country', 'Owner country', 'Operator', 'Confidence']);
    expect(bulkFields('flow').map((f) => f.key)).toEqual(['material_id', 'year', 'status', 'confidence']);
  });
});

describe('bulkChanges', () => {
  it('sends only the fields set, as the api takes them', () => {
    expect(bulkChanges('facility', { status: 'idle', country: ' cn ', operator: '  Lynas ' })).toEqual({
      changes: { status: 'idle', country: 'cn', operator: 'Lynas' },
      addTags: [],
      removeTags: [],
      errors: {},
    });
    expect(bulkChanges('flow', { year: '2,024', material_id: 'm1' }).changes).toEqual({ year: 2024, material_id: 'm1' });
  });

  it('clears an optional field set to nothing, and refuses to clear a required one', () => {
    expect(bulkChanges('facility', { owner_country: '', operator: '' }).changes).toEqual({ owner_country: null, operator: '' });
    expect(bulkChanges('flow', { year: '' }).changes).toEqual({ year: null });
    expect(bulkChanges('facility', { country: '' }).errors).toEqual({ country: 'Country is required' });
    expect(bulkChanges('flow', { material_id: ' ' }).errors).toEqual({ material_id: 'Material is required' });
  });

  it('names a year that is not a whole number, and asks for a field when none is set', () => {
    expect(bulkChanges('flow', { year: '20x4' }).errors).toEqual({ year: 'Year must be a number' });
    expect(bulkChanges('flow', { year: '2024.5' }).errors).toEqual({ year: 'Year must be a whole number' });
    expect(bulkChanges('flow', {})).toEqual({ changes: null, addTags: [], removeTags: [], errors: { '': 'Choose a new value for at least one field' } });
    // A choice set back to "Keep as is" is no change.
    expect(bulkChanges('flow', { status: '' }).changes).toBeNull();
  });
});

describe('tags on many facilities', () => {
  it('adds and takes away tags split on ";", alone or with fields', () => {
    expect(bulkChanges('facility', { add_tags: 'defence; JV ;defence', remove_tags: '' })).toMatchObject({ changes: {}, addTags: ['defence', 'JV'], removeTags: [] });
    expect(bulkChanges('facility', { remove_tags: 'legacy', status: 'idle' })).toMatchObject({ changes: { status: 'idle' }, removeTags: ['legacy'] });
    expect(bulkChanges('facility', { add_tags: 'x'.repeat(65) }).errors).toEqual({ add_tags: 'A tag is longer than 64 characters' });
    expect(bulkChanges('facility', { add_tags: ' ; ' }).errors).toEqual({ '': 'Choose a new value for at least one field' });
  });
  it('counts the facilities carrying each tag', () => {
    expect(spreadText(tagSpread([{ tags: ['JV', 'defence'] }, { tags: ['defence'] }, { tags: [] }]))).toBe('defence: 2 · JV: 1');
    expect(describeChanges(bulkFields('facility'), { status: 'idle' }, () => 'Idle', { add: ['JV'], remove: ['old'] })).toBe('Status to Idle, tags + JV, tags − old');
  });
});

describe('valueSpread and spreadText', () => {
  const rows = ['Operating', 'Idle', 'Operating', 'Planned', 'Operating', 'Idle', 'Closed'];
  it('counts each value, the most common first', () => {
    expect(valueSpread(rows, (r) => r)).toEqual([
      { text: 'Operating', count: 3 },
      { text: 'Idle', count: 2 },
      { text: 'Closed', count: 1 },
      { text: 'Planned', count: 1 },
    ]);
  });
  it('says all, all different, or the top three and how many more', () => {
    expect(spreadText(valueSpread(['Low', 'Low'], (r) => r))).toBe('All Low');
    expect(spreadText(valueSpread(['a', 'b', 'c', 'd'], (r) => r))).toBe('4 different values');
    expect(spreadText(valueSpread(['a', 'b', 'c'], (r) => r))).toBe('a: 1 · b: 1 · c: 1');
    expect(spreadText(valueSpread(rows, (r) => r))).toBe('Operating: 3 · Idle: 2 · Closed: 1 · 1 other value');
    expect(spreadText([])).toBe('');
  });
});

describe('describeChanges', () => {
  it('names each change by the form’s label and the value as shown', () => {
    const text = describeChanges(bulkFields('flow'), { confidence: 'low', year: 2024 }, (field, value) => (field === 'confidence' ? 'Low' : String(value)));
    expect(text).toBe('Year to 2024, Confidence to Low');
  });
});

describe('choosing rows', () => {
  const rows = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));
  it('a range runs between two rows either way, both ends included', () => {
    expect(rangeIds(rows, 1, 3)).toEqual(['b', 'c', 'd']);
    expect(rangeIds(rows, 3, 1)).toEqual(['b', 'c', 'd']);
    expect(rangeIds(rows, 2, 2)).toEqual(['c']);
  });
  it('a toggle adds or takes out one row and keeps table order, dropping rows no longer shown', () => {
    expect(toggledIds(rows, new Set(['d', 'a']), 'c')).toEqual(['a', 'c', 'd']);
    expect(toggledIds(rows, new Set(['a', 'c']), 'c')).toEqual(['a']);
    expect(toggledIds(rows, new Set(['gone', 'b']), 'e')).toEqual(['b', 'e']);
  });
});
