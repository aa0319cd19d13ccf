// Shapes returned by the CSV preview and the graph export (db/csv/preview.ts, db/interop),
// here so that db/api.ts can name them without importing Node code.
export type CsvKindName = 'materials' | 'facilities' | 'flows';

export interface CsvPreview {
  kind: CsvKindName;
  header: string[];
  /** The first data rows, as text cells. */
  rows: { line: number; cells: string[] }[];
  total_rows: number;
  /** Each header column and the Lodestone column it maps to (null: ignored). */
  columns: { source: string; field: string | null }[];
  /** The Lodestone columns of this kind of file, for a mapping UI. */
  fields: readonly string[];
  required: readonly string[];
  errors: { file: string; line: number; field: string; message: string }[];
  error_count: number;
}

export const GRAPH_FORMATS = ['graphml', 'gexf', 'cyjs'] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

export interface GraphExport {
  format: GraphFormat;
  text: string;
  file_name: string;
  mime_type: string;
}
