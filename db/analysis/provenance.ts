// Provenance of a facility (or of a set of facilities traced together): for each upstream
// stage, the share of the inbound mass that passed through facilities of that stage in
// each country (location, or controlling owner), the routes that carried it, and where it
// originated. Output as interfaces.md says, with extra fields.
import { STAGES, type Stage } from '../model/enums';
import type { CountryShare, ProvenanceResult, ProvenanceRoute } from '../model/analysis';
import { inboundEvidence } from './evidence';
import type { Graph } from './graph';
import { OTHER_ROUTES, traceRoutes } from './routes';
import { upstreamOf } from './settle';
import { inboundMix, traceMix, type Basis, type ClassSpace, type Trace } from './trace';

export interface ProvenanceOptions {
  by?: Basis;
  /** Routes to list, largest first (default 50). */
  maxRoutes?: number;
}

/** Stage -> countries with their shares (descending), from a block of k class values. */
export function stageShares(graph: Graph, space: ClassSpace, values: Float64Array, offset = 0): Partial<Record<Stage, CountryShare[]>> {
  const stages: Partial<Record<Stage, CountryShare[]>> = {};
  STAGES.forEach((stage, s) => {
    const list: CountryShare[] = [];
    for (const k of space.classesOfStage[s]!) {
      const share = values[offset + k]!;
      if (share > 0) list.push({ country: graph.countries[space.countryOfClass[k]!]!, share });
    }
    if (list.length) stages[stage] = list.sort(byShare);
  });
  return stages;
}

const byShare = (a: { share: number; country: string }, b: { share: number; country: string }) =>
  b.share - a.share || a.country.localeCompare(b.country);

/** Provenance of the targets' combined inbound mass (one target: that facility's). */
export function provenance(graph: Graph, targets: readonly number[], options: ProvenanceOptions = {}): ProvenanceResult {
  if (targets.length === 0) throw new Error('provenance needs at least one target');
  const by = options.by ?? 'location';
  const unique = [...new Set(targets)];
  const include = upstreamOf(graph, unique);
  const trace = traceMix(graph, by, include);
  const { mix, inbound } = inboundMix(graph, trace, unique);
  const { space } = trace;
  const { table, shares } = traceRoutes(graph, space, include, unique);
  const other = shares.get(OTHER_ROUTES) ?? 0;
  shares.delete(OTHER_ROUTES);
  const ranked = [...shares.entries()].sort((a, b) => b[1] - a[1]);
  const listed = ranked.slice(0, options.maxRoutes ?? 50);
  const routes: ProvenanceRoute[] = listed.map(([route, share]) => ({
    path: Array.from(table.hops[route]!, (k) => ({ stage: STAGES[space.stageOfClass[k]!]!, country: graph.countries[space.countryOfClass[k]!]! })),
    share,
    tonnes: share * inbound,
  }));
  const first = unique[0]!;
  return {
    facility: { id: graph.ids[first]!, name: graph.names[first]! },
    ...(unique.length > 1 ? { facilities: unique.map((t) => ({ id: graph.ids[t]!, name: graph.names[t]! })) } : {}),
    inbound_t: inbound,
    by,
    stages: stageShares(graph, space, mix),
    origins: originShares(graph, space, mix),
    routes,
    routes_other_share: other + ranked.slice(listed.length).reduce((sum, [, share]) => sum + share, 0),
    evidence: inboundEvidence(graph, unique, include),
  };
}

function originShares(graph: Graph, space: ClassSpace, mix: Float64Array) {
  const list: { stage: Stage; country: string; share: number }[] = [];
  for (let k = 0; k < space.k; k++) {
    const share = mix[space.k + k]!;
    if (share > 0) list.push({ stage: STAGES[space.stageOfClass[k]!]!, country: graph.countries[space.countryOfClass[k]!]!, share });
  }
  return list.sort(byShare);
}

/** Provenance of every facility at once: one trace over the whole graph. */
export interface ProvenanceTable {
  trace: Trace;
  /** Stage shares of one facility's inbound mass. */
  of(node: number): { inbound_t: number; stages: Partial<Record<Stage, CountryShare[]>> };
}

export function provenanceOfAll(graph: Graph, by: Basis = 'location'): ProvenanceTable {
  const trace = traceMix(graph, by);
  return {
    trace,
    of(node) {
      const { mix, inbound } = inboundMix(graph, trace, [node]);
      return { inbound_t: inbound, stages: stageShares(graph, trace.space, mix) };
    },
  };
}
