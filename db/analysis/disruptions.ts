// A scenario's disruptions, resolved against the graph into what the simulation applies:
// per facility, a cut to what it can ship (an outage); per flow, a cut to what it carries
// (a flow cut, or a country's export ban on it); and who takes part in the run, with the
// facilities that come online (openings.ts). References are checked here, with the input
// field path in the message (disruptions.2.id, disruptions.0.materials.1, ...).
import { validationError } from '../errors';
import type { Disruption } from '../model/analysis';
import type { Graph } from './graph';
import { compileOpenings, OUT, participation, type Participation } from './openings';
import { resolveFacilities, resolveFacility } from './resolve';

export interface Cut {
  /** A facility (outage) or a flow (cut), by node or edge number. */
  target: number;
  fraction: number;
  start_month: number;
  /** Inclusive; Infinity when open-ended. */
  end_month: number;
}

export interface CompiledDisruptions {
  outages: Cut[];
  flowCuts: Cut[];
  takingPart: Participation;
}

const quoted = (text: string) => `"${text}"`;

/**
 * `countsPlanned`: the run counts planned facilities and flows from the start. A scenario
 * with facilities coming online needs the graph that holds planned ones (scenarioOp picks it).
 */
export function compileDisruptions(graph: Graph, disruptions: readonly Disruption[], prefix = 'disruptions', countsPlanned = graph.includePlanned): CompiledDisruptions {
  const openings = compileOpenings(graph, disruptions, prefix);
  const takingPart = participation(graph, openings, countsPlanned);
  const outages: Cut[] = [];
  const flowCuts: Cut[] = [];
  let edgeOf: Map<string, number> | undefined;
  disruptions.forEach((d, i) => {
    const at = `${prefix}.${i}`;
    const when = { fraction: d.fraction, start_month: d.start_month, end_month: d.end_month ?? Infinity };
    if (d.kind === 'online') return;
    if (d.kind === 'facility') {
      const node = resolveFacility(graph, d.id, `${at}.id`);
      if (takingPart.node[node] === OUT) {
        const message = `Facility ${quoted(graph.names[node]!)} is planned or under construction: it counts only when planned facilities are included (--include-planned) or it comes online in this scenario`;
        throw validationError([{ path: `${at}.id`, message }]);
      }
      outages.push({ target: node, ...when });
    } else if (d.kind === 'flow') {
      edgeOf ??= new Map(graph.flowIds.map((id, e) => [id, e]));
      const e = edgeOf.get(d.id);
      if (e === undefined || takingPart.edge[e] === OUT) {
        const flow = graph.everyFlow.find((f) => f.id === d.id);
        const message = flow
          ? `Flow ${quoted(d.id)} does not count (status ${flow.status}${flow.volume_t ? '' : ', no volume'}; its ends must count too)`
          : `No flow with id ${quoted(d.id)}`;
        throw validationError([{ path: `${at}.id`, message }]);
      }
      flowCuts.push({ target: e, ...when });
    } else {
      for (const e of bannedExports(graph, d, at)) flowCuts.push({ target: e, ...when });
    }
  });
  return { outages, flowCuts, takingPart };
}

/** The flows a country export ban stops: leaving the country, of the materials and to the destinations named. */
function bannedExports(graph: Graph, ban: Extract<Disruption, { kind: 'country' }>, at: string): number[] {
  const country = graph.countries.indexOf(ban.country);
  if (country < 0) return [];
  let materials: Set<number> | undefined;
  if (ban.materials) {
    materials = new Set(
      ban.materials.map((ref, k) => {
        const key = ref.trim().toLowerCase();
        let index = graph.materials.findIndex((mat) => mat.id === ref);
        if (index < 0) index = graph.materials.findIndex((mat) => mat.name.trim().toLowerCase() === key);
        if (index < 0) throw validationError([{ path: `${at}.materials.${k}`, message: `No material with id or name ${quoted(ref)}` }]);
        return index;
      }),
    );
  }
  const toCountries = ban.to_countries ? new Set(ban.to_countries.map((c) => graph.countries.indexOf(c))) : undefined;
  const toFacilities = ban.to_facilities ? new Set(resolveFacilities(graph, ban.to_facilities, `${at}.to_facilities`)) : undefined;
  const edges: number[] = [];
  for (let e = 0; e < graph.m; e++) {
    const u = graph.from[e]!;
    const w = graph.to[e]!;
    if (graph.country[u] !== country || graph.country[w] === country) continue;
    if (materials && !materials.has(graph.material[e]!)) continue;
    if (toCountries && !toCountries.has(graph.country[w]!)) continue;
    if (toFacilities && !toFacilities.has(w)) continue;
    edges.push(e);
  }
  return edges;
}

/** 1 minus the combined fraction of the cuts active in `month` on each target (cuts multiply). */
export function remainingIn(month: number, cuts: readonly Cut[], into: Float64Array): Float64Array {
  into.fill(1);
  for (const cut of cuts) {
    if (month >= cut.start_month && month <= cut.end_month) into[cut.target]! *= 1 - cut.fraction;
  }
  return into;
}
