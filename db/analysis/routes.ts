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

  // Each facility's outgoing routes as a list of at most ROUTES_PER_FACILITY (slot, share)
  // pairs in flat arrays, a slot being route + 1 (so "other routes" is slot 0). A facility's
  // list is built in a sparse accumulator indexed by slot: with a Map per facility, the
  // bench's OEM (10,863 facilities upstream, a loop of 5,515 swept 4 times) took ~0.56 s
  // to trace, and takes ~0.19 s this way (the same figures to the last bit).
  const { inStart, inEdge, from, volume, inbound } = graph;
  const listSlots = new Int32Array(graph.n * ROUTES_PER_FACILITY);
  const listShares = new Float64Array(graph.n * ROUTES_PER_FACILITY);
  const listLength = new Uint8Array(graph.n);
  const sums = new SlotSums();

  /** Adds the routes of `u`'s list, weighted, into the sums, each extended by `cls` unless it is -1. */
  const addRoutesOf = (u: number, weight: number, cls: number) => {
    const base = u * ROUTES_PER_FACILITY;
    for (let j = base; j < base + listLength[u]!; j++) {
      const value = weight * listShares[j]!;
      if (cls < 0) sums.add(listSlots[j]!, value);
      else if (value >= NEGLIGIBLE) sums.add(extend(listSlots[j]! - 1, cls) + 1, value);
    }
  };

  const visit = (v: number): number => {
    const originated = originatedShare(graph, v);
    const cls = space.classOf[v]!;
    sums.clear();
    const total = inbound[v]!;
    // The inbound routes, extended by v's hop as they are summed.
    for (let i = inStart[v]!; total > 0 && originated < 1 && i < inStart[v + 1]!; i++) {
      const e = inEdge[i]!;
      addRoutesOf(from[e]!, (volume[e]! / total) * (1 - originated), cls);
    }
    if (originated > 0) sums.add(extend(0, cls) + 1, originated);
    sums.keepLargest();
    // The largest change from the list v had before, which it then replaces.
    const base = v * ROUTES_PER_FACILITY;
    let change = 0;
    for (let j = base; j < base + listLength[v]!; j++) change = Math.max(change, Math.abs(sums.shareOf(listSlots[j]!) - listShares[j]!));
    for (let j = 0; j < sums.count; j++) {
      const slot = sums.slots[j]!;
      if (!hadSlot(v, slot)) change = Math.max(change, sums.values[slot]!);
    }
    for (let j = 0; j < sums.count; j++) {
      listSlots[base + j] = sums.slots[j]!;
      listShares[base + j] = sums.values[sums.slots[j]!]!;
    }
    listLength[v] = sums.count;
    return change;
  };
  const hadSlot = (v: number, slot: number): boolean => {
    const base = v * ROUTES_PER_FACILITY;
    for (let j = base; j < base + listLength[v]!; j++) if (listSlots[j] === slot) return true;
    return false;
  };
  // A looser tolerance and fewer sweeps than the per-class trace: route lists cost more to sweep.
  settle(graph, visit, include, 1e-6, false, 100);

  const shares = new Map<number, number>();
  let total = 0;
  const unique = [...new Set(targets)];
  for (const t of unique) total += inbound[t]!;
  if (total > 0) {
    for (const t of unique) {
      if (inbound[t]! <= 0) continue;
      sums.clear();
      for (let i = inStart[t]!; i < inStart[t + 1]!; i++) addRoutesOf(from[inEdge[i]!]!, volume[inEdge[i]!]! / inbound[t]!, -1);
      for (let j = 0; j < sums.count; j++) {
        const route = sums.slots[j]! - 1;
        shares.set(route, (shares.get(route) ?? 0) + (sums.values[sums.slots[j]!]! * inbound[t]!) / total);
      }
    }
  }
  return { table: { hops }, shares };
}

/**
 * Shares summed by slot (route + 1), remembering the order slots were first added in: the
 * order a Map kept, which decides the ids of routes interned downstream and the ranking of
 * equal shares, so results do not depend on how the sums are stored.
 */
class SlotSums {
  values = new Float64Array(1024);
  private inSums = new Uint8Array(1024);
  slots = new Int32Array(1024);
  count = 0;
  /** Scratch of keepLargest: the routes kept, and the shares of the rest. */
  private readonly top = new Int32Array(ROUTES_PER_FACILITY);
  private rest = new Float64Array(256);

  add(slot: number, value: number): void {
    if (slot >= this.values.length) this.grow(slot);
    if (!this.inSums[slot]) {
      this.inSums[slot] = 1;
      this.values[slot] = 0;
      if (this.count === this.slots.length) this.slots = growTo(this.slots, this.count * 2);
      this.slots[this.count++] = slot;
    }
    this.values[slot]! += value;
  }

  shareOf(slot: number): number {
    return slot < this.inSums.length && this.inSums[slot] ? this.values[slot]! : 0;
  }

  clear(): void {
    for (let j = 0; j < this.count; j++) this.inSums[this.slots[j]!] = 0;
    this.count = 0;
  }

  /**
   * Keeps the ROUTES_PER_FACILITY - 1 largest routes (of equal shares, the first added) in order of share,
   * and sums the rest, largest first, with any "other routes" already there into slot 0,
   * placed last. Picked by insertion into a short sorted list rather than by sorting every
   * route of the facility (~80 at a bench facility): a sort per visit took ~0.1 s in all.
   */
  keepLargest(): void {
    if (this.count <= ROUTES_PER_FACILITY) return;
    const keep = ROUTES_PER_FACILITY - 1;
    const values = this.values;
    if (this.rest.length < this.count) this.rest = new Float64Array(this.count * 2);
    const top = this.top;
    const rest = this.rest;
    let kept = 0;
    let left = 0;
    for (let j = 0; j < this.count; j++) {
      const slot = this.slots[j]!;
      if (slot === 0) continue;
      const value = values[slot]!;
      if (kept === keep) {
        if (!(value > values[top[kept - 1]!]!)) {
          rest[left++] = value;
          continue;
        }
        rest[left++] = values[top[--kept]!]!;
      }
      // After every kept route of an equal or larger share: the order a stable sort gives.
      let at = kept;
      while (at > 0 && values[top[at - 1]!]! < value) {
        top[at] = top[at - 1]!;
        at--;
      }
      top[at] = slot;
      kept++;
    }
    // Summed largest first, as before this was a selection, so the figures stay the same to the last bit.
    const dropped = rest.subarray(0, left).sort();
    let other = this.shareOf(0);
    for (let i = left - 1; i >= 0; i--) other += dropped[i]!;
    this.clear();
    for (let i = 0; i < kept; i++) this.add(top[i]!, values[top[i]!]!);
    this.add(0, other);
  }

  private grow(slot: number): void {
    const size = Math.max(slot + 1, this.values.length * 2);
    this.values = growTo(this.values, size);
    this.inSums = growTo(this.inSums, size);
  }
}

function growTo<A extends Float64Array | Uint8Array | Int32Array>(array: A, size: number): A {
  const bigger = new (array.constructor as new (n: number) => A)(size);
  bigger.set(array);
  return bigger;
}
