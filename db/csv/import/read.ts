// Reading one CSV file into a table: decode, parse, check the header and each row's width.
import { CSV_FORMAT, type CsvKind } from '../format';
import { CsvSyntaxError, decodeCsv, parseCsv, type CsvRow } from '../parse';
import type { Problems } from './problems';

export interface CsvFile {
  /** Shown in messages: "facilities.csv", or the path the user chose. */
  name: string;
  data: Uint8Array | string;
  /** The file's column (header text, any case) -> Lodestone column, or '' to ignore it; unmapped columns keep their name. */
  mapping?: ColumnMapping | undefined;
}

export type ColumnMapping = Readonly<Record<string, string>>;

/** The Lodestone column a header cell stands for under a mapping ('' = ignored). */
export function mappedColumn(raw: string, mapping: ColumnMapping | undefined): string {
  const name = raw.trim().toLowerCase();
  if (!mapping) return name;
  for (const [from, to] of Object.entries(mapping)) if (from.trim().toLowerCase() === name) return to.trim().toLowerCase();
  return name;
}

export const KINDS: readonly CsvKind[] = ['materials', 'facilities', 'flows'];

export interface Table {
  kind: CsvKind;
  file: string;
  /** column name -> index in each row */
  columns: Map<string, number>;
  rows: CsvRow[];
}

/** Decodes and parses one file and checks its header; null when it cannot be read. */
export function readTable(kind: CsvKind, file: CsvFile, problems: Problems): Table | null {
  let rows: CsvRow[];
  try {
    rows = parseCsv(decodeCsv(file.data));
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      problems.add(file.name, error.line, '', error.message);
      return null;
    }
    throw error;
  }
  const header = rows[0];
  if (!header) {
    problems.add(file.name, 1, '', `The file is empty; it needs a header row naming its columns (${CSV_FORMAT[kind].columns.join(', ')})`);
    return null;
  }
  const format = CSV_FORMAT[kind];
  const columns = new Map<string, number>();
  let ok = true;
  header.fields.forEach((raw, index) => {
    const name = mappedColumn(raw, file.mapping);
    if (name === '') return; // mapped to nothing: ignored
    if (!format.columns.includes(name)) {
      problems.add(file.name, header.line, raw, `Unknown column "${raw}"; the columns are: ${format.columns.join(', ')}`);
      ok = false;
    } else if (columns.has(name)) {
      problems.add(file.name, header.line, name, `Column "${name}" appears twice in the header${file.mapping ? ' (after mapping)' : ''}`);
      ok = false;
    } else {
      columns.set(name, index);
    }
  });
  for (const required of format.required) {
    if (!columns.has(required)) {
      problems.add(file.name, header.line, required, `Required column "${required}" is missing from the header`);
      ok = false;
    }
  }
  if (!ok) return null;
  const width = header.fields.length;
  const data: CsvRow[] = [];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.fields.length !== width) {
      problems.add(file.name, row.line, '', `This row has ${row.fields.length} fields but the header has ${width}`);
    } else {
      data.push(row);
    }
  }
  return { kind, file: file.name, columns, rows: data };
}
