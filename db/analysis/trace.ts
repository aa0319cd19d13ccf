// Proportional tracing (the core of provenance): every facility mixes what it receives and
// every outbound flow carries that mix; a mine (any facility shipping more than it
// receives) originates its own output. For each facility's output this computes, per
// stage-country class:
//  - passed[k]: the share that passed through a facility of that stage in that country,
//    attributed to the LAST facility of each stage it went through (so the countries of
//    one stage never add up to more than 1, even when material goes through two magnet
//    plants or comes round a recycling loop);
//  - origin[k]: the share that originated at a facility of that stage and country (these
//    add up to exactly 1: every tonne comes from somewhere, which is the mass balance).
import { STAGES } from '../model/enums';
import { originatedShare, type Graph } from './graph';
import { settle } from './settle';

export type Basis = 'location' | 'owner';

/** The stage-country pairs that occur in the graph, numbered densely. */
export interface ClassSpace {
  /** Number of classes. */
  k: number;
  /** Class of each node. */
  classOf: Int32Array;
  stageOfClass: Uint8Array;
  countryOfClass: Uint16Array;
  /** Classes of each stage (index into STAGES). */
  classesOfStage: Int32Array[];
}

export function classSpace(graph: Graph, basis: Basis): ClassSpace {
  const countryArray = basis === 'owner' ? graph.owner : graph.country;
  const C = graph.countries.length;
  const seen = new Map<number, number>();
  const classOf = new Int32Array(graph.n);
  const stages: number[] = [];
  const countries: number[] = [];
  for (let v = 0; v < graph.n; v++) {
    const key = graph.stage[v]! * C + countryArray[v]!;
    let k = seen.get(key);
    if (k === undefined) {
      k = stages.length;
      seen.set(key, k);
      stages.push(graph.stage[v]!);
      countries.push(countryArray[v]!);
    }
    classOf[v] = k;
  }
  const classesOfStage = STAGES.map((_, s) => Int32Array.from(stages.flatMap((stage, k) => (stage === s ? [k] : []))));
  return { k: stages.length, classOf, stageOfClass: Uint8Array.from(stages), countryOfClass: Uint16Array.from(countries), classesOfStage };
}

export interface Trace {
  space: ClassSpace;
  /** Row of each traced node, -1 for nodes not traced. */
  row: Int32Array;
  /** Per traced row, 2k values: passed[0..k) then origin[0..k). */
  out: Float64Array;
}

/** Traces the nodes marked in `include` (all when absent); `include` must be closed upstream. */
export function traceMix(graph: Graph, basis: Basis, include?: Uint8Array): Trace {
  const space = classSpace(graph, basis);
  const { k, classOf, classesOfStage } = space;
  const width = 2 * k;
  const row = new Int32Array(graph.n).fill(-1);
  let rows = 0;
  for (let v = 0; v < graph.n; v++) if (!include || include[v]) row[v] = rows++;
  const out = new Float64Array(rows * width);
  const mix = new Float64Array(width);
  const { inStart, inEdge, from, volume, inbound } = graph;

  const visit = (v: number): number => {
    mix.fill(0);
    const total = inbound[v]!;
    if (total > 0) {
      for (let i = inStart[v]!; i < inStart[v + 1]!; i++) {
        const e = inEdge[i]!;
        const weight = volume[e]! / total;
        const base = row[from[e]!]! * width;
        for (let j = 0; j < width; j++) mix[j]! += weight * out[base + j]!;
      }
    }
    const originated = originatedShare(graph, v);
    const passedOn = 1 - originated;
    const own = classOf[v]!;
    for (let j = 0; j < width; j++) mix[j]! *= passedOn;
    const sameStage = classesOfStage[graph.stage[v]!]!;
    for (let i = 0; i < sameStage.length; i++) mix[sameStage[i]!] = 0;
    mix[own] = 1;
    mix[k + own]! += originated;
    const base = row[v]! * width;
    let change = 0;
    for (let j = 0; j < width; j++) {
      const d = Math.abs(mix[j]! - out[base + j]!);
      if (d > change) change = d;
      out[base + j] = mix[j]!;
    }
    return change;
  };
  settle(graph, visit, include);
  return { space, row, out };
}

/**
 * The mix of the targets' combined inbound mass (2k values, as in Trace.out), weighted by
 * inbound volume; with the total inbound tonnage.
 */
export function inboundMix(graph: Graph, trace: Trace, targets: readonly number[]): { mix: Float64Array; inbound: number } {
  const width = 2 * trace.space.k;
  const mix = new Float64Array(width);
  let inbound = 0;
  for (const t of targets) {
    for (let i = graph.inStart[t]!; i < graph.inStart[t + 1]!; i++) {
      const e = graph.inEdge[i]!;
      const base = trace.row[graph.from[e]!]! * width;
      const vol = graph.volume[e]!;
      inbound += vol;
      for (let j = 0; j < width; j++) mix[j]! += vol * trace.out[base + j]!;
    }
  }
  if (inbound > 0) for (let j = 0; j < width; j++) mix[j]! /= inbound;
  return { mix, inbound };
}
