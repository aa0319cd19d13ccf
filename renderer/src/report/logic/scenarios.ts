// A saved scenario as the report prints it: what it assumes, in words; how each OEM fares;
// and the other facilities that run short, soonest first (domain question 4).
import type { Scenario, ScenarioResult } from '../../../../db/model/analysis';
import { disruptionText, type RecordNames } from '../../../../db/model/disruption-text';
import { shortfallRows, type ShortfallRow } from '../../analysis/logic/scenarioResults';
import { plural } from '../../logic/format';

/** Facilities listed per scenario; the rest are counted. */
export const SHORTFALL_ROWS_LISTED = 15;

/** Each disruption (and facility coming online) as a sentence, in the scenario's order. */
export function assumptions(scenario: Scenario, names: RecordNames): string[] {
  return scenario.disruptions.map((d) => `${disruptionText(d, names)}.`);
}

export interface OemOutcome {
  /** OEMs of the report that take part in the run. */
  counted: number;
  /** Those whose supply falls below half of their need within the run, soonest first. */
  short: ShortfallRow[];
}

export interface ScenarioBrief {
  /** Facilities in the run. */
  facilities: number;
  oems: OemOutcome & {
    /** The first SHORTFALL_ROWS_LISTED OEMs, soonest short first, those never short last. */
    rows: ShortfallRow[];
  };
  /** The other facilities that run short at all (tonnes short, or below half their need in some month). */
  others: {
    count: number;
    /** The first SHORTFALL_ROWS_LISTED of them, soonest first. */
    rows: ShortfallRow[];
  };
}

export function scenarioBrief(result: ScenarioResult, oemIds: readonly string[]): ScenarioBrief {
  const oems = shortfallRows(result, oemIds);
  const isOem = new Set(oemIds);
  const others = shortfallRows(result, null).filter((r) => !isOem.has(r.id));
  return {
    facilities: result.facilities.length,
    oems: { counted: oems.length, short: oems.filter((r) => r.monthsToShortfall !== null), rows: oems.slice(0, SHORTFALL_ROWS_LISTED) },
    others: { count: others.length, rows: others.slice(0, SHORTFALL_ROWS_LISTED) },
  };
}

/** One sentence on the OEMs: how many fall below half their supply, and which first. */
export function oemOutcomeText({ counted, short }: OemOutcome, months: number): string {
  if (counted === 0) return 'No OEM takes part in this run.';
  const within = `within the ${plural(months, 'month')}`;
  if (short.length === 0) return counted === 1 ? `The OEM does not fall below half its supply ${within}.` : `None of the ${counted} OEMs falls below half its supply ${within}.`;
  const first = short[0]!;
  const firstText = `${first.name} in month ${first.monthsToShortfall}`;
  if (counted === 1) return `The OEM falls below half its supply ${within}: ${firstText}.`;
  return `${short.length} of the ${counted} OEMs fall below half their supply ${within}; the first is ${firstText}.`;
}

/** The caption of a scenario's supply chart: which OEMs it draws, of how many. */
export function supplyCaption(drawn: number, of: number, scenarioName: string): string {
  const whose = drawn < of ? `the ${drawn} OEMs short soonest, of ${of},` : of === 1 ? 'the OEM' : 'the OEMs';
  return `Supply of ${whose} month by month in ${scenarioName}, as a share of what ${of === 1 ? 'it needs' : 'each needs'}`;
}
