// The benchmark suite: `npm run bench [-- NAME...]` (or `lodestone bench`). Prints a table
// (metric, value, target, pass) and writes bench/results.json.
//
// A benchmark is an entry of BENCHMARKS: a name and a function returning metrics. Shared,
// expensive set-up (the generated chain, the imported workspace) goes through ctx.memo so
// each is built once per run, whichever benchmarks ask for it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { exportCsv } from '../db/csv/export';
import { importCsv } from '../db/csv/import';
import { createService } from '../db/service';
import { openWorkspace, type Workspace } from '../db/workspace';
import { chainToCsv, generateChain } from './generate';

export interface Metric {
  metric: string;
  value: number;
  unit: string;
  /** Pass when value <= target. */
  target: number;
  pass: boolean;
}

export interface BenchContext {
  /** A folder for this run's files, removed at the end. */
  dir: string;
  /** Builds a shared fixture once per run. */
  memo<T>(key: string, build: () => T): T;
  log(line: string): void;
  /** Closed at the end of the run. */
  track(ws: Workspace): Workspace;
}

export interface Benchmark {
  name: string;
  description: string;
  run(ctx: BenchContext): Metric[] | Promise<Metric[]>;
}

export function metric(name: string, value: number, unit: string, target: number): Metric {
  return { metric: name, value: Math.round(value * 100) / 100, unit, target, pass: value <= target };
}

export function time<T>(body: () => T): { ms: number; result: T } {
  const start = performance.now();
  const result = body();
  return { ms: performance.now() - start, result };
}

/** A full GC before a timed section, when the runtime allows it (no flag needed). */
export function collectGarbage(): void {
  try {
    v8.setFlagsFromString('--expose-gc');
    (vm.runInNewContext('gc') as () => void)();
  } catch {
    // not available: the figures include some collection of earlier garbage
  }
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

// ---------- fixtures ----------

export const BIG = { facilities: 20_000, flows: 100_000 } as const;

function bigCsv(ctx: BenchContext) {
  return ctx.memo('big-csv', () => {
    const { ms, result } = time(() => chainToCsv(generateChain({ ...BIG, seed: 1 })));
    ctx.log(`generated ${BIG.facilities} facilities and ${BIG.flows} flows in ${Math.round(ms)} ms`);
    const encoder = new TextEncoder();
    return { facilities: encoder.encode(result.facilities), flows: encoder.encode(result.flows), materials: encoder.encode(result.materials) };
  });
}

function freshWorkspace(ctx: BenchContext, name: string): Workspace {
  return ctx.track(openWorkspace(path.join(ctx.dir, `${name}.db`)));
}

/** The big chain imported into a workspace (by the csv-import benchmark, or here). */
function bigWorkspace(ctx: BenchContext): { ws: Workspace; importMs: number } {
  return ctx.memo('big-workspace', () => {
    const csv = bigCsv(ctx);
    const ws = freshWorkspace(ctx, 'big');
    collectGarbage(); // the generator's garbage is not the import's cost
    const { ms, result } = time(() =>
      importCsv(ws, {
        materials: { name: 'materials.csv', data: csv.materials },
        facilities: { name: 'facilities.csv', data: csv.facilities },
        flows: { name: 'flows.csv', data: csv.flows },
      }),
    );
    if (result.created.facilities !== BIG.facilities || result.created.flows !== BIG.flows) {
      throw new Error(`The import created ${result.created.facilities} facilities and ${result.created.flows} flows`);
    }
    return { ws, importMs: ms };
  });
}

// ---------- benchmarks ----------

export const BENCHMARKS: Benchmark[] = [
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

// ---------- running ----------

export interface BenchResults {
  machine: { cpus: number; cpu: string; memory_gb: number; node: string; platform: string };
  date: string;
  results: Metric[];
  table: string;
}

function formatTable(results: readonly Metric[]): string {
  const rows = results.map((r) => [r.metric, `${r.value} ${r.unit}`, `<= ${r.target} ${r.unit}`, r.pass ? 'yes' : 'NO']);
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
  const file = options.resultsFile === undefined ? fileURLToPath(new URL('./results.json', import.meta.url)) : options.resultsFile;
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
  process.stdout.write(`${output.table}\n${output.results.filter((r) => r.pass).length} of ${output.results.length} targets met\n`);
}
