// Monthly disruption simulation (interfaces.md "scenario"). Each month, upstream before
// downstream (recycling loops iterated within the month), every facility:
//  - needs its planned inbound, annual inbound volumes / 12;
//  - receives what its suppliers actually ship this month (no transit delay);
//  - draws what did not arrive from its own stock_t, while the stock lasts;
//  - ships each outbound flow its planned volume / 12 times the share of its need it could
//    meet (the part of its output it originates itself, as a mine does, is not limited),
//    reduced by any outage of the facility and any cut of the flow (export bans included).
// A stockpile is the exception: it needs its planned OUTBOUND, and ships it from what it
// receives plus its stock while the stock lasts; what it receives beyond that is stocked.
// Supply ratio = (received + drawn from stock) / need; 1 when nothing is planned.
// Facilities that come online, and the flows they bring, join in their months (openings.ts).
import { SHORTFALL_RATIO, type ScenarioFacilityResult, type ScenarioResult } from '../model/analysis';
import { STAGES } from '../model/enums';
import { compileDisruptions, remainingIn, type CompiledDisruptions } from './disruptions';
import { originated as originatedOf, type Graph } from './graph';
import type { Disruption } from '../model/analysis';
import { levelsIn, ONLINE, OUT } from './openings';
import { settle } from './settle';

export interface ScenarioDefinition {
  name: string;
  months: number;
  disruptions: readonly Disruption[];
}

export interface SimulationResult {
  months: number;
  /** ratio[v * months + (month - 1)]. */
  ratio: Float64Array;
  shortfall: Float64Array;
  /** First month (1-based) with a ratio below SHORTFALL_RATIO, 0 for none. */
  firstShortfall: Int32Array;
  /** Tonnes shipped on each flow in each month: shipped[e * months + (month - 1)]. */
  shipped: Float64Array;
  stockLeft: Float64Array;
}

const STOCKPILE = STAGES.indexOf('stockpile');
const MONTHS_PER_YEAR = 12;

export function simulate(graph: Graph, months: number, disruptions: CompiledDisruptions): SimulationResult {
  const { n, m, inStart, inEdge, outStart, outEdge, volume } = graph;
  const { plannedIn, plannedOut } = disruptions.takingPart;
  const ratio = new Float64Array(n * months);
  const shortfall = new Float64Array(n);
  const firstShortfall = new Int32Array(n);
  const shipped = new Float64Array(m * months);
  const stock = Float64Array.from(graph.stock);
  const stockEnd = new Float64Array(n);
  const ship = new Float64Array(m);
  const unmet = new Float64Array(n);
  const running = new Float64Array(n);
  const open = new Float64Array(m);
  const level = new Float64Array(n);
  const edgeLevel = new Float64Array(m);
  const originated = new Float64Array(n);
  for (let v = 0; v < n; v++) originated[v] = originatedOf(plannedIn[v]!, plannedOut[v]!);

  for (let month = 1; month <= months; month++) {
    remainingIn(month, disruptions.outages, running);
    remainingIn(month, disruptions.flowCuts, open);
    levelsIn(graph, month, disruptions.takingPart, level, edgeLevel);
    for (let e = 0; e < m; e++) open[e]! *= edgeLevel[e]!;
    const col = month - 1;
    // Each visit recomputes v from its stock at the start of the month, so sweeping a
    // recycling loop again never draws the same stock twice.
    const visit = (v: number): number => {
      let received = 0;
      for (let i = inStart[v]!; i < inStart[v + 1]!; i++) received += ship[inEdge[i]!]!;
      const stockpile = graph.stage[v] === STOCKPILE;
      const need = ((stockpile ? plannedOut[v]! : plannedIn[v]!) * level[v]!) / MONTHS_PER_YEAR;
      const drawn = Math.min(stock[v]!, Math.max(0, need - received));
      const available = received + drawn;
      const r = need > 0 ? Math.min(1, available / need) : 1;
      ratio[v * months + col] = r;
      unmet[v] = Math.max(0, need - available);
      const factor = (stockpile ? r : originated[v]! + (1 - originated[v]!) * r) * running[v]!;
      let change = 0;
      let sent = 0;
      for (let i = outStart[v]!; i < outStart[v + 1]!; i++) {
        const e = outEdge[i]!;
        const amount = (volume[e]! / MONTHS_PER_YEAR) * factor * open[e]!;
        change = Math.max(change, Math.abs(amount - ship[e]!));
        ship[e] = amount;
        sent += amount;
      }
      stockEnd[v] = stockpile ? Math.max(0, stock[v]! + received - sent) : stock[v]! - drawn;
      return change;
    };
    settle(graph, visit, undefined, 1e-12);
    for (let v = 0; v < n; v++) {
      stock[v] = stockEnd[v]!;
      shortfall[v]! += unmet[v]!;
      if (firstShortfall[v] === 0 && ratio[v * months + col]! < SHORTFALL_RATIO) firstShortfall[v] = month;
    }
    for (let e = 0; e < m; e++) shipped[e * months + col] = ship[e]!;
  }
  return { months, ratio, shortfall, firstShortfall, shipped, stockLeft: stock };
}

/**
 * Runs a scenario and reports every facility taking part, those that run short first.
 * `countsPlanned`: count planned facilities and flows from the start (the graph must hold
 * them, as it must when facilities come online).
 */
export function runScenario(graph: Graph, scenario: ScenarioDefinition, path = 'disruptions', countsPlanned = graph.includePlanned): ScenarioResult {
  const compiled = compileDisruptions(graph, scenario.disruptions, path, countsPlanned);
  const sim = simulate(graph, scenario.months, compiled);
  const { node } = compiled.takingPart;
  const onlineFrom = new Map(compiled.takingPart.openings.map((o) => [o.target, o.start_month]));
  const facilities: ScenarioFacilityResult[] = [];
  for (let v = 0; v < graph.n; v++) {
    if (node[v] === OUT) continue;
    facilities.push({
      id: graph.ids[v]!,
      name: graph.names[v]!,
      stage: STAGES[graph.stage[v]!]!,
      country: graph.countries[graph.country[v]!]!,
      supply_ratio: Array.from(sim.ratio.subarray(v * sim.months, (v + 1) * sim.months), round),
      shortfall_t: round(sim.shortfall[v]!),
      months_to_shortfall: sim.firstShortfall[v]! || null,
      ...(node[v] === ONLINE ? { online_from: onlineFrom.get(v)! } : {}),
    });
  }
  facilities.sort(
    (a, b) =>
      (a.months_to_shortfall ?? Infinity) - (b.months_to_shortfall ?? Infinity) ||
      b.shortfall_t - a.shortfall_t ||
      a.name.localeCompare(b.name),
  );
  return { name: scenario.name, months: scenario.months, facilities };
}

/** Six decimals: enough for ratios and tonnes, and stable JSON. */
function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
