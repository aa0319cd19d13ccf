import { describe, expect, it } from 'vitest';
import { CHOICES, fieldRows, isChoiceKind } from './fields';
import { FIELDS } from './forms';

describe('fieldRows', () => {
  it('puts fields of the same row on one line, in order', () => {
    const rows = fieldRows(FIELDS.facility).map((row) => row.map((f) => f.key));
    expect(rows.slice(0, 4)).toEqual([['name'], ['stage', 'status'], ['country'], ['operator']]);
    expect(rows).toContainEqual(['lat', 'lon']);
    expect(rows.flat()).toEqual(FIELDS.facility.map((f) => f.key));
  });
  it('does not join fields that share a row name but are apart', () => {
    const rows = fieldRows([
      { key: 'a', label: 'A', kind: 'text', row: 'r' },
      { key: 'b', label: 'B', kind: 'text' },
      { key: 'c', label: 'C', kind: 'text', row: 'r' },
    ]);
    expect(rows.map((row) => row.map((f) => f.key))).toEqual([['a'], ['b'], ['c']]);
  });
});

describe('choices', () => {
  it('label fixed lists for people', () => {
    expect(CHOICES.stage[0]).toEqual({ value: 'mine', label: 'Mine' });
    expect(CHOICES.confidence.map((c) => c.label)).toContain('High');
    expect(isChoiceKind('form')).toBe(true);
    expect(isChoiceKind('text')).toBe(false);
  });
});
