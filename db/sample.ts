// The rare-earth sample workspace (assets/sample): sources.json, the three CSV files and
// the saved scenarios of scenarios.json, loaded into an empty workspace as one undoable batch.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import type { ImportReport } from './api';
import { importCsv, type CsvImportFiles } from './csv/import';
import { issuesFromZod, LodestoneError, parseErrorDetail, validationError } from './errors';
import { scenarioCreateSchema } from './model/analysis';
import { sourceCreateSchema } from './model/schemas';
import { requireNewId } from './repos/common';
import { checkScenarioReferences } from './repos/scenarios';
import { insertSource } from './repos/sources';
import type { Workspace } from './workspace';

export const SAMPLE_LABEL = 'Load the rare-earth sample workspace';

/** assets/sample beside the source tree; hosts that bundle the code pass their own folder. */
export function defaultSampleDir(): string {
  return fileURLToPath(new URL('../assets/sample', import.meta.url));
}

function isEmpty(ws: Workspace): boolean {
  return (['materials', 'facilities', 'flows', 'sources', 'source_links', 'scenarios'] as const).every((table) => ws.count(table) === 0);
}

function readIfPresent(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new LodestoneError('io', `Cannot read ${file}: ${(error as Error).message}`);
  }
}

/** A JSON array of the sample's records (absent: none), each checked by its schema. */
function readList<T>(file: string, what: string, schema: z.ZodType<T>): T[] {
  const bytes = readIfPresent(file);
  if (!bytes) return [];
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    throw new LodestoneError('validation', `${file}: not valid UTF-8 JSON (${parseErrorDetail(error)})`);
  }
  if (!Array.isArray(data)) throw new LodestoneError('validation', `${file}: expected an array of ${what}`);
  return data.map((item, index) => {
    const parsed = schema.safeParse(item);
    if (!parsed.success) throw validationError(issuesFromZod(parsed.error, `[${index}]`), file);
    return parsed.data;
  });
}

/** Loads the sample into an empty workspace; 'conflict' if the workspace has records. */
export function loadSample(ws: Workspace, sampleDir: string): ImportReport {
  const notEmpty = () => new LodestoneError('conflict', 'The workspace is not empty; the sample loads only into an empty workspace');
  if (!isEmpty(ws)) throw notEmpty();
  if (!fs.existsSync(path.join(sampleDir, 'facilities.csv'))) {
    throw new LodestoneError('io', `The sample workspace is missing: no facilities.csv in ${sampleDir}`);
  }
  const sources = readList(path.join(sampleDir, 'sources.json'), 'sources', sourceCreateSchema);
  const scenariosFile = path.join(sampleDir, 'scenarios.json');
  const scenarios = readList(scenariosFile, 'scenarios', scenarioCreateSchema);
  const files: CsvImportFiles = {};
  for (const kind of ['materials', 'facilities', 'flows'] as const) {
    const data = readIfPresent(path.join(sampleDir, `${kind}.csv`));
    if (data) files[kind] = { name: `sample/${kind}.csv`, data };
  }
  return importCsv(ws, files, {
    label: SAMPLE_LABEL,
    before: (tx) => {
      if (!isEmpty(ws)) throw notEmpty(); // again inside the transaction: another program may have written
      for (const source of sources) insertSource(ws, tx, source);
    },
    after: (tx) => {
      scenarios.forEach(({ id, scenario }, index) => {
        try {
          checkScenarioReferences(ws, scenario, `[${index}].scenario.`);
        } catch (error) {
          // the same refusal, its field issues kept, said of the file
          if (!(error instanceof LodestoneError)) throw error;
          throw validationError(error.issues, scenariosFile);
        }
        tx.insert('scenarios', { ...scenario, id: requireNewId(ws, 'scenarios', id) });
      });
    },
  });
}
