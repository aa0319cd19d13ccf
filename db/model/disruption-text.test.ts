import { describe, expect, it } from 'vitest';
import type { Disruption } from './analysis';
import { disruptionText, listText, periodText, recordNames } from './disruption-text';

const names = recordNames(
  [
    { id: 'f-bt', name: 'Baotou metal', country: 'CN' },
    { id: 'f-f35', name: 'F-35 assembly', country: 'US' },
    { id: 'f-mp', name: 'MP Materials metal line (Fort Worth)', country: 'US' },
    { id: 'f-twin-1', name: 'Twin', country: 'JP' },
    { id: 'f-twin-2', name: 'twin ', country: 'JP' },
  ],
  [
    { id: 'm-dy', name: 'Dysprosium oxide' },
    { id: 'm-tb', name: 'Terbium metal' },
  ],
  [{ id: 'fl-1', from_id: 'f-bt', to_id: 'f-f35', material_id: 'm-dy' }],
);

describe('recordNames', () => {
  it('resolves an id, or a unique name in any case, to the name and country', () => {
    expect(names.facility('f-bt')).toBe('Baotou metal (China)');
    expect(names.facility('  baotou METAL ')).toBe('Baotou metal (China)');
    expect(names.facility('f-mp')).toBe('MP Materials metal line (Fort Worth, United States)');
    expect(names.material('terbium metal')).toBe('Terbium metal');
    expect(names.flow('fl-1')).toBe('the Dysprosium oxide flow from Baotou metal (China) to F-35 assembly (United States)');
  });

  it('says so when a reference finds nothing, or a name is shared', () => {
    expect(names.facility('Nowhere')).toBe('“Nowhere” (not in the workspace)');
    expect(names.facility('Twin')).toBe('“Twin” (not in the workspace)');
    expect(names.facility('f-twin-2')).toBe('twin (Japan)');
    expect(names.flow('fl-9')).toBe('flow “fl-9” (not in the workspace)');
  });
});

describe('listText and periodText', () => {
  it('joins names with "and", and counts the ones past the limit', () => {
    expect(listText([], 'x')).toBe('');
    expect(listText(['A'], 'x')).toBe('A');
    expect(listText(['A', 'B'], 'x')).toBe('A and B');
    expect(listText(['A', 'B', 'C'], 'x')).toBe('A, B and C');
    expect(listText(['A', 'B', 'C', 'D'], 'countries', 2)).toBe('A, B and 2 more countries');
  });

  it('open-ended, one month, or a span', () => {
    expect(periodText({ start_month: 3 })).toBe('from month 3');
    expect(periodText({ start_month: 3, end_month: 3 })).toBe('in month 3 only');
    expect(periodText({ start_month: 3, end_month: 8 })).toBe('from month 3 to month 8');
  });
});

describe('disruptionText', () => {
  const text = (d: Disruption) => disruptionText(d, names);

  it('a facility stops, or loses part of its output', () => {
    expect(text({ kind: 'facility', id: 'f-bt', fraction: 1, start_month: 1 })).toBe('Baotou metal (China) stops from month 1');
    expect(text({ kind: 'facility', id: 'f-bt', fraction: 0.25, start_month: 2, end_month: 4 })).toBe(
      'Baotou metal (China) loses 25% of its output from month 2 to month 4',
    );
    expect(text({ kind: 'facility', id: 'f-bt', fraction: 0.125, start_month: 2 })).toBe('Baotou metal (China) loses 12.5% of its output from month 2');
    expect(text({ kind: 'facility', id: 'f-bt', fraction: 0.07, start_month: 2 })).toBe('Baotou metal (China) loses 7% of its output from month 2');
  });

  it('a flow is cut', () => {
    expect(text({ kind: 'flow', id: 'fl-1', fraction: 1, start_month: 5, end_month: 5 })).toBe(
      'The Dysprosium oxide flow from Baotou metal (China) to F-35 assembly (United States) stops in month 5 only',
    );
    expect(text({ kind: 'flow', id: 'fl-1', fraction: 0.5, start_month: 1 })).toMatch(/^The Dysprosium oxide flow .* loses 50% of its volume from month 1$/);
  });

  it('a country stops its exports: all, of some materials, to some countries and facilities', () => {
    expect(text({ kind: 'country', country: 'CN', fraction: 1, start_month: 1 })).toBe('China stops its exports from month 1');
    expect(
      text({ kind: 'country', country: 'CN', fraction: 0.6, materials: ['m-dy', 'Terbium metal'], to_countries: ['US', 'JP'], to_facilities: ['f-f35'], start_month: 3 }),
    ).toBe('China stops 60% of its exports of Dysprosium oxide and Terbium metal to United States and Japan, and to F-35 assembly (United States) from month 3');
  });

  it('a facility comes online', () => {
    expect(text({ kind: 'online', id: 'f-f35', fraction: 1, start_month: 4 })).toBe('F-35 assembly (United States) comes online in month 4, at 100% of its recorded volumes');
    expect(text({ kind: 'online', id: 'f-f35', fraction: 0.5, start_month: 4, end_month: 9 })).toBe(
      'F-35 assembly (United States) comes online in month 4, at 50% of its recorded volumes, until month 9',
    );
  });
});
