import { describe, expect, it } from 'vitest';
import { compareKeys, facetCounts, filterRows, filterTerms, hasActiveFilters, nextSort, searchText, sortRows, type SortKey } from './table';

interface Row {
  id: string;
  search: string;
  facets: Record<string, string | null>;
  keys: Record<string, SortKey>;
}

const row = (id: string, name: string, cap: number | null, stage: string, country: string): Row => ({
  id,
  search: searchText([name, stage, country]),
  facets: { stage, country },
  keys: { name, cap },
});

const rows: Row[] = [
  row('a', 'Mountain Pass', 40000, 'mine', 'US'),
  row('b', 'Bayan Obo', 120000, 'mine', 'CN'),
  row('c', 'Lynas Malaysia', null, 'separation', 'MY'),
  row('d', 'baotou steel', 5000, 'metal', 'CN'),
  row('e', 'Neo Magnet 10', 200, 'magnet', 'EE'),
  row('f', 'Neo Magnet 9', 200, 'magnet', 'EE'),
];

describe('sortRows', () => {
  it('sorts text case-insensitively and numerically inside words', () => {
    const out = sortRows(rows, (r) => r.keys.name ?? null, 'asc').map((r) => r.id);
    expect(out).toEqual(['d', 'b', 'c', 'a', 'f', 'e']);
  });
  it('sorts numbers and keeps blanks last in both directions', () => {
    expect(sortRows(rows, (r) => r.keys.cap ?? null, 'asc').map((r) => r.id)).toEqual(['e', 'f', 'd', 'a', 'b', 'c']);
    expect(sortRows(rows, (r) => r.keys.cap ?? null, 'desc').map((r) => r.id)).toEqual(['b', 'a', 'd', 'e', 'f', 'c']);
  });
  it('is stable for equal keys', () => {
    const out = sortRows(rows, (r) => r.keys.cap ?? null, 'desc').map((r) => r.id);
    expect(out.indexOf('e')).toBeLessThan(out.indexOf('f'));
  });
  it('does not change its input', () => {
    const copy = rows.slice();
    sortRows(rows, (r) => r.keys.name ?? null, 'desc');
    expect(rows).toEqual(copy);
  });
  it('sorts 20,000 rows quickly', () => {
    const many: Row[] = [];
    for (let i = 0; i < 20_000; i++) {
      many.push(row(String(i), `Facility ${(i * 7919) % 20_000} ${['alpha', 'Beta', 'gamma'][i % 3]}`, (i * 31) % 1000, 'mine', 'CN'));
    }
    const t0 = performance.now();
    const byName = sortRows(many, (r) => r.keys.name ?? null, 'asc');
    const byCap = sortRows(many, (r) => r.keys.cap ?? null, 'desc');
    const elapsed = performance.now() - t0;
    expect(byName).toHaveLength(20_000);
    expect(byCap[0]!.keys.cap).toBe(999);
    expect(compareKeys(byName[0]!.keys.name!, byName[1]!.keys.name!)).toBeLessThanOrEqual(0);
    expect(elapsed).toBeLessThan(1500);
  });
});

describe('filterRows', () => {
  it('matches every word of the text, anywhere, ignoring case', () => {
    expect(filterRows(rows, 'neo 9', {}).map((r) => r.id)).toEqual(['f']);
    expect(filterRows(rows, '  MOUNTAIN ', {}).map((r) => r.id)).toEqual(['a']);
    expect(filterRows(rows, 'cn', {}).map((r) => r.id)).toEqual(['b', 'd']);
  });
  it('applies column filters exactly, and ignores empty ones', () => {
    expect(filterRows(rows, '', { stage: 'mine', country: '' }).map((r) => r.id)).toEqual(['a', 'b']);
    expect(filterRows(rows, '', { stage: 'mine', country: 'CN' }).map((r) => r.id)).toEqual(['b']);
    expect(filterRows(rows, 'obo', { stage: 'metal' })).toEqual([]);
  });
  it('returns a copy of all rows with no filters', () => {
    const out = filterRows(rows, '', {});
    expect(out).toEqual(rows);
    expect(out).not.toBe(rows);
  });
});

describe('helpers', () => {
  it('splits filter terms', () => {
    expect(filterTerms('  Nd  Pr ')).toEqual(['nd', 'pr']);
  });
  it('knows when filters are active', () => {
    expect(hasActiveFilters('', {})).toBe(false);
    expect(hasActiveFilters(' ', { a: '' })).toBe(false);
    expect(hasActiveFilters('', { a: 'x' })).toBe(true);
  });
  it('cycles sort direction on the same column and starts ascending on a new one', () => {
    expect(nextSort(null, 'name')).toEqual({ column: 'name', dir: 'asc' });
    expect(nextSort({ column: 'name', dir: 'asc' }, 'name')).toEqual({ column: 'name', dir: 'desc' });
    expect(nextSort({ column: 'name', dir: 'desc' }, 'name')).toEqual({ column: 'name', dir: 'asc' });
    expect(nextSort({ column: 'name', dir: 'desc' }, 'cap')).toEqual({ column: 'cap', dir: 'asc' });
  });
  it('counts facet values', () => {
    const counts = facetCounts(rows, 'country');
    expect(counts.find((c) => c.value === 'CN')?.count).toBe(2);
    expect(counts).toHaveLength(4);
  });
});
