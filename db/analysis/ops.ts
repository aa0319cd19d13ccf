// The analysis operations of db/api.ts over a built graph: input already parsed by zod,
// facilities resolved here (by id or unique name, with the field path in any error).
// Pure, like the rest of db/analysis: a Web Worker can run these on a graph it built.
import type { z } from 'zod';
import type {
  ChokepointsResult,
  chokepointsInput,
  concentrationInput,
  ConcentrationOverview,
  ConcentrationResult,
  ProvenanceResult,
  provenanceInput,
  ScenarioFields,
  ScenarioResult,
} from '../model/analysis';
import { chokepoints, defaultTargets } from './chokepoints';
import { concentration, concentrationOverview } from './concentration';
import type { Graph } from './graph';
import { provenance } from './provenance';
import { resolveFacilities, resolveFacility } from './resolve';
import { runScenario } from './scenario';

export function concentrationOp(graph: Graph, input: z.output<typeof concentrationInput>): ConcentrationResult {
  return concentration(graph, input.stage, input.basis);
}

export function concentrationAllOp(graph: Graph): ConcentrationOverview {
  return concentrationOverview(graph);
}

export function provenanceOp(graph: Graph, input: z.output<typeof provenanceInput>): ProvenanceResult {
  const targets = input.facilities
    ? resolveFacilities(graph, input.facilities, 'facilities')
    : [resolveFacility(graph, input.facility!, 'facility')];
  return provenance(graph, targets, { by: input.by, maxRoutes: input.max_routes });
}

export function chokepointsOp(graph: Graph, input: z.output<typeof chokepointsInput>): ChokepointsResult {
  const targets = input.targets ? resolveFacilities(graph, input.targets, 'targets') : defaultTargets(graph);
  return chokepoints(graph, targets, { limit: input.limit });
}

/**
 * `graphFor` gives the graph with or without planned facilities: a scenario in which some come
 * online runs on the one that holds them. `path` is where the disruptions sit in the caller's
 * input, for error messages.
 */
export function scenarioOp(
  graphFor: (includePlanned: boolean) => Graph,
  includePlanned: boolean,
  scenario: ScenarioFields,
  months = scenario.months,
  path = 'scenario.disruptions',
): ScenarioResult {
  const opens = scenario.disruptions.some((d) => d.kind === 'online');
  return runScenario(graphFor(includePlanned || opens), { name: scenario.name, months, disruptions: scenario.disruptions }, path, includePlanned);
}
