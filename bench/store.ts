// Benchmarks of the workspace store: CSV import and export of the big chain, and the latency
// of single edits through the service.
import { exportCsv } from '../db/csv/export';
import { createService } from '../db/service';
import { bigWorkspace, metric, percentile, time, type Benchmark } from './common';

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
];

