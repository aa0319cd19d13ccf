import { COUNTRY_NAMES } from './countries-data';

export { COUNTRY_NAMES };

export const COUNTRY_CODES: readonly string[] = Object.keys(COUNTRY_NAMES);

const codeSet = new Set(COUNTRY_CODES);

export function isCountryCode(code: string): boolean {
  return codeSet.has(code);
}

/** "China" for a known code; the code itself otherwise; empty for none. */
export const countryName = (code: string | null | undefined): string => (code ? (COUNTRY_NAMES[code] ?? code) : '');

/** "China (CN)" for a known code; the code itself otherwise. */
export function countryLabel(code: string | null | undefined): string {
  if (!code) return '';
  const name = COUNTRY_NAMES[code];
  return name ? `${name} (${code})` : code;
}
