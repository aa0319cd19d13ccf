// What a snapshot export will hold, counted in the window before exporting, by the same rule
// the core writes the file with (db/model/snapshot-selection.ts).
import type { Stage } from '../../../../db/model/enums';
import { pickSnapshotRecords, type SelectableRecords } from '../../../../db/model/snapshot-selection';

export { isWholeWorkspace } from '../../../../db/model/snapshot-selection';

export interface ExportSelection {
  countries: readonly string[];
  /** Material ids. */
  materials: readonly string[];
  stages: readonly Stage[];
  includeSensitive: boolean;
}

export interface ExportCounts {
  facilities: number;
  flows: number;
  materials: number;
  sources: number;
  reviews: number;
  scenarios: number;
}

/** `lists`: the workspace's records by table, as the core's selection reads them. */
export function exportCounts(lists: SelectableRecords, selection: ExportSelection): ExportCounts {
  const picked = pickSnapshotRecords(lists, {
    countries: [...selection.countries],
    materials: [...selection.materials],
    stages: [...selection.stages],
    include_sensitive: selection.includeSensitive,
  });
  return {
    facilities: picked.facilities.length,
    flows: picked.flows.length,
    materials: picked.materials.length,
    sources: picked.sources.length,
    reviews: picked.check_reviews.length,
    scenarios: picked.scenarios.length,
  };
}
