// The problems an import finds, and the refusal that reports them.
import type { ImportReport } from '../../api';
import { LodestoneError, type FieldIssue } from '../../errors';

export type ImportIssue = ImportReport['errors'][number];

/** Errors kept in detail; beyond this they are only counted. */
export const MAX_REPORTED_ERRORS = 1000;

/** The import was refused; `report.errors` lists every problem found (up to a limit). */
export class CsvImportError extends LodestoneError {
  constructor(
    message: string,
    issues: FieldIssue[],
    readonly report: ImportReport,
  ) {
    super('validation', message, issues);
    this.name = 'CsvImportError';
  }
}

export class Problems {
  readonly list: ImportIssue[] = [];
  total = 0;
  add(file: string, line: number, field: string, message: string): void {
    this.total++;
    // Fields and messages quote the file's own text (a column name can be megabytes long).
    if (this.list.length < MAX_REPORTED_ERRORS) this.list.push({ file, line, field: clip(field, 80), message: clip(message, 400) });
  }
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}

/** The error that refuses the import: names the first problem and counts the others. */
export function refusal(problems: Problems, report: ImportReport): CsvImportError {
  report.errors = problems.list;
  const first = problems.list[0]!;
  const where = `${first.file} line ${first.line}${first.field ? `, ${first.field}` : ''}`;
  const more = problems.total > 1 ? ` (and ${problems.total - 1} more error${problems.total > 2 ? 's' : ''})` : '';
  const issues: FieldIssue[] = problems.list.map((p) => ({ path: p.field, line: p.line, message: `${p.file}: ${p.message}` }));
  return new CsvImportError(`${where}: ${first.message}${more}; nothing was imported`, issues, report);
}
