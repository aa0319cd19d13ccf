// The concentration table (per stage: facilities, top countries, HHI, the 1,800 mark) and
// the "mining only vs whole chain" comparison: what mining statistics show for each
// country, beside its largest share at any stage of the chain.
import { COUNTRY_NAMES } from '../../../../db/model/countries';
import type { ConcentrationOverview, ConcentrationResult } from '../../../../db/model/analysis';
import type { Stage } from '../../../../db/model/enums';
import { CHAIN_STAGES, MATERIAL_STAGES, stageName } from './stages';

export type Basis = 'capacity' | 'throughput';

export interface CountryPart {
  country: string;
  name: string;
  share: number;
}

export interface ConcentrationRow {
  stage: Stage;
  label: string;
  facilities: number;
  total: number;
  hhi: number;
  highlyConcentrated: boolean;
  top: CountryPart[];
}

const part = (s: { country: string; share: number }): CountryPart => ({ country: s.country, name: COUNTRY_NAMES[s.country] ?? s.country, share: s.share });

function resultOf(overview: ConcentrationOverview, stage: Stage, basis: Basis): ConcentrationResult | undefined {
  const entry = overview.stages.find((s) => s.stage === stage);
  return entry?.[basis];
}

/** One row per chain stage that has facilities with a value on this basis. */
export function concentrationRows(overview: ConcentrationOverview, basis: Basis, topCount = 3): ConcentrationRow[] {
  const rows: ConcentrationRow[] = [];
  for (const stage of CHAIN_STAGES) {
    const r = resultOf(overview, stage, basis);
    if (!r || r.total <= 0) continue;
    rows.push({
      stage,
      label: stageName(stage),
      facilities: r.facilities,
      total: r.total,
      hhi: r.hhi,
      highlyConcentrated: r.highly_concentrated,
      top: r.shares.slice(0, topCount).map(part),
    });
  }
  return rows;
}

export interface MiningVsChainRow extends CountryPart {
  /** Its share of mining (the `share` field is the same number, for sorting). */
  mining: number;
  /** Its largest share at any chain stage, and that stage. */
  peak: number;
  peakStage: Stage;
}

export interface MiningVsChain {
  miningHhi: number | null;
  /** The most concentrated chain stage, for the headline. */
  peakHhi: { stage: Stage; label: string; hhi: number } | null;
  rows: MiningVsChainRow[];
}

/** Countries by their largest share at any stage from mine to magnet, with their share of mining beside it. */
export function miningVsChain(overview: ConcentrationOverview, basis: Basis, count = 6): MiningVsChain {
  const mine = resultOf(overview, 'mine', basis);
  const mining = new Map((mine?.shares ?? []).map((s) => [s.country, s.share]));
  const peaks = new Map<string, { share: number; stage: Stage }>();
  let peakHhi: MiningVsChain['peakHhi'] = null;
  for (const stage of MATERIAL_STAGES) {
    const r = resultOf(overview, stage, basis);
    if (!r || r.total <= 0) continue;
    if (!peakHhi || r.hhi > peakHhi.hhi) peakHhi = { stage, label: stageName(stage), hhi: r.hhi };
    for (const s of r.shares) {
      const seen = peaks.get(s.country);
      if (!seen || s.share > seen.share) peaks.set(s.country, { share: s.share, stage });
    }
  }
  const rows = [...peaks]
    .map(([country, p]): MiningVsChainRow => ({ ...part({ country, share: mining.get(country) ?? 0 }), mining: mining.get(country) ?? 0, peak: p.share, peakStage: p.stage }))
    .sort((a, b) => b.peak - a.peak || b.mining - a.mining || a.country.localeCompare(b.country))
    .slice(0, count);
  return { miningHhi: mine && mine.total > 0 ? mine.hhi : null, peakHhi, rows };
}
