// The report's provenance of the OEMs: which OEMs are traced, and for each, stage by stage,
// the share of its inbound material that passed through each country (the largest few
// named, the rest folded), plus its largest routes in words. Pure.
import { COUNTRY_NAMES } from '../../../../db/model/countries';
import type { ProvenanceResult, ProvenanceRoute } from '../../../../db/model/analysis';
import type { Stage } from '../../../../db/model/enums';
import type { Facility } from '../../../../db/model/schemas';
import { countryColor } from '../../diagram/model/style';
import { MATERIAL_STAGES, stageName } from '../../analysis/logic/stages';

/** The OEMs the report traces: operating ones (or every one with planned included), by name. */
export function reportOems(facilities: readonly Facility[], includePlanned: boolean): Facility[] {
  return facilities
    .filter((f) => f.stage === 'oem' && (includePlanned || f.status === 'operating'))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

export interface CountryPart {
  country: string;
  name: string;
  color: string;
  share: number;
}

export interface ProvenanceStageRow {
  stage: Stage;
  label: string;
  /** Share of the inbound mass that passed through this stage at all. */
  through: number;
  /** Largest countries first. */
  parts: CountryPart[];
  /** Share through the countries not named in `parts`. */
  other: number;
}

export const OTHER_COLOR = '#a3acb9';

/** Rows for the stages from mine to magnet that any of the inbound mass passed through. */
export function provenanceStageRows(result: ProvenanceResult, maxCountries = 4): ProvenanceStageRow[] {
  const rows: ProvenanceStageRow[] = [];
  for (const stage of MATERIAL_STAGES) {
    const shares = (result.stages[stage] ?? []).filter((c) => c.share > 0).sort((a, b) => b.share - a.share || a.country.localeCompare(b.country));
    if (!shares.length) continue;
    const named = shares.length > maxCountries ? shares.slice(0, maxCountries - 1) : shares;
    const through = shares.reduce((sum, c) => sum + c.share, 0);
    const parts = named.map((c) => ({ country: c.country, name: COUNTRY_NAMES[c.country] ?? c.country, color: countryColor(c.country), share: c.share }));
    rows.push({ stage, label: stageName(stage), through, parts, other: Math.max(0, through - parts.reduce((sum, p) => sum + p.share, 0)) });
  }
  return rows;
}

/** "Australia mine → China separation → Japan magnet". */
export function routeText(route: ProvenanceRoute): string {
  return route.path.map((hop) => `${COUNTRY_NAMES[hop.country] ?? hop.country} ${stageName(hop.stage).toLowerCase()}`).join(' → ');
}
