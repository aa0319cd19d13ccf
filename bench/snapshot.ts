// Benchmarks of snapshots: export of the big chain (20k facilities, 100k flows), import of
// that file (verify + merge) into a fresh empty workspace, and, for reference, the floor
// any import pays: gunzip and JSON.parse of the same file.
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { SNAPSHOT_TABLES } from '../db/model/snapshot';
import { exportSnapshot, mergeSnapshot, readSnapshotFile } from '../db/snapshot';
import { bigWorkspace, BIG, collectGarbage, freshWorkspace, metric, time, type BenchContext, type Benchmark } from './common';

const WHOLE = { countries: [], materials: [], stages: [], include_sensitive: true };

/** The big workspace's snapshot file, exported once per run. */
function bigSnapshot(ctx: BenchContext): { file: string; exportMs: number } {
  return ctx.memo('big-snapshot', () => {
    const { ws } = bigWorkspace(ctx);
    collectGarbage();
    const { ms, result } = time(() => exportSnapshot(ws, { filter: WHOLE, author: 'bench' }));
    if (result.header.counts.facilities !== BIG.facilities || result.header.counts.flows !== BIG.flows) {
      throw new Error(`The snapshot holds ${result.header.counts.facilities} facilities and ${result.header.counts.flows} flows`);
    }
    const file = path.join(ctx.dir, 'big.lodestone');
    fs.writeFileSync(file, result.bytes);
    ctx.log(`snapshot: ${(result.bytes.length / 1024 / 1024).toFixed(1)} MiB compressed`);
    return { file, exportMs: ms };
  });
}

/**
 * The big snapshot imported into a fresh workspace, and the floor (gunzip + JSON.parse of the
 * same file), measured once per run: the peers benchmark reports their ratio.
 */
export function snapshotImport(ctx: BenchContext): Promise<{ importMs: number; floorMs: number }> {
  return ctx.memo('big-snapshot-import', async () => {
    const { file } = bigSnapshot(ctx);
    const ws = freshWorkspace(ctx, 'snapshot-import');
    collectGarbage();
    const start = performance.now();
    const snapshot = await readSnapshotFile(file);
    const report = mergeSnapshot(ws, snapshot, { onConflict: 'fail', fileName: 'big.lodestone', author: 'bench' });
    const importMs = performance.now() - start;
    const total = SNAPSHOT_TABLES.reduce((n, t) => n + snapshot.records[t].length, 0);
    if (report.added !== total || ws.count('flows') !== BIG.flows) throw new Error(`The merge added ${report.added} of ${total} records`);
    collectGarbage();
    const floor = time(() => JSON.parse(gunzipSync(fs.readFileSync(file)).toString('utf8')) as unknown);
    ctx.log(`snapshot import ${Math.round(importMs)} ms, parse floor ${Math.round(floor.ms)} ms`);
    return { importMs, floorMs: floor.ms };
  });
}

export const SNAPSHOT_BENCHMARKS: Benchmark[] = [
  {
    name: 'snapshot-export',
    description: 'snapshot export of 20,000 facilities + 100,000 flows (select, canonical JSON, SHA-256, gzip)',
    run: (ctx) => [metric('snapshot export, 20k facilities + 100k flows', bigSnapshot(ctx).exportMs, 'ms', 3000)],
  },
  {
    name: 'snapshot-import',
    description: 'that snapshot verified and merged into a fresh empty workspace; and the floor: gunzip + JSON.parse',
    async run(ctx) {
      const { importMs, floorMs } = await snapshotImport(ctx);
      return [
        metric('snapshot import (verify + merge), 20k facilities + 100k flows', importMs, 'ms', 3000),
        // No target of its own: what reading the file costs before any check, for comparison.
        metric('snapshot read floor (gunzip + JSON.parse), for reference', floorMs, 'ms', 3000),
      ];
    },
  },
];
