// The records a snapshot with a given filter holds, read from the workspace. The rule is
// db/model/snapshot-selection.ts (the window counts with it too); without sensitive content
// the notes are blanked here as well.
import type { SnapshotFilter } from '../model/snapshot';
import { pickSnapshotRecords } from '../model/snapshot-selection';
import type { Workspace } from '../workspace';
import type { SnapshotRecords } from './types';

export function selectRecords(ws: Workspace, filter: SnapshotFilter): SnapshotRecords {
  const all: SnapshotRecords = {
    materials: ws.all('materials', 'id'),
    facilities: ws.all('facilities', 'id'),
    flows: ws.all('flows', 'id'),
    sources: ws.all('sources', 'id'),
    source_links: ws.all('source_links', 'id'),
    check_reviews: ws.all('check_reviews', 'id'),
    scenarios: ws.all('scenarios', 'id'),
  };
  const picked = pickSnapshotRecords(all, filter);
  if (filter.include_sensitive) return picked as SnapshotRecords;
  return {
    materials: picked.materials.map((r) => ({ ...r, notes: '' })),
    facilities: picked.facilities.map((r) => ({ ...r, notes: '' })),
    flows: picked.flows.map((r) => ({ ...r, notes: '' })),
    sources: picked.sources.map((r) => ({ ...r, notes: '' })),
    source_links: picked.source_links.map((r) => ({ ...r, note: '' })),
    check_reviews: [], // none without sensitive content (snapshot-selection.ts)
    scenarios: picked.scenarios.map((r) => ({ ...r, notes: '' })),
  };
}
