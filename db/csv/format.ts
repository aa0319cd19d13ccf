// The CSV import format of interfaces.md: columns of each file and how cells map to values.
import type { MaterialForm } from '../model/enums';

export const MATERIAL_COLUMNS = ['id', 'name', 'form', 'elements', 'unit', 'reo_factor', 'notes'] as const;
export const FACILITY_COLUMNS = [
  'id',
  'name',
  'stage',
  'country',
  'operator',
  'owner_country',
  'lat',
  'lon',
  'status',
  'capacity_t',
  'capacity_material',
  'stock_t',
  'confidence',
  'tags',
  'notes',
  'source',
] as const;
export const FLOW_COLUMNS = ['id', 'from', 'to', 'material', 'volume_t', 'year', 'status', 'confidence', 'notes', 'source'] as const;

export type CsvKind = 'materials' | 'facilities' | 'flows';

export const CSV_FORMAT: Readonly<Record<CsvKind, { columns: readonly string[]; required: readonly string[] }>> = {
  materials: { columns: MATERIAL_COLUMNS, required: ['name'] },
  facilities: { columns: FACILITY_COLUMNS, required: ['name', 'stage', 'country'] },
  flows: { columns: FLOW_COLUMNS, required: ['from', 'to', 'material'] },
};

/** Record field name -> CSV column name, where they differ (for messages). */
export const COLUMN_OF_FIELD: Readonly<Record<string, string>> = {
  capacity_material_id: 'capacity_material',
  from_id: 'from',
  to_id: 'to',
  material_id: 'material',
};

/** Separators inside one cell. */
export const LIST_SEPARATOR = ';';
export const SOURCE_SEPARATOR = '|';

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Strict number cell: "12.5", "1e3", "-4"; empty is null; anything else is an error message. */
export function parseNumberCell(cell: string): number | null | { error: string } {
  const text = cell.trim();
  if (text === '') return null;
  if (!NUMBER.test(text)) return { error: `"${text.length > 30 ? `${text.slice(0, 27)}...` : text}" is not a number` };
  const value = Number(text);
  if (!Number.isFinite(value)) return { error: `"${text}" is too large` };
  return value;
}

/** Numbers in their shortest form that reads back to the same value; null is empty. */
export function formatNumber(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value);
}

/** "a; b ;;c" -> ["a", "b", "c"] */
export function splitList(cell: string, separator = LIST_SEPARATOR): string[] {
  const out: string[] = [];
  for (const part of cell.split(separator)) {
    const item = part.trim();
    if (item) out.push(item);
  }
  return out;
}

const FORM_WORDS: readonly [RegExp, MaterialForm][] = [
  [/\bscraps?\b/, 'scrap'],
  [/\bconcentrates?\b/, 'concentrate'],
  [/\boxides?\b/, 'oxide'],
  [/\bmetals?\b/, 'metal'],
  [/\balloys?\b/, 'alloy'],
  [/\bmagnets?\b/, 'magnet'],
  [/\bores?\b/, 'ore'],
];

/** The form of a material known only by its name: "NdPr oxide" -> oxide; default product. */
export function guessMaterialForm(name: string): MaterialForm {
  const text = name.toLowerCase();
  for (const [pattern, form] of FORM_WORDS) if (pattern.test(text)) return form;
  return 'product';
}

/** Case-insensitive key for names and titles. */
export function nameKey(name: string): string {
  return name.trim().toLowerCase();
}
