// What a snapshot export will hold, counted in the window before exporting, by the same rule
// the core writes the file with (db/model/snapshot-selection.ts).
import type { Scenario } from '../../../../db/model/analysis';
import type { CheckReview } from '../../../../db/model/checks';
import type { Stage } from '../../../../db/model/enums';
import type { Facility, Flow, Material, Source, SourceLink } from '../../../../db/model/schemas';
import { pickSnapshotRecords } from '../../../../db/model/snapshot-selection';

export { isWholeWorkspace } from '../../../../db/model/snapshot-selection';

export interface ExportSelection {
  countries: readonly string[];
  /** Material ids. */
  materials: readonly string[];
  stages: readonly Stage[];
  includeSensitive: boolean;
}

export interface ExportLists {
  facilities: readonly Facility[];
  flows: readonly Flow[];
  materials: readonly Material[];
  sources: readonly Source[];
  links: readonly SourceLink[];
  reviews: readonly CheckReview[];
  scenarios: readonly Scenario[];
}

export interface ExportCounts {
  facilities: number;
  flows: number;
  materials: number;
  sources: number;
  reviews: number;
  scenarios: number;
}

export function exportCounts(lists: ExportLists, selection: ExportSelection): ExportCounts {
  const picked = pickSnapshotRecords(
    {
      facilities: lists.facilities,
      flows: lists.flows,
      materials: lists.materials,
      sources: lists.sources,
      source_links: lists.links,
      check_reviews: lists.reviews,
      scenarios: lists.scenarios,
    },
    {
      countries: [...selection.countries],
      materials: [...selection.materials],
      stages: [...selection.stages],
      include_sensitive: selection.includeSensitive,
    },
  );
  return {
    facilities: picked.facilities.length,
    flows: picked.flows.length,
    materials: picked.materials.length,
    sources: picked.sources.length,
    reviews: picked.check_reviews.length,
    scenarios: picked.scenarios.length,
  };
}
