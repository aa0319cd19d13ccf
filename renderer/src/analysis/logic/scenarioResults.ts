// A scenario run as the view shows it: supply ratio by month for the target facilities (a
// line each), and months to shortfall, soonest first, with the tonnes short.
import { COUNTRY_NAMES } from '../../../../db/model/countries';
import type { ScenarioFacilityResult, ScenarioResult } from '../../../../db/model/analysis';
import { stageName } from './stages';

export interface SupplyLine {
  id: string;
  name: string;
  /** Supply ratio per month 1..months. */
  ratios: number[];
}

/**
 * Lines for the targets in the result, in the order given; at most `max` of them (a chart
 * of thousands of lines says nothing): then the ones short soonest, lowest supply first.
 */
export function supplyLines(result: ScenarioResult, targetIds: readonly string[], max = 12): { lines: SupplyLine[]; of: number } {
  const byId = new Map(result.facilities.map((f) => [f.id, f]));
  const found = targetIds.flatMap((id) => {
    const f = byId.get(id);
    return f ? [f] : [];
  });
  const picked = found.length <= max ? found : [...found].sort(worstFirst).slice(0, max);
  return { lines: picked.map((f) => ({ id: f.id, name: f.name, ratios: f.supply_ratio })), of: found.length };
}

const lowest = (f: ScenarioFacilityResult) => (f.supply_ratio.length ? Math.min(...f.supply_ratio) : 1);

function worstFirst(a: ScenarioFacilityResult, b: ScenarioFacilityResult): number {
  return (a.months_to_shortfall ?? Infinity) - (b.months_to_shortfall ?? Infinity) || lowest(a) - lowest(b) || a.name.localeCompare(b.name, 'en');
}

export interface ShortfallRow {
  id: string;
  name: string;
  stage: string;
  country: string;
  monthsToShortfall: number | null;
  shortfallTonnes: number;
  /** Lowest supply ratio in the run. */
  lowest: number;
  /** The month it comes online, for a facility that does in the run. */
  onlineFrom: number | null;
}

const row = (f: ScenarioFacilityResult): ShortfallRow => ({
  id: f.id,
  name: f.name,
  stage: stageName(f.stage),
  country: COUNTRY_NAMES[f.country] ?? f.country,
  monthsToShortfall: f.months_to_shortfall,
  shortfallTonnes: f.shortfall_t,
  lowest: lowest(f),
  onlineFrom: f.online_from ?? null,
});

/**
 * Soonest shortfall first (none last), then most tonnes short, then name. `only`: just these
 * facilities (the targets); otherwise every facility that ran short at all.
 */
export function shortfallRows(result: ScenarioResult, only: readonly string[] | null): ShortfallRow[] {
  const keep = only ? new Set(only) : null;
  return result.facilities
    .filter((f) => (keep ? keep.has(f.id) : f.shortfall_t > 1e-9 || f.months_to_shortfall !== null))
    .map(row)
    .sort(
      (a, b) =>
        (a.monthsToShortfall ?? Infinity) - (b.monthsToShortfall ?? Infinity) ||
        b.shortfallTonnes - a.shortfallTonnes ||
        a.name.localeCompare(b.name, 'en'),
    );
}

export interface Opening {
  id: string;
  name: string;
  month: number;
}

/** The facilities that come online in the run, earliest first: what brings supply back. */
export function openings(result: ScenarioResult): Opening[] {
  return result.facilities
    .flatMap((f) => (f.online_from === undefined ? [] : [{ id: f.id, name: f.name, month: f.online_from }]))
    .sort((a, b) => a.month - b.month || a.name.localeCompare(b.name, 'en'));
}

/** A facility's figures in the scenario compared with the open one. */
export interface Compared {
  monthsToShortfall: number | null;
  shortfallTonnes: number;
}

/** The compared run's figures, by facility id. */
export function comparedById(result: ScenarioResult): Map<string, Compared> {
  return new Map(result.facilities.map((f) => [f.id, { monthsToShortfall: f.months_to_shortfall, shortfallTonnes: f.shortfall_t }]));
}

/** The compared run's lines for the facilities the chart shows, in the same order (a facility it lacks is left out). */
export function comparedLines(lines: readonly SupplyLine[], result: ScenarioResult): (SupplyLine | null)[] {
  const byId = new Map(result.facilities.map((f) => [f.id, f]));
  return lines.map((line) => {
    const f = byId.get(line.id);
    return f ? { id: f.id, name: f.name, ratios: f.supply_ratio } : null;
  });
}
