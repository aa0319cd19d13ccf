// The choices of the export's pickers: the countries the workspace's facilities are in,
// its materials, and every stage in chain order.
import { countryLabel } from '../../../../db/model/countries';
import { STAGE_LABELS, STAGES } from '../../../../db/model/enums';
import type { Facility, Material } from '../../../../db/model/schemas';

export interface PickItem {
  value: string;
  label: string;
}

export function countryItems(facilities: readonly Facility[]): PickItem[] {
  const codes = new Set(facilities.map((f) => f.country));
  return [...codes].map((code) => ({ value: code, label: countryLabel(code) })).sort((a, b) => a.label.localeCompare(b.label, 'en'));
}

export function materialItems(materials: readonly Material[]): PickItem[] {
  return materials.map((m) => ({ value: m.id, label: m.name })).sort((a, b) => a.label.localeCompare(b.label, 'en'));
}

export const STAGE_ITEMS: readonly PickItem[] = STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s] }));
