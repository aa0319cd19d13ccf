import { describe, expect, it } from 'vitest';
import { changedFieldLabel, changedFieldText, formatValue } from './fieldChanges';

describe('a changed field as the diff shows it', () => {
  it('writes values as text', () => {
    expect(formatValue(null)).toBe('(empty)');
    expect(formatValue('')).toBe('(empty)');
    expect(formatValue([])).toBe('(empty)');
    expect(formatValue(['Nd', 'Pr'])).toBe('Nd, Pr');
    expect(formatValue(12.5)).toBe('12.5');
    expect(formatValue(false)).toBe('false');
    expect(formatValue('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
  });

  it('names fields as the inspector does, and those no form edits in words', () => {
    expect(changedFieldLabel('facilities', 'capacity_t')).toBe('Capacity (t/yr)');
    expect(changedFieldLabel('flows', 'to_id')).toBe('To facility');
    expect(changedFieldLabel('materials', 'reo_factor')).toBe('REO factor');
    expect(changedFieldLabel('sources', 'sensitive')).toBe('Sensitive');
    expect(changedFieldLabel('source_links', 'record_id')).toBe('Cited by');
    // a field this version does not know keeps its stored name
    expect(changedFieldLabel('facilities', 'future_field')).toBe('future_field');
  });

  it('shows each side as the tables do, with the exact value in the tooltip', () => {
    const text = (table: Parameters<typeof changedFieldText>[0], field: string, mine: unknown, theirs: unknown) => {
      const change = { field, mine, theirs };
      return [changedFieldText(table, change, 'mine'), changedFieldText(table, change, 'theirs')];
    };
    expect(text('facilities', 'capacity_t', 65000, 97500.5)).toEqual([
      { text: '65,000', title: '65,000 (65000)' },
      { text: '97,500.5', title: '97,500.5 (97500.5)' },
    ]);
    expect(text('facilities', 'country', 'CN', 'MY').map((s) => s.text)).toEqual(['China (CN)', 'Malaysia (MY)']);
    expect(text('facilities', 'stage', 'separation', 'metal').map((s) => s.text)).toEqual(['Separation', 'Metal']);
    expect(text('flows', 'status', 'planned', 'operating').map((s) => s.text)).toEqual(['Planned', 'Operating']);
    expect(text('flows', 'year', 2023, 2024).map((s) => s.text)).toEqual(['2023', '2024']);
    expect(text('materials', 'reo_factor', 0.8571, 0.86).map((s) => s.text)).toEqual(['0.8571', '0.86']);
    expect(text('sources', 'sensitive', false, true).map((s) => s.text)).toEqual(['No', 'Yes']);
    expect(text('facilities', 'owner_country', null, 'JP').map((s) => s.text)).toEqual(['(empty)', 'Japan (JP)']);
    expect(text('facilities', 'tags', ['JV'], []).map((s) => s.text)).toEqual(['JV', '(empty)']);
    // unchanged text stays as it is, markup included (React writes it as text)
    expect(text('facilities', 'notes', 'a', '<b>x</b>')[1]).toEqual({ text: '<b>x</b>', title: '<b>x</b>' });
  });

  it('shows a reference by the name of the record it points to, its id in the tooltip', () => {
    const change = { field: 'to_id', mine: 'fac-1', theirs: 'fac-2', mine_name: 'Ganzhou metal', theirs_name: 'Lynas Kalgoorlie' };
    expect(changedFieldText('flows', change, 'mine')).toEqual({ text: 'Ganzhou metal', title: 'Ganzhou metal (id fac-1)' });
    expect(changedFieldText('flows', change, 'theirs')).toEqual({ text: 'Lynas Kalgoorlie', title: 'Lynas Kalgoorlie (id fac-2)' });
    // a reference cleared on one side has no name there
    expect(changedFieldText('facilities', { field: 'capacity_material_id', mine: 'm1', theirs: null, mine_name: 'NdPr oxide' }, 'theirs').text).toBe('(empty)');
  });
});
