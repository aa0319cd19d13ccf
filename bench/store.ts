// Benchmarks of the workspace store: CSV import and export of the big chain, the latency
// of single edits through the service, and opening that workspace as an older version saved it.
import path from 'node:path';
import { exportCsv } from '../db/csv/export';
import { createService, type Service } from '../db/service';
import { SCHEMA_VERSION } from '../db/store/migrations';
import { schema4Copy } from '../db/test/schema4';
import { openWorkspace, type Workspace } from '../db/workspace';
import { bigWorkspace, collectGarbage, metric, percentile, time, type BenchContext, type Benchmark } from './common';

/**
 * The big workspace copied to a file of its own and opened with its service: for benchmarks
 * whose writes (and the change-log entries of their undos) would weigh on the benchmarks after
 * them that copy the whole file (migrate).
 */
function bigWorkspaceCopy(ctx: BenchContext, name: string): { ws: Workspace; service: Service } {
  const file = path.join(ctx.dir, `${name}.db`);
  bigWorkspace(ctx).ws.db.exec(`VACUUM INTO '${file.replace(/'/g, "''")}'`);
  const ws = ctx.track(openWorkspace(file));
  return { ws, service: createService(ws) };
}

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
    name: 'bulk-edit',
    description: 'every facility (20,000) and every flow (100,000) of the big workspace edited at once through the service (facilities.updateMany, flows.updateMany, sources.linkMany), each then undone',
    run(ctx) {
      // On a copy: the edits and undos add 280,000 change-log entries.
      const { ws, service } = bigWorkspaceCopy(ctx, 'bulk-edit');
      const facilityIds = ws.db.prepare('SELECT id FROM facilities').pluck().all() as string[];
      const flowIds = ws.db.prepare('SELECT id FROM flows').pluck().all() as string[];
      const source = service.run('sources.create', { title: 'Bench bulk citation' });
      const steps = [
        { name: 'facilities.updateMany, 20k facilities (confidence)', run: () => seenOf(service.run('facilities.updateMany', { ids: facilityIds, changes: { confidence: 'high' } })) },
        { name: 'flows.updateMany, 100k flows (year, confidence)', run: () => seenOf(service.run('flows.updateMany', { ids: flowIds, changes: { year: 2030, confidence: 'high' } })) },
        { name: 'sources.linkMany, 20k facilities', run: () => seenOf(service.run('sources.linkMany', { source_id: source.id, record_type: 'facility', record_ids: facilityIds, note: '' })) },
      ];
      const metrics = [];
      for (const step of steps) {
        collectGarbage();
        const { ms, result } = time(step.run);
        const expected = step.name.includes('100k') ? flowIds.length : facilityIds.length;
        if (result !== expected) throw new Error(`${step.name}: went through ${result} records, expected ${expected}`);
        const undo = time(() => service.run('history.undo', {}));
        const target = step.name.includes('100k') ? 4000 : 1000;
        metrics.push(metric(step.name, ms, 'ms', target), metric('  undo of it', undo.ms, 'ms', target));
      }
      service.run('sources.delete', { id: source.id });
      return metrics;
    },
  },
  {
    name: 'checks-review',
    description: 'every open warning of the data checks on the big workspace (~22,000) marked reviewed in one step, the checks with those reviews, and the undo',
    run(ctx) {
      // On a copy, as bulk-edit: the reviews and their undo add change-log entries.
      const { service } = bigWorkspaceCopy(ctx, 'checks-review');
      const open = service.run('analysis.checks', { include_planned: true }).findings.filter((f) => f.severity === 'warning');
      const findings = open.map((f) => ({ check: f.check, record_id: f.record.id }));
      collectGarbage();
      const review = time(() => service.run('checks.review', { findings, note: 'Bench: judged right as recorded', include_planned: true }));
      if (review.result.reviewed !== findings.length) throw new Error(`reviewed ${review.result.reviewed} of ${findings.length} warnings`);
      collectGarbage();
      const checked = time(() => service.run('analysis.checks', { include_planned: true }));
      if (checked.result.counts.warning !== 0 || checked.result.reviewed.warning !== findings.length) throw new Error('the reviews did not set the warnings aside');
      const undo = time(() => service.run('history.undo', {}));
      ctx.log(`checks-review: ${findings.length} warnings reviewed`);
      return [
        metric(`checks.review, ${findings.length.toLocaleString('en-US')} warnings in one step`, review.ms, 'ms', 2000),
        metric('  analysis.checks with those reviews', checked.ms, 'ms', 1500),
        metric('  undo of the review', undo.ms, 'ms', 2000),
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

/** Records a bulk operation went through: changed, or already as asked. */
function seenOf(result: { updated: number; unchanged: number } | { linked: number; already: number }): number {
  return 'updated' in result ? result.updated + result.unchanged : result.linked + result.already;
}
