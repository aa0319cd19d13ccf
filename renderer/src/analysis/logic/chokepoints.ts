// The chokepoint ranking: facilities by the share of the targets' supply passing through
// them, single points of failure marked (with how many targets each would cut off), and
// countries by the same share.
import { COUNTRY_NAMES } from '../../../../db/model/countries';
import type { ChokepointsResult } from '../../../../db/model/analysis';
import type { Stage } from '../../../../db/model/enums';
import { stageName } from './stages';

export interface ChokepointRow {
  rank: number;
  id: string;
  name: string;
  stage: Stage;
  stageLabel: string;
  country: string;
  countryName: string;
  share: number;
  /** Set for a single point of failure: targets it cuts off, and whether that is all of them. */
  spof: { targets: number; allTargets: boolean; cutsShare: number } | null;
}

export function chokepointRows(result: ChokepointsResult, limit = 25): ChokepointRow[] {
  const spof = new Map(result.single_points_of_failure_detail.map((s) => [s.id, s]));
  const rows = result.facilities.map((f, i): ChokepointRow => {
    const s = spof.get(f.id);
    return {
      rank: i + 1,
      id: f.id,
      name: f.name,
      stage: f.stage,
      stageLabel: stageName(f.stage),
      country: f.country,
      countryName: COUNTRY_NAMES[f.country] ?? f.country,
      share: f.share,
      spof: s ? { targets: s.targets, allTargets: s.all_targets, cutsShare: s.cuts_share } : null,
    };
  });
  // Single points of failure are listed even when their share is below the cut-off.
  const shown = rows.slice(0, limit);
  for (const row of rows.slice(limit)) if (row.spof) shown.push(row);
  return shown;
}

export interface CountryChokepoint {
  country: string;
  name: string;
  share: number;
}

export function countryChokepoints(result: ChokepointsResult, limit = 12): CountryChokepoint[] {
  return result.countries.filter((c) => c.share > 0).slice(0, limit).map((c) => ({ country: c.country, name: COUNTRY_NAMES[c.country] ?? c.country, share: c.share }));
}
