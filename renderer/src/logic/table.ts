// Sorting and filtering of table rows, as pure functions. Rows carry precomputed sort
// keys and a lower-cased search text, so sorting 20,000 rows is a sort of numbers and
// short strings (no per-comparison formatting or lookups).

export type SortDir = 'asc' | 'desc';
export interface SortState {
  column: string;
  dir: SortDir;
}
export type SortKey = string | number | null;

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * Compares two keys, ascending; nulls and empty strings are "greater" than anything
 * (the caller keeps them last in both directions).
 */
export function compareKeys(a: SortKey, b: SortKey): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return collator.compare(a ?? '', b ?? '');
}

function isBlank(key: SortKey): boolean {
  return key === null || key === '' || (typeof key === 'number' && Number.isNaN(key));
}

/**
 * Sorts rows by a key, stable, blanks last whatever the direction. Keys are computed
 * once per row. Returns a new array.
 */
export function sortRows<T>(rows: readonly T[], key: (row: T) => SortKey, dir: SortDir): T[] {
  const n = rows.length;
  const keys: SortKey[] = new Array(n);
  const blank: boolean[] = new Array(n);
  let allNumeric = true;
  for (let i = 0; i < n; i++) {
    const k = key(rows[i]!);
    keys[i] = k;
    blank[i] = isBlank(k);
    if (!blank[i] && typeof k !== 'number') allNumeric = false;
  }
  // Strings: rank them once with the collator, so the main sort compares integers.
  let rank: Float64Array | null = null;
  if (!allNumeric) {
    const distinct = Array.from(new Set(keys.filter((k, i) => !blank[i]).map((k) => (typeof k === 'number' ? k : String(k)))));
    distinct.sort(compareKeys);
    const rankOf = new Map<SortKey, number>();
    distinct.forEach((k, i) => rankOf.set(k, i));
    rank = new Float64Array(n);
    for (let i = 0; i < n; i++) rank[i] = blank[i] ? 0 : rankOf.get(keys[i]!)!;
  }
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const sign = dir === 'asc' ? 1 : -1;
  order.sort((i, j) => {
    const bi = blank[i]!;
    const bj = blank[j]!;
    if (bi || bj) return bi === bj ? i - j : bi ? 1 : -1;
    const c = rank ? rank[i]! - rank[j]! : (keys[i] as number) - (keys[j] as number);
    return c !== 0 ? sign * c : i - j;
  });
  const out = new Array<T>(n);
  for (let i = 0; i < n; i++) out[i] = rows[order[i]!]!;
  return out;
}

/** Lower-cased words of a filter text; a row matches when its search text has them all. */
export function filterTerms(text: string): string[] {
  return text
    .toLowerCase()
    .split(/\s+/)
    .map((t) => t.trim())
    .filter(Boolean);
}

export function matchesTerms(search: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!search.includes(term)) return false;
  return true;
}

/** Joins the texts a row is found by, lower-cased, for `matchesTerms`. */
export function searchText(parts: readonly (string | number | null | undefined)[]): string {
  let out = '';
  for (const p of parts) {
    if (p === null || p === undefined || p === '') continue;
    out += (out ? '\u0001' : '') + String(p).toLowerCase();
  }
  return out;
}

/** Column filters: field name -> required value ('' or absent = any). */
export type ColumnFilters = Readonly<Record<string, string | undefined>>;

export interface Filterable {
  search: string;
  /** Values column filters compare against, by filter name. */
  facets: Readonly<Record<string, string | null>>;
}

export function hasActiveFilters(text: string, columns: ColumnFilters): boolean {
  return text.trim() !== '' || Object.values(columns).some((v) => v !== undefined && v !== '');
}

/** Rows that match the text filter (all words) and every active column filter. */
export function filterRows<T extends Filterable>(rows: readonly T[], text: string, columns: ColumnFilters): T[] {
  const terms = filterTerms(text);
  const active = Object.entries(columns).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '');
  if (terms.length === 0 && active.length === 0) return rows.slice();
  const out: T[] = [];
  for (const row of rows) {
    let ok = true;
    for (const [name, value] of active) {
      if ((row.facets[name] ?? '') !== value) {
        ok = false;
        break;
      }
    }
    if (ok && terms.length && !matchesTerms(row.search, terms)) ok = false;
    if (ok) out.push(row);
  }
  return out;
}

/** Next sort state when a column header is activated: new column ascending, same column flips. */
export function nextSort(current: SortState | null, column: string): SortState {
  if (current && current.column === column) return { column, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { column, dir: 'asc' };
}

/** Distinct facet values with counts, most frequent first (for filter menus). */
export function facetCounts<T extends Filterable>(rows: readonly T[], facet: string): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const v = row.facets[facet];
    if (v === null || v === undefined || v === '') continue;
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return Array.from(counts, ([value, count]) => ({ value, count }));
}
