// Ready-made scenarios. The China export ban is the sample's docs/scenarios/china-export-ban.json
// itself (the file the CLI example runs), checked by the scenario schema: it answers
// domain.md's "paralysed within six months?".
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
