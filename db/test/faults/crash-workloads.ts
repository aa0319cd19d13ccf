// The three workloads crash.test.ts interrupts, shared by the child that runs them and the
// test that prepares their data and checks what survived. Each is a sequence of steps; the
// child prints "begin N" before a step and "commit N" once it has returned (committed).
import fs from 'node:fs';
import path from 'node:path';
import type { Service } from '../../service';

export const KINDS = ['import', 'merge', 'edits'] as const;
export type CrashKind = (typeof KINDS)[number];

/** Two CSV imports of disjoint records, one after the other. */
export const IMPORTS = 2;
export const IMPORT_SIZE = { facilities: 1_500, flows: 5_000 };
/** One merge of a snapshot holding this many new records (plus the template's, unchanged). */
export const MERGE_SIZE = { facilities: 1_500, flows: 5_000 };
/** Single edits in a row: creates, revision-checked updates and flow creates, in turn. */
export const EDITS = 600;

/** Id prefixes of each workload's records. */
export const importPrefix = (n: number) => `i${n}`;
export const MERGE_PREFIX = 'm';
export const EDIT_COUNTER = 'edit-counter';

export const dataFile = {
  facilities: (dir: string, n: number) => path.join(dir, `import-${n}-facilities.csv`),
  flows: (dir: string, n: number) => path.join(dir, `import-${n}-flows.csv`),
  snapshot: (dir: string) => path.join(dir, 'merge.lodestone'),
};

/** What edit i does: 0 creates facility e-i, 1 sets the counter's capacity to i, 2 creates flow ef-i. */
export const editKind = (i: number) => (['create', 'update', 'flow'] as const)[i % 3]!;

type Report = (line: string) => void;

export function runWorkload(kind: CrashKind, service: Service, dataDir: string, report: Report): void {
  if (kind === 'import') {
    for (let n = 0; n < IMPORTS; n++) {
      report(`begin ${n}`);
      service.run('csv.import', {
        facilities: fs.readFileSync(dataFile.facilities(dataDir, n), 'utf8'),
        flows: fs.readFileSync(dataFile.flows(dataDir, n), 'utf8'),
      });
      report(`commit ${n}`);
    }
  } else if (kind === 'merge') {
    report('begin 0');
    const data = fs.readFileSync(dataFile.snapshot(dataDir)).toString('base64');
    service.run('snapshot.merge', { data, file_name: 'merge.lodestone', on_conflict: 'theirs', author: 'crash test' });
    report('commit 0');
  } else {
    let revision = service.run('facilities.get', { id: EDIT_COUNTER }).revision;
    for (let i = 0; i < EDITS; i++) {
      report(`begin ${i}`);
      const what = editKind(i);
      if (what === 'create') service.run('facilities.create', { id: `e-${i}`, name: `Edit ${i}`, stage: 'mine', country: 'AU' });
      if (what === 'update') revision = service.run('facilities.update', { id: EDIT_COUNTER, revision, changes: { capacity_t: i } }).revision;
      if (what === 'flow') service.run('flows.create', { id: `ef-${i}`, from_id: 'edit-a', to_id: 'edit-b', material_id: 'm-edit', volume_t: i });
      report(`commit ${i}`);
    }
  }
}
