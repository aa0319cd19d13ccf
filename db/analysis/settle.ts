// Walking the graph upstream before downstream. Facilities outside recycling loops are
// settled once, in order; the facilities of a loop (a cyclic component) are swept again
// and again until nothing changes by more than the tolerance (Gauss-Seidel iteration).
//
// Why iterate rather than solve the linear system: every analysis here is a sparse linear
// map per component (a mix passes on in proportion to flow volumes), often with many
// right-hand sides at once (one per stage-country class). The loop gain (the part of a
// facility's inbound that comes back round a recycling loop) is a few per cent in real
// chains, so each sweep shrinks the error by that factor and a handful of sweeps reach
// 1e-12, in place and without building or factorising a matrix per component.
import type { Graph } from './graph';

export const SETTLE_TOLERANCE = 1e-12;
export const MAX_SWEEPS = 10_000;

/**
 * Calls visit(v) for the nodes accepted by `include` (all when absent), upstream first
 * (downstream first when `downstreamFirst`, for tracing backwards from targets).
 * visit returns how much its result changed; a cyclic component is swept until the
 * largest change in a sweep is at most `tolerance`.
 */
export function settle(
  graph: Graph,
  visit: (v: number) => number,
  include?: Uint8Array,
  tolerance = SETTLE_TOLERANCE,
  downstreamFirst = false,
  maxSweeps = MAX_SWEEPS,
): void {
  const { order, start, cyclic } = graph.components;
  const count = start.length - 1;
  for (let step = 0; step < count; step++) {
    const c = downstreamFirst ? count - 1 - step : step;
    const first = start[c]!;
    const end = start[c + 1]!;
    if (!cyclic[c]) {
      const v = order[first]!;
      if (!include || include[v]) visit(v);
      continue;
    }
    for (let sweep = 0; sweep < maxSweeps; sweep++) {
      let change = 0;
      for (let i = first; i < end; i++) {
        const v = order[i]!;
        if (include && !include[v]) continue;
        const d = visit(v);
        if (d > change) change = d;
      }
      if (change <= tolerance) break;
    }
  }
}

/** Marks the targets and every node upstream of them (breadth-first over in-edges). */
export function upstreamOf(graph: Graph, targets: readonly number[]): Uint8Array {
  const mark = new Uint8Array(graph.n);
  const queue = new Int32Array(graph.n);
  let head = 0;
  let tail = 0;
  for (const t of targets) {
    if (!mark[t]) {
      mark[t] = 1;
      queue[tail++] = t;
    }
  }
  while (head < tail) {
    const v = queue[head++]!;
    for (let k = graph.inStart[v]!; k < graph.inStart[v + 1]!; k++) {
      const u = graph.from[graph.inEdge[k]!]!;
      if (!mark[u]) {
        mark[u] = 1;
        queue[tail++] = u;
      }
    }
  }
  return mark;
}
