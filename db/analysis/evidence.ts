// How much of a result rests on weak records: the share of the targets' inbound mass that
// passed through at least one facility or flow of low confidence, and through at least one
// below high (low or medium). Traced like the country mix (trace.ts): every facility mixes
// what it receives and passes the mix on, so a share is a fraction of tonnes, not of routes.
import type { Evidence, WeakRecord } from '../model/analysis';
import { flowToTargets, massThrough } from './chokepoints';
import { CONFIDENCE_RANK, originatedShare, type Graph } from './graph';
import { settle } from './settle';

const LOW = CONFIDENCE_RANK.low;
const HIGH = CONFIDENCE_RANK.high;

/** Per node, two values: the share of its output that touched a low record, and one below high. */
function traceWeak(graph: Graph, include: Uint8Array | undefined): Float64Array {
  const out = new Float64Array(graph.n * 2);
  const { inStart, inEdge, from, volume, inbound, nodeConfidence, edgeConfidence } = graph;
  const visit = (v: number): number => {
    let low = 0;
    let belowHigh = 0;
    const total = inbound[v]!;
    if (total > 0) {
      for (let i = inStart[v]!; i < inStart[v + 1]!; i++) {
        const e = inEdge[i]!;
        const weight = volume[e]! / total;
        const u = from[e]!;
        low += weight * (edgeConfidence[e] === LOW ? 1 : out[2 * u]!);
        belowHigh += weight * (edgeConfidence[e]! < HIGH ? 1 : out[2 * u + 1]!);
      }
    }
    // What the facility originates has touched only the facility itself.
    const passedOn = 1 - originatedShare(graph, v);
    const own = nodeConfidence[v]!;
    const nextLow = own === LOW ? 1 : low * passedOn;
    const nextBelowHigh = own < HIGH ? 1 : belowHigh * passedOn;
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
  const level = (rank: number) => (rank === LOW ? 'low' : 'medium') as WeakRecord['confidence'];
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
  const rank = { low: 0, medium: 1 };
  found.sort((a, b) => rank[a.confidence] - rank[b.confidence] || b.share - a.share || a.id.localeCompare(b.id));
  return found.slice(0, WEAKEST_LISTED);
}

/** Evidence of the targets' combined inbound mass (the targets themselves not counted: they receive it). */
export function inboundEvidence(graph: Graph, targets: readonly number[], include: Uint8Array): Evidence {
  const out = traceWeak(graph, include);
  let inbound = 0;
  let low = 0;
  let belowHigh = 0;
  for (const t of targets) {
    for (let i = graph.inStart[t]!; i < graph.inStart[t + 1]!; i++) {
      const e = graph.inEdge[i]!;
      const u = graph.from[e]!;
      const vol = graph.volume[e]!;
      inbound += vol;
      low += vol * (graph.edgeConfidence[e] === LOW ? 1 : out[2 * u]!);
      belowHigh += vol * (graph.edgeConfidence[e]! < HIGH ? 1 : out[2 * u + 1]!);
    }
  }
  if (inbound <= 0) return { low_share: 0, below_high_share: 0, weakest: [] };
  return { low_share: low / inbound, below_high_share: belowHigh / inbound, weakest: weakest(graph, targets, include, inbound) };
}
