// The benchmark suite: `npm run bench [-- NAME...]` (or `lodestone bench`). Prints a table
// (metric, value, target, pass) and writes bench/results.json.
//
// A benchmark is an entry of BENCHMARKS: a name and a function returning metrics; each area
// keeps its benchmarks in its own file (store.ts, ...) and they are listed here. Shared,
// expensive set-up lives in common.ts and goes through ctx.memo, so each is built once per run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Workspace } from '../db/workspace';
import type { BenchContext, Benchmark, Metric } from './common';
import { ANALYSIS_BENCHMARKS } from './analysis';
import { DIAGRAM_BENCHMARKS } from './diagram';
import { PEER_BENCHMARKS } from './peers';
import { SNAPSHOT_BENCHMARKS } from './snapshot';
import { STORE_BENCHMARKS } from './store';

export * from './common';

export const BENCHMARKS: Benchmark[] = [...STORE_BENCHMARKS, ...ANALYSIS_BENCHMARKS, ...SNAPSHOT_BENCHMARKS, ...DIAGRAM_BENCHMARKS, ...PEER_BENCHMARKS];

// ---------- running ----------

export interface BenchResults {
  machine: { cpus: number; cpu: string; memory_gb: number; node: string; platform: string };
  date: string;
  results: Metric[];
  table: string;
}

function formatTable(results: readonly Metric[]): string {
  const rows = results.map((r) =>
    r.target === null ? [r.metric, `${r.value} ${r.unit}`, '(reference)', ''] : [r.metric, `${r.value} ${r.unit}`, `<= ${r.target} ${r.unit}`, r.pass ? 'yes' : 'NO'],
  );
  const header = ['metric', 'value', 'target', 'pass'];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((row) => row[c]!.length)));
  const line = (cells: string[]) => cells.map((cell, c) => (c === 1 || c === 2 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export async function runBenchmarks(
  options: { only?: readonly string[]; log?: (line: string) => void; resultsFile?: string | null } = {},
): Promise<BenchResults> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const unknown = (options.only ?? []).filter((name) => !BENCHMARKS.some((b) => b.name === name));
  if (unknown.length) throw new Error(`Unknown benchmark ${unknown.join(', ')}; known: ${BENCHMARKS.map((b) => b.name).join(', ')}`);
  const selected = options.only?.length ? BENCHMARKS.filter((b) => options.only!.includes(b.name)) : BENCHMARKS;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-bench-'));
  const memos = new Map<string, unknown>();
  const workspaces: Workspace[] = [];
  const ctx: BenchContext = {
    dir,
    log,
    memo<T>(key: string, build: () => T): T {
      if (!memos.has(key)) memos.set(key, build());
      return memos.get(key) as T;
    },
    track(ws) {
      workspaces.push(ws);
      return ws;
    },
  };
  const results: Metric[] = [];
  try {
    for (const benchmark of selected) {
      log(`running ${benchmark.name}: ${benchmark.description}`);
      results.push(...(await benchmark.run(ctx)));
    }
  } finally {
    for (const ws of workspaces) ws.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const cpus = os.cpus();
  const output: BenchResults = {
    machine: {
      cpus: cpus.length,
      cpu: cpus[0]?.model.trim() ?? '',
      memory_gb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
    },
    date: new Date().toISOString(),
    results,
    table: formatTable(results),
  };
  // results.json holds a whole run: a run of some benchmarks only does not replace it.
  const whole = selected.length === BENCHMARKS.length;
  const file = options.resultsFile === undefined ? (whole ? fileURLToPath(new URL('./results.json', import.meta.url)) : null) : options.resultsFile;
  if (!file && !whole) log('some benchmarks only: bench/results.json left as it was');
  if (file) {
    const { table: _table, ...json } = output;
    fs.writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
    log(`wrote ${file}`);
  }
  return output;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  const only = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
  const output = await runBenchmarks({ only });
  const targeted = output.results.filter((r) => r.target !== null);
  process.stdout.write(`${output.table}\n${targeted.filter((r) => r.pass).length} of ${targeted.length} targets met\n`);
}
