// Facilities that come online during a scenario (disruptions of kind "online"): which
// facilities and flows take part in a run, and how far each runs in a given month.
//
// A run with openings uses the graph that holds planned facilities. What takes part:
//  - from the start: what counts without openings (operating facilities and flows, and the
//    planned ones too when the run counts them), except the facilities named to come online;
//  - coming online: the facilities named, from their start month to their end month, at
//    their fraction of their recorded volumes;
//  - new flows: flows with an end that comes online and no end outside the run; they carry
//    while every such end is online, at the product of those ends' fractions;
//  - nothing else (other planned facilities, and their flows).
// A facility taking part from the start needs what it needed before (its inbound from the
// start, a stockpile its outbound), and originates the same share of its output: new flows
// add to its supply without raising its need, so new capacity can make up for a ban. A
// facility coming online needs all of its recorded inbound, times its fraction: flows from
// suppliers that are not in the run never arrive, and it runs short, which is worth seeing.
import type { Disruption } from '../model/analysis';
import { validationError } from '../errors';
import type { Cut } from './disruptions';
import type { Graph } from './graph';
import { findFacility, quoted } from './resolve';

/** Roles of facilities (nodes) and flows (edges) in a run. */
export const OUT = 0;
export const FROM_START = 1;
/** A facility that comes online; for a flow, NEW: an end of it comes online. */
export const ONLINE = 2;
export const NEW = 2;

export interface Participation {
  node: Uint8Array;
  edge: Uint8Array;
  /** One per facility coming online: target node, fraction reached, its months. */
  openings: readonly Cut[];
  /** Per node, t/yr: the inbound and outbound its need and originated share count. */
  plannedIn: Float64Array;
  plannedOut: Float64Array;
}

/** The facilities named to come online, checked: each planned or under construction, and named once. */
export function compileOpenings(graph: Graph, disruptions: readonly Disruption[], prefix: string): Cut[] {
  const openings: Cut[] = [];
  const named = new Map<number, number>();
  disruptions.forEach((d, i) => {
    if (d.kind !== 'online') return;
    const path = `${prefix}.${i}.id`;
    const facility = findFacility(graph, d.id, path);
    const refuse = (why: string) => validationError([{ path, message: `Facility ${quoted(facility.name)} ${why}` }]);
    if (facility.status === 'operating') throw refuse('is already operating: only a planned or under-construction facility can come online');
    if (facility.status === 'idle' || facility.status === 'closed') {
      throw refuse(`is ${facility.status}: only a planned or under-construction facility can come online (for a restart, set its status to planned)`);
    }
    const node = graph.indexOf.get(facility.id);
    if (node === undefined) throw new Error(`Facility ${facility.id} is planned but not in the graph: openings need the graph with planned facilities`);
    const before = named.get(node);
    if (before !== undefined) throw refuse(`already comes online in ${prefix}.${before}; name it once`);
    named.set(node, i);
    openings.push({ target: node, fraction: d.fraction, start_month: d.start_month, end_month: d.end_month ?? Infinity });
  });
  return openings;
}

/**
 * Who takes part in a run; `countsPlanned`: the run counts planned facilities and flows from
 * the start. Without openings, on the graph of the same setting, everything takes part from
 * the start and the planned volumes are the graph's own inbound and outbound.
 */
export function participation(graph: Graph, openings: readonly Cut[], countsPlanned: boolean): Participation {
  const { n, m, from, to, volume } = graph;
  const node = new Uint8Array(n);
  for (let v = 0; v < n; v++) node[v] = countsPlanned || !graph.nodePlanned[v] ? FROM_START : OUT;
  for (const opening of openings) node[opening.target] = ONLINE;
  const edge = new Uint8Array(m);
  const plannedIn = new Float64Array(n);
  const plannedOut = new Float64Array(n);
  for (let e = 0; e < m; e++) {
    const a = node[from[e]!]!;
    const b = node[to[e]!]!;
    edge[e] = a === OUT || b === OUT ? OUT : a === ONLINE || b === ONLINE ? NEW : countsPlanned || !graph.edgePlanned[e] ? FROM_START : OUT;
    if (edge[e] === FROM_START) {
      plannedOut[from[e]!]! += volume[e]!;
      plannedIn[to[e]!]! += volume[e]!;
    }
  }
  // A facility coming online counts everything recorded for it, whether it arrives or not.
  for (const { target } of openings) {
    plannedIn[target] = graph.inbound[target]!;
    plannedOut[target] = graph.outbound[target]!;
  }
  return { node, edge, openings, plannedIn, plannedOut };
}

/** How far each facility runs in `month` (1, 0, or a facility's fraction while it is online), and each flow with it. */
export function levelsIn(graph: Graph, month: number, p: Participation, nodeLevel: Float64Array, edgeLevel: Float64Array): void {
  for (let v = 0; v < graph.n; v++) nodeLevel[v] = p.node[v] === FROM_START ? 1 : 0;
  for (const o of p.openings) if (month >= o.start_month && month <= o.end_month) nodeLevel[o.target] = o.fraction;
  for (let e = 0; e < graph.m; e++) {
    const role = p.edge[e];
    edgeLevel[e] = role === FROM_START ? 1 : role === OUT ? 0 : nodeLevel[graph.from[e]!]! * nodeLevel[graph.to[e]!]!;
  }
}
