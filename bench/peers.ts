// Side by side with the tools an analyst would otherwise reach for, in the same run and on
// the same generated chain (20,000 facilities, 100,000 flows):
//   - CSV import: the sqlite3 shell's `.import --csv` of the same three files into a fresh
//     database (no validation, no references, no indexes: the floor for getting CSV rows into
//     SQLite) against Lodestone's import (bigWorkspace's measurement). Target: within 2x.
//   - Chokepoints: Python networkx on Lodestone's GraphML export (bench/peers-networkx.py:
//     immediate dominators from a virtual source, and betweenness sampled from K sources,
//     the exact measure being hours at this size) against Lodestone's chokepoints for all
//     OEMs (shares per facility and country, and the dominators). Target: Lodestone faster.
//   - Snapshot import against its floor, gunzip + JSON.parse of the same file, both measured
//     by bench/snapshot.ts. Target: within 3x.
// A peer that is not installed is skipped with the reason printed; its figures are absent.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chokepoints, defaultTargets } from '../db/analysis/chokepoints';
import { exportGraph } from '../db/interop';
import { bigGraph } from './analysis';
import { bigCsv, bigWorkspace, medianOf3, metric, time, type BenchContext, type Benchmark, type Metric } from './common';
import { snapshotImport } from './snapshot';
import { schemaFloor } from './sqlite-schema-floor';

/** Betweenness source samples for networkx (about 3 s on the bench machine). */
const BETWEENNESS_K = 32;
const NETWORKX_SCRIPT = fileURLToPath(new URL('./peers-networkx.py', import.meta.url));

/** Why a command cannot be used, or null when it runs. */
function missing(command: string, args: readonly string[], what: string): string | null {
  const probe = spawnSync(command, args, { encoding: 'utf8' });
  if (probe.error) return `${command} is not installed (${what})`;
  if (probe.status !== 0) return `${command} cannot run ${what}: ${(probe.stderr || probe.stdout).trim().split('\n').pop()}`;
  return null;
}

function csvVsSqlite(ctx: BenchContext): Metric[] {
  const why = missing('sqlite3', ['-version'], 'the sqlite3 shell');
  if (why) {
    ctx.log(`peers: skipping the sqlite3 .import comparison: ${why}`);
    return [];
  }
  const csv = bigCsv(ctx);
  const dir = path.join(ctx.dir, 'peers-csv');
  fs.mkdirSync(dir, { recursive: true });
  for (const table of ['materials', 'facilities', 'flows'] as const) fs.writeFileSync(path.join(dir, `${table}.csv`), csv[table]);
  const { importMs } = bigWorkspace(ctx);

  const db = path.join(dir, 'sqlite3.db');
  const commands = ['materials', 'facilities', 'flows'].map((t) => `.import --csv ${JSON.stringify(path.join(dir, `${t}.csv`))} ${t}`);
  const run = time(() => spawnSync('sqlite3', ['-bail', db, ...commands, 'SELECT count(*) FROM facilities; SELECT count(*) FROM flows;'], { encoding: 'utf8' }));
  const counts = run.result.stdout.trim().split('\n');
  if (run.result.status !== 0 || counts[0] !== '20000' || counts[1] !== '100000') {
    throw new Error(`sqlite3 .import did not load the files: status ${run.result.status}, counts ${counts.join('/')}, ${run.result.stderr}`);
  }
  // The floor under any import into Lodestone's schema, from the same shell (why 2x is out of reach: README.md).
  const floor = schemaFloor(ctx, bigWorkspace(ctx).ws, dir);
  return [
    metric('peers: sqlite3 shell .import --csv of the same files (fresh database)', run.ms, 'ms', null),
    metric('peers: CSV import, Lodestone / sqlite3 .import', importMs / run.ms, 'x', 2),
    metric("peers: sqlite3 shell loading the same rows into Lodestone's tables, for reference", floor.loadMs, 'ms', null),
    metric("peers: of which storing them in the tables (types, CHECKs, keys, indexes), for reference", floor.storeMs, 'ms', null),
    metric("peers: sqlite3 into Lodestone's tables / sqlite3 .import, for reference", floor.loadMs / run.ms, 'x', null),
    metric("peers: CSV import, Lodestone / sqlite3 into Lodestone's tables, for reference", importMs / floor.loadMs, 'x', null),
  ];
}

function chokepointsVsNetworkx(ctx: BenchContext): Metric[] {
  const why = missing('python3', ['-c', 'import networkx'], 'networkx');
  if (why) {
    ctx.log(`peers: skipping the networkx comparison: ${why}`);
    return [];
  }
  const { ws } = bigWorkspace(ctx);
  const file = path.join(ctx.dir, 'peers.graphml');
  fs.writeFileSync(file, exportGraph(ws, 'graphml').text);
  const child = spawnSync('python3', [NETWORKX_SCRIPT, file, String(BETWEENNESS_K)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`bench/peers-networkx.py failed: ${child.stderr}`);
  const nx = JSON.parse(child.stdout) as { n: number; m: number; read_ms: number; dominators_ms: number; betweenness_ms: number; networkx: string };

  const { graph } = bigGraph(ctx);
  if (nx.n !== graph.n) throw new Error(`networkx counted ${nx.n} facilities, Lodestone ${graph.n}: not the same graph`);
  // Median of three: one run at ~0.1-0.3 s swings with the collector on a small machine.
  const targets = defaultTargets(graph);
  const ours = { ms: medianOf3(() => chokepoints(graph, targets)) };
  ctx.log(`peers: networkx ${nx.networkx} on ${nx.n} facilities and ${nx.m} facility pairs; Lodestone ${graph.n} facilities, ${graph.m} flows`);
  return [
    metric('peers: networkx read_graphml of the export, for reference', nx.read_ms, 'ms', null),
    metric('peers: networkx immediate_dominators from a virtual source', nx.dominators_ms, 'ms', null),
    metric(`peers: networkx betweenness, ${BETWEENNESS_K} sampled sources`, nx.betweenness_ms, 'ms', null),
    metric('peers: networkx betweenness, exact, estimated (sampled x n / k)', (nx.betweenness_ms * nx.n) / BETWEENNESS_K, 'ms', null),
    metric('peers: Lodestone chokepoints for all OEMs (shares + dominators), median of 3', ours.ms, 'ms', null),
    metric('peers: chokepoints, Lodestone / networkx dominators alone', ours.ms / nx.dominators_ms, 'x', 1),
    metric(`peers: chokepoints, Lodestone / networkx dominators + sampled betweenness`, ours.ms / (nx.dominators_ms + nx.betweenness_ms), 'x', 1),
  ];
}

async function snapshotVsFloor(ctx: BenchContext): Promise<Metric[]> {
  const { importMs, floorMs } = await snapshotImport(ctx);
  return [metric('peers: snapshot import / read floor (gunzip + JSON.parse)', importMs / floorMs, 'x', 3)];
}

export const PEER_BENCHMARKS: Benchmark[] = [
  { name: 'peers-csv', description: 'CSV import against the sqlite3 shell .import of the same files', run: csvVsSqlite },
  { name: 'peers-networkx', description: 'chokepoints against networkx dominators and betweenness on the GraphML export', run: chokepointsVsNetworkx },
  { name: 'peers-snapshot', description: 'snapshot import against gunzip + JSON.parse of the same file', run: snapshotVsFloor },
];
