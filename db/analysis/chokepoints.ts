// Chokepoints for a set of target facilities (default: every OEM): the share of the
// targets' total inbound mass that passed through each facility and each country, and the
// single points of failure.
//
// Facility shares trace backwards from the targets (one pass, downstream first): the mass a
// facility's output contributes to the targets' inbound, over the targets' total inbound.
// Outside recycling loops this is exactly the share that passed through it; a tonne that
// comes round a loop through the same facility twice is counted on each pass, so shares
// of facilities on loops can overstate a little (recycled volumes are small) and are capped
// at 1. Country shares trace forwards ("has this tonne been in a facility in country C?")
// and are exact, loops included.
//
// Single point of failure: a facility every supply path (from any origin of material) to
// at least one target passes through, i.e. a dominator of a target in the graph rooted at a
// virtual source feeding all origins. Losing it cuts those targets off entirely, whatever
// other routes the rest of the set has. `cuts_share` is the share of the set's inbound those
// targets receive; `all_targets` marks the strict set-level case (it dominates every target).
import type { ChokepointsResult, CountryShare, SinglePointOfFailure } from '../model/analysis';
import { STAGES } from '../model/enums';
import { dominators } from './dominators';
import { originatedShare, type Graph } from './graph';
import { settle, upstreamOf } from './settle';

export interface ChokepointOptions {
  /** Facilities to list, largest share first (default 100). */
  limit?: number;
}

/** Every counted OEM: the default target set. */
export function defaultTargets(graph: Graph): number[] {
  const oem = STAGES.indexOf('oem');
  const targets: number[] = [];
  for (let v = 0; v < graph.n; v++) if (graph.stage[v] === oem) targets.push(v);
  return targets;
}

export function chokepoints(graph: Graph, targetList: readonly number[], options: ChokepointOptions = {}): ChokepointsResult {
  const targets = [...new Set(targetList)];
  const isTarget = new Uint8Array(graph.n);
  for (const t of targets) isTarget[t] = 1;
  let total = 0;
  for (const t of targets) total += graph.inbound[t]!;
  const include = upstreamOf(graph, targets);

  const through = massThrough(graph, isTarget, include);
  const ranked: ChokepointsResult['facilities'] = [];
  if (total > 0) {
    for (let v = 0; v < graph.n; v++) {
      if (through[v]! > 0) {
        ranked.push({ id: graph.ids[v]!, name: graph.names[v]!, country: graph.countries[graph.country[v]!]!, stage: STAGES[graph.stage[v]!]!, share: Math.min(1, through[v]! / total) });
      }
    }
  }
  ranked.sort((a, b) => b.share - a.share || a.id.localeCompare(b.id));

  const spof = singlePointsOfFailure(graph, targets, total);
  return {
    targets: targets.map((t) => graph.ids[t]!),
    facilities: ranked.slice(0, options.limit ?? 100),
    countries: total > 0 ? countryShares(graph, targets, include, total) : [],
    single_points_of_failure: spof.map((s) => s.id),
    single_points_of_failure_detail: spof,
    inbound_t: total,
  };
}

/**
 * Backwards: the tonnes of each facility's output that end up in the targets' inbound,
 * settled on loops to `tolerance` (relative).
 */
export function massThrough(graph: Graph, isTarget: Uint8Array, include: Uint8Array, tolerance = 1e-12): Float64Array {
  const down = new Float64Array(graph.n);
  const { outStart, outEdge } = graph;
  const visit = (v: number): number => {
    let sum = 0;
    for (let i = outStart[v]!; i < outStart[v + 1]!; i++) {
      const e = outEdge[i]!;
      sum += flowToTargets(graph, isTarget, down, e);
    }
    const change = Math.abs(sum - down[v]!);
    down[v] = sum;
    return change / (sum || 1);
  };
  settle(graph, visit, include, tolerance, true);
  return down;
}

/** The tonnes of flow e that end up in the targets' inbound, given massThrough's `down`. */
export function flowToTargets(graph: Graph, isTarget: Uint8Array, down: Float64Array, e: number): number {
  const x = graph.to[e]!;
  const inX = graph.inbound[x]!;
  // Reaching x: all of it counts if x is a target; and x passes on its inbound share of what it contributes.
  return graph.volume[e]! * (isTarget[x]! + (inX > 0 ? ((1 - originatedShare(graph, x)) * down[x]!) / inX : 0));
}

/** Forwards: share of the targets' inbound that has been in each country (any stage). */
function countryShares(graph: Graph, targets: readonly number[], include: Uint8Array, total: number): CountryShare[] {
  const C = graph.countries.length;
  const seen = new Float64Array(graph.n * C);
  const mix = new Float64Array(C);
  const { inStart, inEdge, from, volume, inbound, country } = graph;
  const inboundMix = (v: number) => {
    mix.fill(0);
    const inV = inbound[v]!;
    if (inV <= 0) return;
    for (let i = inStart[v]!; i < inStart[v + 1]!; i++) {
      const e = inEdge[i]!;
      const weight = volume[e]! / inV;
      const base = from[e]! * C;
      for (let c = 0; c < C; c++) mix[c]! += weight * seen[base + c]!;
    }
  };
  const visit = (v: number): number => {
    inboundMix(v);
    const passedOn = 1 - originatedShare(graph, v);
    const own = country[v]!;
    let change = 0;
    for (let c = 0; c < C; c++) {
      // Every tonne leaving v has been in v's country; of the rest, what v passed on.
      const value = c === own ? 1 : mix[c]! * passedOn;
      change = Math.max(change, Math.abs(value - seen[v * C + c]!));
      seen[v * C + c] = value;
    }
    return change;
  };
  settle(graph, visit, include);
  const sums = new Float64Array(C);
  for (const t of targets) {
    inboundMix(t);
    for (let c = 0; c < C; c++) sums[c]! += mix[c]! * inbound[t]!;
  }
  const shares: CountryShare[] = [];
  for (let c = 0; c < C; c++) if (sums[c]! > 0) shares.push({ country: graph.countries[c]!, share: sums[c]! / total });
  return shares.sort((a, b) => b.share - a.share || a.country.localeCompare(b.country));
}

function singlePointsOfFailure(graph: Graph, targets: readonly number[], total: number): SinglePointOfFailure[] {
  const { source, idom } = dominators(graph);
  const count = new Map<number, number>();
  const mass = new Map<number, number>();
  let reached = 0;
  for (const t of targets) {
    if (idom[t] === -1 || graph.inbound[t]! <= 0) continue;
    reached++;
    for (let d = idom[t]!; d !== source; d = idom[d]!) {
      count.set(d, (count.get(d) ?? 0) + 1);
      mass.set(d, (mass.get(d) ?? 0) + graph.inbound[t]!);
    }
  }
  return [...count.entries()]
    .map(([d, n]) => ({
      id: graph.ids[d]!,
      name: graph.names[d]!,
      country: graph.countries[graph.country[d]!]!,
      targets: n,
      cuts_share: total > 0 ? mass.get(d)! / total : 0,
      all_targets: n === reached,
    }))
    .sort((a, b) => b.cuts_share - a.cuts_share || b.targets - a.targets || a.id.localeCompare(b.id));
}
