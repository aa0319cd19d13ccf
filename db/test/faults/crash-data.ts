// The data crash.test.ts's workloads run on: a template workspace (materials, sources and the
// records the edits touch) that every run starts from as a copy, the CSV files of the imports
// and the snapshot of the merge, all generated from fixed seeds.
import fs from 'node:fs';
import path from 'node:path';
import { chainToCsv, generateChain } from '../../../bench/generate';
import { createService } from '../../service';
import { exportSnapshot } from '../../snapshot';
import { openWorkspace } from '../../workspace';
import { dataFile, EDIT_COUNTER, IMPORTS, IMPORT_SIZE, importPrefix, MERGE_PREFIX, MERGE_SIZE } from './crash-workloads';

/** A generated chain whose facility and flow ids and names carry `prefix`, so chains never collide. */
export function prefixedChainCsv(prefix: string, size: { facilities: number; flows: number }, seed: number) {
  const chain = generateChain({ ...size, seed });
  const renamed = new Map(chain.facilities.map((f) => [f.name, `${prefix} ${f.name}`]));
  for (const f of chain.facilities) {
    f.id = `${prefix}-${f.id}`;
    f.name = `${prefix} ${f.name}`;
  }
  // Flows name their ends by id or (some) by name.
  const end = (ref: string) => renamed.get(ref) ?? `${prefix}-${ref}`;
  for (const f of chain.flows) {
    f.id = `${prefix}-${f.id}`;
    f.from = end(f.from);
    f.to = end(f.to);
  }
  return chainToCsv(chain);
}

export interface CrashData {
  template: string;
  dataDir: string;
}

export function prepareCrashData(dir: string): CrashData {
  const template = path.join(dir, 'template.db');
  const ws = openWorkspace(template);
  const service = createService(ws);
  const base = generateChain({ facilities: 12, flows: 12 });
  service.run('csv.import', { materials: chainToCsv(base).materials });
  for (const title of base.sources) service.run('sources.create', { title });
  service.run('materials.create', { id: 'm-edit', name: 'Edit test material', form: 'oxide' });
  service.run('facilities.create', { id: EDIT_COUNTER, name: 'Edit counter', stage: 'mine', country: 'AU', capacity_t: 0 });
  service.run('facilities.create', { id: 'edit-a', name: 'Edit A', stage: 'mine', country: 'AU' });
  service.run('facilities.create', { id: 'edit-b', name: 'Edit B', stage: 'separation', country: 'MY' });
  ws.close();

  for (let n = 0; n < IMPORTS; n++) {
    const csv = prefixedChainCsv(importPrefix(n), IMPORT_SIZE, 100 + n);
    fs.writeFileSync(dataFile.facilities(dir, n), csv.facilities);
    fs.writeFileSync(dataFile.flows(dir, n), csv.flows);
  }

  // The snapshot comes from a copy of the template: its shared records are the same versions.
  const source = path.join(dir, 'merge-source.db');
  fs.copyFileSync(template, source);
  const other = openWorkspace(source);
  const csv = prefixedChainCsv(MERGE_PREFIX, MERGE_SIZE, 200);
  createService(other).run('csv.import', { facilities: csv.facilities, flows: csv.flows });
  const filter = { countries: [], materials: [], stages: [], include_sensitive: true };
  fs.writeFileSync(dataFile.snapshot(dir), exportSnapshot(other, { filter, author: 'colleague' }).bytes);
  other.close();
  fs.rmSync(source);
  return { template, dataDir: dir };
}
