// The facilities an analysis is for: the ones picked, or every OEM (the default), and how
// to name that set in headings.
import { statusCounts } from '../../../../db/analysis/graph';
import type { Facility } from '../../../../db/model/schemas';

type TargetFacility = Pick<Facility, 'id' | 'name' | 'stage' | 'status'>;

/** Every OEM that counts (operating; planned and construction too when asked): the default set. */
export function oemIds(facilities: readonly TargetFacility[], includePlanned: boolean): string[] {
  return facilities.filter((f) => f.stage === 'oem' && statusCounts(f.status, includePlanned)).map((f) => f.id);
}

/** The ids to analyse: the picked ones that still exist, or every OEM when none is picked. */
export function targetIds(picked: readonly string[], facilities: readonly TargetFacility[], includePlanned: boolean): string[] {
  if (picked.length === 0) return oemIds(facilities, includePlanned);
  const known = new Set(facilities.map((f) => f.id));
  return picked.filter((id) => known.has(id));
}

/** "All OEMs (9)", the one facility's name, or "3 facilities". */
export function targetLabel(picked: readonly string[], resolved: readonly string[], nameOf: (id: string) => string | undefined): string {
  if (picked.length === 0) return `All OEMs (${resolved.length})`;
  if (resolved.length === 1) return nameOf(resolved[0]!) ?? resolved[0]!;
  return `${resolved.length} facilities`;
}
