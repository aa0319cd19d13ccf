// Ready-made scenarios. The China export ban is the sample's docs/scenarios/china-export-ban.json
// (a test keeps the two the same): it answers domain.md's "paralysed within six months?".
import type { ScenarioInput } from '../../../../db/model/analysis';

export const CHINA_EXPORT_BAN: ScenarioInput = {
  name: 'China stops all rare-earth exports from month 1',
  months: 12,
  disruptions: [{ kind: 'country', country: 'CN', fraction: 1, start_month: 1 }],
};

/** A name not yet taken: "X", else "X (2)", "X (3)"... */
export function freeName(name: string, taken: readonly string[]): string {
  const used = new Set(taken.map((t) => t.trim().toLowerCase()));
  if (!used.has(name.toLowerCase())) return name;
  for (let i = 2; ; i++) {
    const candidate = `${name} (${i})`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
