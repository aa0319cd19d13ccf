import fs from 'node:fs';
import path from 'node:path';
import { LodestoneError } from '../../db/errors';
import type { Command } from '../command';
import { formatCount } from '../table';

export const exportCsvCommand: Command = {
  name: 'export-csv',
  summary: 'write DIR/facilities.csv, DIR/flows.csv and DIR/materials.csv in the import format',
  usage: 'DIR',
  options: {},
  positionals: [1, 1],
  run(ctx) {
    const dir = ctx.positionals[0]!;
    const out = ctx.service().run('csv.export', {});
    try {
      fs.mkdirSync(dir, { recursive: true });
    } catch (error) {
      throw new LodestoneError('io', `Cannot create folder ${dir}: ${(error as Error).message}`);
    }
    const written: Record<string, { path: string; rows: number }> = {};
    for (const kind of ['facilities', 'flows', 'materials'] as const) {
      const file = path.join(dir, `${kind}.csv`);
      // Written beside, then renamed: a reader never sees half a file.
      const temp = `${file}.${process.pid}.tmp`;
      try {
        fs.writeFileSync(temp, out[kind]);
        fs.renameSync(temp, file);
      } catch (error) {
        fs.rmSync(temp, { force: true });
        throw new LodestoneError('io', `Cannot write ${file}: ${(error as Error).message}`);
      }
      written[kind] = { path: file, rows: countRows(out[kind]) };
    }
    if (ctx.json) return ctx.printJson({ dir, files: written });
    ctx.io.out(Object.values(written).map((w) => `Wrote ${w.path} (${formatCount(w.rows)} rows)`).join('\n'));
  },
};

/** Data rows of an exported file (records, not lines: notes may hold line breaks). */
function countRows(csv: string): number {
  let quoted = false;
  let rows = 0;
  for (let i = 0; i < csv.length; i++) {
    const c = csv.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 10 && !quoted) rows++;
  }
  return rows - 1;
}
