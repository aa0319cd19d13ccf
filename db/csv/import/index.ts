// CSV import (interfaces.md "CSV import format"): every row of every file is validated
// first, against the workspace plus the files themselves; any error refuses the whole import
// and writes nothing. Otherwise everything is written in one batch, so one undo reverts it.
//
// read.ts reads each file; validate-*.ts check each kind's rows into plans (new records
// through the compiled checks of *-check.ts, anything else through the schemas), resolving
// names through *-names.ts and source-titles.ts; write.ts writes the plans.
import type { ImportReport } from '../../api';
import { writeBatch, type Tx } from '../../store/changes';
import type { Workspace } from '../../workspace';
import type { CsvKind } from '../format';
import { importContext, type ImportContext } from './context';
import { withLargeCache } from './large-cache';
import { Problems, refusal } from './problems';
import { KINDS, readTable, type CsvFile, type Table } from './read';
import { validateFacilities } from './validate-facilities';
import { validateFlows } from './validate-flows';
import { validateMaterials } from './validate-materials';
import { writeImport } from './write';

export { CsvImportError, MAX_REPORTED_ERRORS, type ImportIssue } from './problems';
export type { ColumnMapping, CsvFile } from './read';

export interface CsvImportFiles {
  materials?: CsvFile | undefined;
  facilities?: CsvFile | undefined;
  flows?: CsvFile | undefined;
}

export interface CsvImportOptions {
  /** Label of the batch in the history (undo menu); a summary of the files by default. */
  label?: string;
  /** Runs first inside the import's transaction (e.g. the sample's sources). */
  before?: (tx: Tx) => void;
  /** Runs last inside the import's transaction, the rows written (e.g. the sample's scenarios, which name its facilities). */
  after?: (tx: Tx) => void;
}

/**
 * Imports CSV files (any subset) into the workspace: validates everything, then writes it
 * all in one batch of kind 'import'. Throws CsvImportError (code 'validation') naming the
 * first problem, with every problem in `issues` and `report.errors`, and writes nothing.
 */
export function importCsv(ws: Workspace, files: CsvImportFiles, options: CsvImportOptions = {}): ImportReport {
  const problems = new Problems();
  const tables: Partial<Record<CsvKind, Table>> = {};
  for (const kind of KINDS) {
    const file = files[kind];
    if (file) tables[kind] = readTable(kind, file, problems) ?? undefined;
  }
  const report = emptyReport();
  for (const kind of KINDS) report.rows_read[kind] = tables[kind]?.rows.length ?? 0;

  const label = options.label ?? defaultLabel(report.rows_read);
  // Validation runs inside the batch's (immediate) transaction, so that what it checked is
  // what gets written even if another program shares the file; a refusal rolls back.
  return withLargeCache(ws, report.rows_read.facilities + report.rows_read.flows, () =>
    writeBatch(ws, { label, kind: 'import', checkForeignKeysAtEnd: true }, (tx) => {
      options.before?.(tx);
      const ctx = validateTables(ws, tables, problems, report);
      if (problems.total > 0) throw refusal(problems, report);
      writeImport(tx, ctx);
      options.after?.(tx);
      // an import that changed nothing leaves no batch (writeBatch drops it)
      report.batch_id = tx.count > 0 ? tx.batchId : null;
      return report;
    }),
  );
}

/** Checks every row of the tables read (no writes): the plans, with any problems in `problems`. */
export function validateTables(ws: Workspace, tables: Partial<Record<CsvKind, Table>>, problems: Problems, report: ImportReport): ImportContext {
  const ctx = importContext(ws, problems, report);
  if (tables.materials) validateMaterials(ctx, tables.materials);
  if (tables.facilities || tables.flows) ctx.facilities.load(ws);
  if (tables.facilities) validateFacilities(ctx, tables.facilities);
  if (tables.flows) validateFlows(ctx, tables.flows);
  return ctx;
}

export function emptyReport(): ImportReport {
  return {
    rows_read: { materials: 0, facilities: 0, flows: 0 },
    created: { materials: 0, facilities: 0, flows: 0, sources: 0 },
    updated: { materials: 0, facilities: 0, flows: 0 },
    unchanged: { materials: 0, facilities: 0, flows: 0 },
    new_materials: [],
    errors: [],
    batch_id: null,
  };
}

function defaultLabel(rows: ImportReport['rows_read']): string {
  const parts = KINDS.filter((k) => rows[k] > 0).map((k) => `${rows[k].toLocaleString('en-US')} ${rows[k] === 1 ? k.replace(/ies$/, 'y').replace(/s$/, '') : k}`);
  return `Import CSV${parts.length ? `: ${parts.join(', ')}` : ''}`;
}
