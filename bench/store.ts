// Benchmarks of the workspace store: CSV import and export of the big chain, the latency
// of single edits through the service, and opening that workspace as an older version saved it.
import path from 'node:path';
import { exportCsv } from '../db/csv/export';
import { createService } from '../db/service';
import { SCHEMA_VERSION } from '../db/store/migrations';
import { schema4Copy } from '../db/test/schema4';
import { openWorkspace } from '../db/workspace';
import { bigWorkspace, collectGarbage, metric, percentile, time, type Benchmark } from './common';

export const STORE_BENCHMARKS: Benchmark[] = [
  {
    name: 'csv-import',
    description: 'CSV import of 20,000 facilities + 100,000 flows into a fresh workspace (validate, write, commit)',
    run: (ctx) => [metric('CSV import, 20k facilities + 100k flows', bigWorkspace(ctx).importMs, 'ms', 3000)],
  },
  {
    name: 'csv-export',
    description: 'CSV export of that workspace',
    run(ctx) {
      const { ws } = bigWorkspace(ctx);
      const { ms, result } = time(() => exportCsv(ws));
      if (!result.flows.startsWith('id,')) throw new Error('export produced no flows file');
      return [metric('CSV export, 20k facilities + 100k flows', ms, 'ms', 3000)];
    },
  },
  {
    name: 'write-latency',
    description: '1,000 facilities.update calls through the service on the 20k/100k workspace',
    run(ctx) {
      const { ws } = bigWorkspace(ctx);
      const service = createService(ws);
      const ids = (ws.db.prepare('SELECT id FROM facilities ORDER BY id LIMIT 1000').pluck().all() as string[]).slice();
      const samples: number[] = [];
      for (let i = 0; i < 1000; i++) {
        const id = ids[i % ids.length]!;
        const { ms } = time(() => service.run('facilities.update', { id, changes: { notes: `Checked in bench run, edit ${i}` } }));
        samples.push(ms);
      }
      samples.sort((a, b) => a - b);
      return [
        metric('facilities.update latency, median', percentile(samples, 50), 'ms', 5),
        metric('facilities.update latency, p95', percentile(samples, 95), 'ms', 16),
      ];
    },
  },
  {
    name: 'migrate',
    description: 'opening the 20k/100k workspace as schema 4 left it: backup copy, migration 5 (every record table rebuilt), compaction',
    run(ctx) {
      const { ws } = bigWorkspace(ctx);
      const file = path.join(ctx.dir, 'schema4.db');
      schema4Copy(ws.path, file);
      collectGarbage();
      const { ms, result } = time(() => ctx.track(openWorkspace(file)));
      if (result.db.pragma('user_version', { simple: true }) !== SCHEMA_VERSION || result.count('flows') !== ws.count('flows')) {
        throw new Error('The migrated workspace is not at the current schema with every flow');
      }
      return [metric('open a schema-4 workspace, 20k/100k (backup, migration, compaction)', ms, 'ms', 5000)];
    },
  },
];

