// Cell checks compiled from the schemas' rules, for the common case of a valid new record:
// each gives the value the schema would produce, or undefined when it is not sure. Rows
// they do not accept go through the schema (zod), which decides and words the message, so
// they may be stricter than the schema but never looser.
import { isCountryCode } from '../../model/countries';
import { CONFIDENCES, FACILITY_STATUSES, STAGES } from '../../model/enums';
import { parseNumberCell, splitList } from '../format';

/** The id rule of the schemas (recordId), tested directly: it runs for every row. */
export const ID_SHAPE = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

export const STAGE_SET: ReadonlySet<string> = new Set(STAGES);
export const STATUSES: ReadonlySet<string> = new Set(FACILITY_STATUSES);
export const CONFIDENCE_LEVELS: ReadonlySet<string> = new Set(CONFIDENCES);

/** Not accepted here: the schema decides. */
export const UNSURE = undefined;

/** A column's index, or -1 when the file lacks it. */
export function columnIndex(columns: ReadonlyMap<string, number>, column: string): number {
  return columns.get(column) ?? -1;
}

/** The cell at `index`, or undefined when the file lacks the column (index -1). */
export function cellAt(fields: readonly string[], index: number): string | undefined {
  return index < 0 ? undefined : fields[index];
}

/** A number in [min, max] (optionally whole), or null for an empty or missing cell. */
export function numberIn(cell: string | undefined, min: number, max: number, whole = false): number | null | undefined {
  if (cell === undefined) return null;
  const value = parseNumberCell(cell);
  if (value === null) return null;
  if (typeof value !== 'number' || value < min || value > max || (whole && !Number.isSafeInteger(value))) return UNSURE;
  return value;
}

/** Trimmed text of at most `max` characters; '' for an empty or missing cell unless required. */
export function textOf(cell: string | undefined, max: number, required = false): string | undefined {
  const text = cell === undefined ? '' : cell.trim();
  if (text === '') return required ? UNSURE : '';
  return text.length <= max ? text : UNSURE;
}

/** One of `allowed` (the cell lower-cased), or `fallback` (the default; undefined when required) when empty. */
export function enumOf(cell: string | undefined, allowed: ReadonlySet<string>, fallback: string | undefined): string | undefined {
  const text = cell === undefined ? '' : cell.trim();
  if (text === '') return fallback;
  const value = text.toLowerCase();
  return allowed.has(value) ? value : UNSURE;
}

/** An ISO country code (the cell upper-cased); null when empty if `nullable`. */
export function countryOf(cell: string | undefined, nullable: boolean): string | null | undefined {
  const text = cell === undefined ? '' : cell.trim();
  if (text === '') return nullable ? null : UNSURE;
  const code = text.toUpperCase();
  return isCountryCode(code) ? code : UNSURE;
}

/** A `;` list of at most `count` items of at most `max` characters each. */
export function listOf(cell: string | undefined, count: number, max: number): string[] | undefined {
  if (cell === undefined) return [];
  const items = splitList(cell);
  if (items.length > count) return UNSURE;
  for (const item of items) if (item.length > max) return UNSURE;
  return items;
}
