// How each record table maps between API records (arrays, booleans) and SQLite columns.
import type { Scenario } from '../model/analysis';
import type { CheckReview } from '../model/checks';
import type { Facility, Flow, Material, Source, SourceLink } from '../model/schemas';

export interface RecordByTable {
  materials: Material;
  facilities: Facility;
  flows: Flow;
  sources: Source;
  source_links: SourceLink;
  scenarios: Scenario;
  check_reviews: CheckReview;
}
export type TableName = keyof RecordByTable;
export type AnyRecord = RecordByTable[TableName];

interface TableSpec {
  columns: readonly string[];
  json: readonly string[];
  bool: readonly string[];
  /** REAL columns (the change log writes their exact digits; see changes.ts insertMany). */
  real: readonly string[];
  /** Human name of one record, for messages. */
  noun: string;
}

const META = ['created_at', 'updated_at', 'revision'] as const;

export const TABLES: Readonly<Record<TableName, TableSpec>> = {
  materials: {
    columns: ['id', 'name', 'form', 'elements', 'unit', 'reo_factor', 'notes', ...META],
    json: ['elements'],
    bool: [],
    real: ['reo_factor'],
    noun: 'material',
  },
  facilities: {
    columns: [
      'id', 'name', 'stage', 'country', 'operator', 'owner_country', 'lat', 'lon', 'status', 'capacity_t',
      'capacity_material_id', 'stock_t', 'confidence', 'tags', 'notes', ...META,
    ],
    json: ['tags'],
    bool: [],
    real: ['lat', 'lon', 'capacity_t', 'stock_t'],
    noun: 'facility',
  },
  flows: {
    columns: ['id', 'from_id', 'to_id', 'material_id', 'volume_t', 'year', 'status', 'confidence', 'notes', ...META],
    json: [],
    bool: [],
    real: ['volume_t'],
    noun: 'flow',
  },
  sources: {
    columns: ['id', 'title', 'publisher', 'published', 'url', 'excerpt', 'sensitive', 'notes', ...META],
    json: [],
    bool: ['sensitive'],
    real: [],
    noun: 'source',
  },
  source_links: {
    columns: ['id', 'source_id', 'record_type', 'record_id', 'note', ...META],
    json: [],
    bool: [],
    real: [],
    noun: 'source link',
  },
  scenarios: {
    columns: ['id', 'name', 'months', 'disruptions', 'notes', ...META],
    json: ['disruptions'],
    bool: [],
    real: [],
    noun: 'scenario',
  },
  check_reviews: {
    columns: ['id', 'check_id', 'record_type', 'record_id', 'note', 'tonnes', ...META],
    json: [],
    bool: [],
    real: ['tonnes'],
    noun: 'review',
  },
};

/** The tables whose records sources cite, by the record_type a source link names them with. */
export const CITED_TABLES: Readonly<Record<SourceLink['record_type'], TableName>> = { material: 'materials', facility: 'facilities', flow: 'flows' };

/** The record_type a source link gives a record of a table, for the tables sources cite. */
export const CITED_AS: Readonly<Partial<Record<TableName, SourceLink['record_type']>>> = Object.fromEntries(
  Object.entries(CITED_TABLES).map(([type, table]) => [table, type]),
);

/**
 * The fields by which a record names its parent records (foreign keys that must resolve),
 * by table. A source link's source is left out: a citation follows the record it cites.
 */
const PARENT_FIELDS: Readonly<Partial<Record<TableName, readonly { field: string; table: 'facilities' | 'materials' }[]>>> = {
  facilities: [{ field: 'capacity_material_id', table: 'materials' }],
  flows: [
    { field: 'from_id', table: 'facilities' },
    { field: 'to_id', table: 'facilities' },
    { field: 'material_id', table: 'materials' },
  ],
};

/** Whether records of the table name parent records (PARENT_FIELDS). */
export const hasParents = (table: TableName): boolean => PARENT_FIELDS[table] !== undefined;

/** The parent records a record names (its set PARENT_FIELDS). */
export function parentsOf(table: TableName, record: AnyRecord): { table: 'facilities' | 'materials'; id: string }[] {
  const row = record as unknown as Record<string, unknown>;
  const parents: { table: 'facilities' | 'materials'; id: string }[] = [];
  for (const { field, table: parent } of PARENT_FIELDS[table] ?? []) {
    const id = row[field];
    if (typeof id === 'string') parents.push({ table: parent, id });
  }
  return parents;
}

/** A change-log image (a record's before or after, as JSON) as the record; null stays null. */
export function parseImage(image: string | null): AnyRecord | null {
  return image === null ? null : (JSON.parse(image) as AnyRecord);
}

export function isTableName(name: string): name is TableName {
  return Object.prototype.hasOwnProperty.call(TABLES, name);
}

type Row = Record<string, unknown>;

export function encodeRecord(table: TableName, record: AnyRecord): Row {
  const spec = TABLES[table];
  const source = record as unknown as Row;
  const row: Row = {};
  for (const column of spec.columns) row[column] = source[column] ?? null;
  for (const column of spec.json) row[column] = JSON.stringify(source[column] ?? []);
  for (const column of spec.bool) row[column] = source[column] ? 1 : 0;
  return row;
}

export function decodeRow<T extends TableName>(table: T, row: Row): RecordByTable[T] {
  const spec = TABLES[table];
  if (spec.json.length === 0 && spec.bool.length === 0) return row as unknown as RecordByTable[T];
  const record: Row = { ...row };
  for (const column of spec.json) record[column] = JSON.parse(String(row[column] ?? '[]'));
  for (const column of spec.bool) record[column] = row[column] === 1;
  return record as unknown as RecordByTable[T];
}
