import fs from 'node:fs';
import type { ImportReport } from '../../db/api';
import { CsvImportError, importCsv, type CsvImportFiles } from '../../db/csv/import';
import { LodestoneError } from '../../db/errors';
import { UsageError } from '../args';
import type { Command, Context } from '../command';
import { formatCount, textTable } from '../table';

function readFile(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    throw new LodestoneError('io', `Cannot read ${file}: ${why}`);
  }
}

function printReport(ctx: Context, report: ImportReport, ok: boolean): void {
  if (ctx.json) return ctx.printJson(report);
  const kinds = ['materials', 'facilities', 'flows'] as const;
  const rows = kinds.map((k) => [k, ...[report.rows_read[k], report.created[k], report.updated[k], report.unchanged[k]].map(formatCount)]);
  const lines = [
    ok ? `Imported into ${ctx.workspace().path}` : 'Nothing was imported',
    textTable(['', 'read', 'created', 'updated', 'unchanged'], rows, [false, true, true, true, true]),
    `Sources created: ${formatCount(report.created.sources)}`,
    `New materials: ${report.new_materials.length ? report.new_materials.join(', ') : 'none'}`,
  ];
  if (report.errors.length) {
    lines.push(`Errors (${formatCount(report.errors.length)}):`);
    for (const e of report.errors) lines.push(`  ${e.file} line ${e.line}${e.field ? `, ${e.field}` : ''}: ${e.message}`);
  } else {
    lines.push('Errors: none');
  }
  ctx.io.out(lines.join('\n'));
}

export const importCsvCommand: Command = {
  name: 'import-csv',
  summary: 'import CSV files; every row is checked first and the import is all or nothing',
  usage: '--facilities F.csv [--flows G.csv] [--materials M.csv]',
  options: {
    facilities: { type: 'string', value: 'F.csv', description: 'facilities in the import format' },
    flows: { type: 'string', value: 'G.csv', description: 'flows (from/to: facility ids or unique names)' },
    materials: { type: 'string', value: 'M.csv', description: 'materials (id, name, form, elements, unit, reo_factor, notes)' },
  },
  positionals: [0, 0],
  run(ctx) {
    const files: CsvImportFiles = {};
    for (const kind of ['materials', 'facilities', 'flows'] as const) {
      const file = ctx.values[kind];
      if (typeof file === 'string') files[kind] = { name: file, data: readFile(file) };
    }
    if (!files.materials && !files.facilities && !files.flows) {
      throw new UsageError('import-csv needs at least one of --facilities, --flows, --materials');
    }
    try {
      printReport(ctx, importCsv(ctx.workspace(), files), true);
    } catch (error) {
      if (error instanceof CsvImportError) printReport(ctx, error.report, false);
      throw error;
    }
  },
};
