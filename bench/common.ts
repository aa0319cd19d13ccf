// What every benchmark file shares: the Metric and Benchmark types, timing helpers, and the
// expensive fixtures (the generated 20k/100k chain and the workspace it is imported into),
// built once per run through ctx.memo whichever benchmarks ask for them.
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { importCsv } from '../db/csv/import';
import { openWorkspace, type Workspace } from '../db/workspace';
import { chainToCsv, generateChain } from './generate';

export interface Metric {
  metric: string;
  value: number;
  unit: string;
  /** Pass when value <= target; null for a figure reported for reference, with no target. */
  target: number | null;
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

export function metric(name: string, value: number, unit: string, target: number | null): Metric {
  return { metric: name, value: Math.round(value * 100) / 100, unit, target, pass: target === null || value <= target };
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

/** The median of three timed runs of `body`, the collector run before each: one run swings with it on a small machine. */
export function medianOf3(body: () => unknown): number {
  const runs = [0, 1, 2].map(() => {
    collectGarbage();
    return time(body).ms;
  });
  return runs.sort((a, b) => a - b)[1]!;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

// ---------- fixtures ----------

export const BIG = { facilities: 20_000, flows: 100_000 } as const;

export function bigCsv(ctx: BenchContext) {
  return ctx.memo('big-csv', () => {
    const { ms, result } = time(() => chainToCsv(generateChain({ ...BIG, seed: 1 })));
    ctx.log(`generated ${BIG.facilities} facilities and ${BIG.flows} flows in ${Math.round(ms)} ms`);
    const encoder = new TextEncoder();
    return { facilities: encoder.encode(result.facilities), flows: encoder.encode(result.flows), materials: encoder.encode(result.materials) };
  });
}

export function freshWorkspace(ctx: BenchContext, name: string): Workspace {
  return ctx.track(openWorkspace(path.join(ctx.dir, `${name}.db`)));
}

/** The big chain imported into a workspace (by the csv-import benchmark, or here). */
export function bigWorkspace(ctx: BenchContext): { ws: Workspace; importMs: number } {
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

