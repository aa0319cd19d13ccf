// A CSV file checked under a column mapping without importing it: its header, its first
// rows, how each column maps, and every problem by line, exactly as the import would find
// them against the workspace as it is. Nothing is written.
export type { CsvPreview };
import type { CsvPreview } from '../model/exchange-types';
import type { Workspace } from '../workspace';
import { CSV_FORMAT, type CsvKind } from './format';
import { emptyReport, validateTables } from './import';
import { Problems } from './import/problems';
import { mappedColumn, readTable, type ColumnMapping, type Table } from './import/read';
import { CsvSyntaxError, decodeCsv, parseCsv } from './parse';

export interface CsvPreviewInput {
  kind: CsvKind;
  text: string;
  file_name?: string | undefined;
  mapping?: ColumnMapping | undefined;
  /** How many data rows to return. */
  rows?: number | undefined;
  /**
   * Files to be imported together with this one, read only so that the records they define
   * count (flows naming facilities of facilities.csv); their own problems are not reported.
   */
  alongside?: Partial<Record<CsvKind, { text: string; file_name?: string | undefined; mapping?: ColumnMapping | undefined }>> | undefined;
}

/** Keeps only the problems of one file. */
class ProblemsOf extends Problems {
  constructor(private readonly file: string) {
    super();
  }
  override add(file: string, line: number, field: string, message: string): void {
    if (file === this.file) super.add(file, line, field, message);
  }
}

export function previewCsv(ws: Workspace, input: CsvPreviewInput): CsvPreview {
  const name = input.file_name ?? `${input.kind}.csv`;
  const format = CSV_FORMAT[input.kind];
  const preview: CsvPreview = {
    kind: input.kind, header: [], rows: [], total_rows: 0, columns: [], fields: format.columns, required: format.required, errors: [], error_count: 0,
  };
  const problems = new ProblemsOf(name);
  try {
    const parsed = parseCsv(decodeCsv(input.text));
    preview.header = parsed[0]?.fields ?? [];
    preview.total_rows = Math.max(0, parsed.length - 1);
    preview.rows = parsed.slice(1, 1 + (input.rows ?? 20)).map((row) => ({ line: row.line, cells: row.fields }));
    preview.columns = preview.header.map((source) => {
      const field = mappedColumn(source, input.mapping);
      return { source, field: field === '' ? null : field };
    });
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    // readTable reports it with its line below
  }
  const table = readTable(input.kind, { name, data: input.text, mapping: input.mapping }, problems);
  if (table) validateTables(ws, { ...companionTables(input), [input.kind]: table }, problems, emptyReport());
  preview.errors = problems.list;
  preview.error_count = problems.total;
  return preview;
}

function companionTables(input: CsvPreviewInput): Partial<Record<CsvKind, Table>> {
  const tables: Partial<Record<CsvKind, Table>> = {};
  for (const [kind, file] of Object.entries(input.alongside ?? {}) as [CsvKind, NonNullable<CsvPreviewInput['alongside']>[CsvKind]][]) {
    if (!file || kind === input.kind) continue;
    const table = readTable(kind, { name: file.file_name ?? `${kind}.csv`, data: file.text, mapping: file.mapping }, new Problems());
    if (table) tables[kind] = table;
  }
  return tables;
}
