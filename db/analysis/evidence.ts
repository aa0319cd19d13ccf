// How much of a result rests on weak records: the share of the targets' inbound mass that
// passed through at least one facility or flow of low confidence, and through at least one
// below high (low or medium). Traced like the country mix (trace.ts): every facility mixes
// what it receives and passes the mix on, so a share is a fraction of tonnes, not of routes.
import type { Evidence, WeakRecord } from '../model/analysis';
import { flowToTargets, massThrough } from './chokepoints';
import { CONFIDENCE_RANK, CONFIDENCES } from '../model/enums';
import { originatedShare, type Graph } from './graph';
import { settle } from './settle';

const LOW = CONFIDENCE_RANK.low;
const HIGH = CONFIDENCE_RANK.high;

/**
 * The tonnes flowing into v that have touched a low record, and a record below high, given
 * each supplier's shares in `out` (2 per node); adds to `into` at [0] and [1].
 */
function weakInflow(graph: Graph, out: Float64Array, v: number, into: Float64Array): void {
  const { inStart, inEdge, from, volume, edgeConfidence } = graph;
  for (let i = inStart[v]!; i < inStart[v + 1]!; i++) {
    const e = inEdge[i]!;
    const u = from[e]!;
    into[0]! += volume[e]! * (edgeConfidence[e] === LOW ? 1 : out[2 * u]!);
    into[1]! += volume[e]! * (edgeConfidence[e]! < HIGH ? 1 : out[2 * u + 1]!);
  }
}

/** Per node, two values: the share of its output that touched a low record, and one below high. */
function traceWeak(graph: Graph, include: Uint8Array | undefined): Float64Array {
  const out = new Float64Array(graph.n * 2);
  const inflow = new Float64Array(2);
  const visit = (v: number): number => {
    inflow.fill(0);
    const total = graph.inbound[v]!;
    if (total > 0) weakInflow(graph, out, v, inflow);
    // What the facility originates has touched only the facility itself.
    const passedOn = total > 0 ? (1 - originatedShare(graph, v)) / total : 0;
    const own = graph.nodeConfidence[v]!;
    const nextLow = own === LOW ? 1 : inflow[0]! * passedOn;
    const nextBelowHigh = own < HIGH ? 1 : inflow[1]! * passedOn;
    const change = Math.max(Math.abs(nextLow - out[2 * v]!), Math.abs(nextBelowHigh - out[2 * v + 1]!));
    out[2 * v] = nextLow;
    out[2 * v + 1] = nextBelowHigh;
    return change;
  };
  settle(graph, visit, include);
  return out;
}

/** Weak records listed at most. */
export const WEAKEST_LISTED = 5;

/**
 * The facilities and flows below high confidence that carry the most of the targets'
 * inbound mass (traced backwards as the chokepoints are), low ones first.
 */
function weakest(graph: Graph, targets: readonly number[], include: Uint8Array, inbound: number): WeakRecord[] {
  if (inbound <= 0) return [];
  const isTarget = new Uint8Array(graph.n);
  for (const t of targets) isTarget[t] = 1;
  // Shares shown to 0.1%: settling loops to 1e-6 is plenty (the chokepoints' 1e-12 cost a third more here).
  const down = massThrough(graph, isTarget, include, 1e-6);
  const found: WeakRecord[] = [];
  const level = (rank: number) => CONFIDENCES[rank] as WeakRecord['confidence'];
  for (let v = 0; v < graph.n; v++) {
    if (!include[v] || isTarget[v] || graph.nodeConfidence[v]! >= HIGH || down[v]! <= 0) continue;
    found.push({ kind: 'facility', id: graph.ids[v]!, name: graph.names[v]!, confidence: level(graph.nodeConfidence[v]!), share: Math.min(1, down[v]! / inbound) });
  }
  for (let e = 0; e < graph.m; e++) {
    const u = graph.from[e]!;
    if (!include[u] || graph.edgeConfidence[e]! >= HIGH) continue;
    const tonnes = flowToTargets(graph, isTarget, down, e);
    if (tonnes <= 0) continue;
    const name = `${graph.names[u]!} → ${graph.names[graph.to[e]!]!}`;
    found.push({ kind: 'flow', id: graph.flowIds[e]!, name, confidence: level(graph.edgeConfidence[e]!), share: Math.min(1, tonnes / inbound) });
  }
  found.sort((a, b) => CONFIDENCE_RANK[a.confidence] - CONFIDENCE_RANK[b.confidence] || b.share - a.share || a.id.localeCompare(b.id));
  return found.slice(0, WEAKEST_LISTED);
}

/** Evidence of the targets' combined inbound mass (the targets themselves not counted: they receive it). */
export function inboundEvidence(graph: Graph, targets: readonly number[], include: Uint8Array): Evidence {
  const out = traceWeak(graph, include);
  const inflow = new Float64Array(2);
  let inbound = 0;
  for (const t of targets) {
    weakInflow(graph, out, t, inflow);
    inbound += graph.inbound[t]!;
  }
  if (inbound <= 0) return { low_share: 0, below_high_share: 0, weakest: [] };
  return { low_share: inflow[0]! / inbound, below_high_share: inflow[1]! / inbound, weakest: weakest(graph, targets, include, inbound) };
}
