// Concentration by country at one stage: shares of capacity (sum of capacity_t) or of
// throughput (sum of outbound flow volumes), with the Herfindahl-Hirschman index on the
// 0..10,000 scale (percentage shares squared) and the 1,800 "highly concentrated" mark of
// the 2023 US merger guidelines.
import { HIGHLY_CONCENTRATED_HHI, type ConcentrationOverview, type ConcentrationResult } from '../model/analysis';
import { STAGES, type Stage } from '../model/enums';
import type { Graph } from './graph';

export type ConcentrationBasis = 'capacity' | 'throughput';

/** HHI of shares given as fractions: sum of (100 * share)^2. */
export function hhi(shares: readonly number[]): number {
  return shares.reduce((sum, share) => sum + (100 * share) ** 2, 0);
}

export function concentration(graph: Graph, stage: Stage, basis: ConcentrationBasis): ConcentrationResult {
  return concentrationOfAll(graph, basis)[STAGES.indexOf(stage)]!;
}

/** Every stage on one basis, in STAGES order: one pass over the facilities. */
export function concentrationOfAll(graph: Graph, basis: ConcentrationBasis): ConcentrationResult[] {
  const C = graph.countries.length;
  const sums = new Float64Array(STAGES.length * C);
  const counts = new Int32Array(STAGES.length);
  const values = basis === 'capacity' ? graph.capacity : graph.outbound;
  for (let v = 0; v < graph.n; v++) {
    const s = graph.stage[v]!;
    sums[s * C + graph.country[v]!]! += values[v]!;
    counts[s]!++;
  }
  return STAGES.map((stage, s) => {
    let total = 0;
    for (let c = 0; c < C; c++) total += sums[s * C + c]!;
    const shares: ConcentrationResult['shares'] = [];
    for (let c = 0; c < C; c++) {
      const value = sums[s * C + c]!;
      if (value > 0) shares.push({ country: graph.countries[c]!, value, share: value / total });
    }
    shares.sort((a, b) => b.value - a.value || a.country.localeCompare(b.country));
    const index = hhi(shares.map((x) => x.share));
    return { stage, basis, total, hhi: index, highly_concentrated: index > HIGHLY_CONCENTRATED_HHI, facilities: counts[s]!, shares };
  });
}

/** The side-by-side view: every stage on both bases ("mining only vs the whole chain"). */
export function concentrationOverview(graph: Graph): ConcentrationOverview {
  const capacity = concentrationOfAll(graph, 'capacity');
  const throughput = concentrationOfAll(graph, 'throughput');
  return { stages: STAGES.map((stage, s) => ({ stage, capacity: capacity[s]!, throughput: throughput[s]! })) };
}
