// Ready-made scenarios. The China export ban is the sample's docs/scenarios/china-export-ban.json
// itself (the file the CLI example runs), checked by the scenario schema: it answers
// domain.md's "paralysed within six months?". The heavy rare-earth ban to the facilities
// analysed is domain.md's question 4, China's embargo on named primes.
import { scenarioFields, type ScenarioInput } from '../../../../db/model/analysis';
import chinaExportBan from '../../../../docs/scenarios/china-export-ban.json';

// Checked against the schema when the module loads (a broken file fails loudly), and kept as
// written (parsing would add the defaults to what a person then edits and saves).
scenarioFields.parse(chinaExportBan);
export const CHINA_EXPORT_BAN = chinaExportBan as ScenarioInput;

/** A name not yet taken: "X", else "X (2)", "X (3)"... */
export function freeName(name: string, taken: readonly string[]): string {
  const used = new Set(taken.map((t) => t.trim().toLowerCase()));
  if (!used.has(name.toLowerCase())) return name;
  for (let i = 2; ; i++) {
    const candidate = `${name} (${i})`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/** Longest preset name: the schema's 200 characters, less room for freeName's " (12)". */
const MAX_NAME = 194;

const HEAVY_BAN_NOTES =
  'Cuts only what China ships to them directly. Material that reaches them through other countries (Japanese magnet makers, say) still arrives unless those suppliers are named too.';

/**
 * China bans exports of every heavy rare-earth material to the facilities analysed: named in
 * the scenario's name (two at most; "every OEM" when they are all of them), from month 1.
 */
export function heavyBanPreset(targets: readonly { id: string; name: string }[], everyOem: boolean, heavyMaterials: readonly string[]): ScenarioInput {
  const named = everyOem
    ? 'every OEM'
    : targets.length <= 2
      ? targets.map((t) => t.name).join(' and ')
      : `${targets.length} facilities`;
  const name = `China bans heavy rare-earth exports to ${named}`;
  return {
    name: name.length <= MAX_NAME ? name : `China bans heavy rare-earth exports to ${targets.length} facilities`,
    months: 12,
    notes: HEAVY_BAN_NOTES,
    disruptions: [
      { kind: 'country', country: 'CN', fraction: 1, start_month: 1, materials: [...heavyMaterials], to_facilities: targets.map((t) => t.id) },
    ],
  };
}
