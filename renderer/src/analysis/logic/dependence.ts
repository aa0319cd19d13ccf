// The "dependence by stage" chart: for the target's inbound mass, the share that passed
// through each country at each stage from mine to magnet, as one stacked bar per stage. A stage's
// countries reach only as far as the share that passed through that stage at all (little of a
// magnet's material goes through a separate alloy maker, for instance); the rest of the bar is
// said in so many words, so that a short bar does not read as missing data.
import { COUNTRY_NAMES } from '../../../../db/model/countries';
import type { ProvenanceResult } from '../../../../db/model/analysis';
import type { Stage } from '../../../../db/model/enums';
import { countryColor } from '../../diagram/model/style';
import { MATERIAL_STAGES, stageName } from './stages';

export const OTHER_COUNTRIES = 'Other countries';
const OTHER_COLOR = '#a3acb9';
export const NOT_THROUGH = 'Not through this stage';
/** Below this share the rest of a bar is rounding, not material that skipped the stage. */
export const NOT_THROUGH_MIN = 0.001;

export interface DependenceSeries {
  /** ISO code, or '' for the countries folded into "Other countries". */
  country: string;
  name: string;
  color: string;
  /** Share (fraction of inbound) per stage of `stages`. */
  shares: number[];
}

export interface DependenceModel {
  stages: { stage: Stage; label: string }[];
  /** Most material first (sum of shares over the stages); "Other countries" last. */
  series: DependenceSeries[];
  /**
   * Per stage, the share of the inbound that passed through no facility of that stage: it
   * skipped the stage (mine straight to separation), or its recorded chain starts after it.
   */
  notThrough: number[];
  /** The country with the most material passing through it, and its share at each stage. */
  leader: { country: string; name: string; shares: number[] } | null;
}

export function dependenceModel(result: ProvenanceResult, maxCountries = 8): DependenceModel {
  const stages = MATERIAL_STAGES.filter((s) => (result.stages[s] ?? []).some((c) => c.share > 0));
  const byCountry = new Map<string, number[]>();
  stages.forEach((stage, i) => {
    for (const { country, share } of result.stages[stage] ?? []) {
      let shares = byCountry.get(country);
      if (!shares) byCountry.set(country, (shares = stages.map(() => 0)));
      shares[i]! += share;
    }
  });
  // Most material first (China, in the sample): the bottom of each stack and the legend's head.
  const ranked = [...byCountry].sort(([a, x], [b, y]) => sum(y) - sum(x) || a.localeCompare(b));
  const keep = ranked.length > maxCountries ? ranked.slice(0, maxCountries - 1) : ranked;
  const rest = ranked.slice(keep.length);
  const series: DependenceSeries[] = keep.map(([country, shares]) => ({ country, name: COUNTRY_NAMES[country] ?? country, color: countryColor(country), shares }));
  if (rest.length) {
    series.push({ country: '', name: OTHER_COUNTRIES, color: OTHER_COLOR, shares: stages.map((_, i) => sum(rest.map(([, s]) => s[i]!))) });
  }
  const top = ranked[0];
  const notThrough = stages.map((_, i) => {
    const rest = 1 - sum(series.map((s) => s.shares[i]!));
    return rest >= NOT_THROUGH_MIN ? rest : 0;
  });
  return {
    stages: stages.map((stage) => ({ stage, label: stageName(stage) })),
    series,
    notThrough,
    leader: top ? { country: top[0], name: COUNTRY_NAMES[top[0]] ?? top[0], shares: top[1] } : null,
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
