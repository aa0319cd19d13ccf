// Provenance routes, for a Sankey: the same proportional tracing as trace.ts, but carrying
// whole routes instead of per-stage shares. A route is the sequence of (stage, country)
// hops a tonne took, in the order it took them, keeping only the last facility of each
// stage (as trace.ts attributes stages), so the routes' shares add up, stage by stage, to
// exactly the stage shares of the provenance. Routes are interned: each is an integer id
// with its hops stored once, and extending a route by a hop is cached.
import { originatedShare, type Graph } from './graph';
import { settle } from './settle';
import type { ClassSpace } from './trace';

/** Route shares below this (of one facility's output) are dropped, to bound the work. */
const NEGLIGIBLE = 1e-9;
/**
 * Routes kept per facility: the largest; the rest travel on as one "other routes" entry.
 * Without a bound, big recycling loops multiply routes at every sweep.
 */
const ROUTES_PER_FACILITY = 16;
/** The id of "other routes": stays itself when extended. */
export const OTHER_ROUTES = -1;

export interface RouteTable {
  /** Hops of each route id, as class indexes (see ClassSpace), upstream first. */
  hops: Int32Array[];
}

export interface RouteShares {
  table: RouteTable;
  /** Route id -> share of the targets' inbound mass. */
  shares: Map<number, number>;
}

/** Traces routes over the nodes marked in `include` (closed upstream of the targets). */
export function traceRoutes(graph: Graph, space: ClassSpace, include: Uint8Array, targets: readonly number[]): RouteShares {
  const hops: Int32Array[] = [new Int32Array(0)];
  const idOfHops = new Map<string, number>([['', 0]]);
  const extended = new Map<number, number>();
  const extend = (route: number, cls: number): number => {
    if (route === OTHER_ROUTES) return OTHER_ROUTES;
    const key = route * space.k + cls;
    let next = extended.get(key);
    if (next === undefined) {
      const stage = space.stageOfClass[cls]!;
      const kept = Array.from(hops[route]!).filter((h) => space.stageOfClass[h] !== stage);
      kept.push(cls);
      // Different routes can end up with the same hops (a loop replaces earlier hops): one id for each.
      const text = kept.join(',');
      next = idOfHops.get(text);
      if (next === undefined) {
        next = hops.length;
        hops.push(Int32Array.from(kept));
        idOfHops.set(text, next);
      }
      extended.set(key, next);
    }
    return next;
  };

  const outOf = new Map<number, Map<number, number>>();
  const { inStart, inEdge, from, volume, inbound } = graph;
  const inboundRoutes = (v: number): Map<number, number> => {
    const mix = new Map<number, number>();
    const total = inbound[v]!;
    if (total <= 0) return mix;
    for (let i = inStart[v]!; i < inStart[v + 1]!; i++) {
      const e = inEdge[i]!;
      const weight = volume[e]! / total;
      const upstream = outOf.get(from[e]!);
      if (!upstream) continue;
      for (const [route, share] of upstream) mix.set(route, (mix.get(route) ?? 0) + weight * share);
    }
    return mix;
  };

  const visit = (v: number): number => {
    const originated = originatedShare(graph, v);
    const cls = space.classOf[v]!;
    const next = new Map<number, number>();
    const total = inbound[v]!;
    // The inbound routes, extended by v's hop as they are summed (one map, not two).
    for (let i = inStart[v]!; total > 0 && originated < 1 && i < inStart[v + 1]!; i++) {
      const e = inEdge[i]!;
      const weight = (volume[e]! / total) * (1 - originated);
      const upstream = outOf.get(from[e]!);
      if (!upstream) continue;
      for (const [route, share] of upstream) {
        const value = weight * share;
        if (value < NEGLIGIBLE) continue;
        const r = extend(route, cls);
        next.set(r, (next.get(r) ?? 0) + value);
      }
    }
    if (originated > 0) {
      const r = extend(0, cls);
      next.set(r, (next.get(r) ?? 0) + originated);
    }
    if (next.size > ROUTES_PER_FACILITY) {
      const ranked = [...next.entries()].sort((a, b) => b[1] - a[1]);
      let other = next.get(OTHER_ROUTES) ?? 0;
      next.clear();
      for (const [route, share] of ranked) {
        if (route === OTHER_ROUTES) continue;
        if (next.size < ROUTES_PER_FACILITY - 1) next.set(route, share);
        else other += share;
      }
      next.set(OTHER_ROUTES, other);
    }
    const previous = outOf.get(v);
    let change = 0;
    for (const [route, share] of next) change = Math.max(change, Math.abs(share - (previous?.get(route) ?? 0)));
    if (previous) for (const [route, share] of previous) if (!next.has(route)) change = Math.max(change, share);
    outOf.set(v, next);
    return change;
  };
  // A looser tolerance and fewer sweeps than the per-class trace: route maps cost more to sweep.
  settle(graph, visit, include, 1e-6, false, 100);

  const shares = new Map<number, number>();
  let total = 0;
  const unique = [...new Set(targets)];
  for (const t of unique) total += inbound[t]!;
  if (total > 0) {
    for (const t of unique) {
      for (const [route, share] of inboundRoutes(t)) shares.set(route, (shares.get(route) ?? 0) + (share * inbound[t]!) / total);
    }
  }
  return { table: { hops }, shares };
}
