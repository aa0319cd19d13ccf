// Options for searchable pickers (countries, facilities, materials, sources) and the
// ranking used when the user types.
import { COUNTRY_CODES, COUNTRY_NAMES } from '../../../db/model/countries';

export interface PickOption {
  value: string;
  label: string;
  /** Secondary text shown after the label (stage, country...). */
  detail?: string;
  /** Lower-cased text the option is found by; its first \u0001-separated part is the plain name. */
  search: string;
}

export const COUNTRY_OPTIONS: readonly PickOption[] = COUNTRY_CODES.map((code) => {
  const name = COUNTRY_NAMES[code] ?? code;
  return { value: code, label: `${name} (${code})`, search: `${name}\u0001${code}`.toLowerCase() };
}).sort((a, b) => a.label.localeCompare(b.label, 'en'));

/**
 * Options matching a typed query, best first: exact value or label, then labels that
 * start with the query, then words that start with it, then anywhere. At most `limit`.
 * Returns the matches and how many there were in all.
 */
export function rankOptions(
  options: readonly PickOption[],
  query: string,
  limit = 50,
): { matches: PickOption[]; total: number } {
  const q = query.trim().toLowerCase();
  if (!q) return { matches: options.slice(0, limit), total: options.length };
  const buckets: PickOption[][] = [[], [], [], []];
  let total = 0;
  for (const o of options) {
    const label = o.label.toLowerCase();
    let rank = -1;
    if (o.value.toLowerCase() === q || label === q) rank = 0;
    else if (label.startsWith(q)) rank = 1;
    else {
      const at = o.search.indexOf(q);
      if (at < 0) continue;
      rank = at === 0 || /[\s(/,\u0001-]/.test(o.search[at - 1] ?? '') ? 2 : 3;
    }
    total++;
    const bucket = buckets[rank]!;
    if (bucket.length < limit) bucket.push(o);
  }
  const matches: PickOption[] = [];
  for (const b of buckets) {
    for (const o of b) {
      if (matches.length >= limit) break;
      matches.push(o);
    }
  }
  return { matches, total };
}

/** The option a typed text names exactly (value or label or the plain name), if any. */
export function exactOption(options: readonly PickOption[], text: string): PickOption | undefined {
  const q = text.trim().toLowerCase();
  if (!q) return undefined;
  let byLabel: PickOption | undefined;
  for (const o of options) {
    if (o.value.toLowerCase() === q) return o;
    if (!byLabel && (o.label.toLowerCase() === q || o.search.split('\u0001')[0] === q)) byLabel = o;
  }
  return byLabel;
}
