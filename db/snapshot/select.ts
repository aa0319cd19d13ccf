// Which records a snapshot with a given filter holds. Facilities: those in the countries and
// stages asked for (all when a list is empty) and, with a materials filter, those holding a
// listed material as capacity or sending or receiving it. Flows: of listed materials (if any)
// with both ends kept. Then the materials, sources and source links the kept records use.
import type { SnapshotFilter } from '../model/snapshot';
import type { Workspace } from '../workspace';
import type { SnapshotRecords } from './types';

export function isWholeWorkspace(filter: SnapshotFilter): boolean {
  return filter.countries.length === 0 && filter.materials.length === 0 && filter.stages.length === 0;
}

export function selectRecords(ws: Workspace, filter: SnapshotFilter): SnapshotRecords {
  const all: SnapshotRecords = {
    materials: ws.all('materials', 'id'),
    facilities: ws.all('facilities', 'id'),
    flows: ws.all('flows', 'id'),
    sources: ws.all('sources', 'id'),
    source_links: ws.all('source_links', 'id'),
  };
  const picked = isWholeWorkspace(filter) ? all : subset(all, filter);
  return filter.include_sensitive ? picked : withoutSensitive(picked);
}

function subset(all: SnapshotRecords, filter: SnapshotFilter): SnapshotRecords {
  const countries = new Set(filter.countries);
  const stages = new Set<string>(filter.stages);
  const materials = new Set(filter.materials);
  const byMaterial = materials.size > 0;
  let facilities = all.facilities.filter(
    (f) => (countries.size === 0 || countries.has(f.country)) && (stages.size === 0 || stages.has(f.stage)),
  );
  if (byMaterial) {
    const handling = new Set<string>();
    for (const flow of all.flows) {
      if (materials.has(flow.material_id)) handling.add(flow.from_id).add(flow.to_id);
    }
    facilities = facilities.filter((f) => handling.has(f.id) || (f.capacity_material_id !== null && materials.has(f.capacity_material_id)));
  }
  const facilityIds = new Set(facilities.map((f) => f.id));
  const flows = all.flows.filter(
    (f) => facilityIds.has(f.from_id) && facilityIds.has(f.to_id) && (!byMaterial || materials.has(f.material_id)),
  );
  const usedMaterials = new Set(materials);
  for (const f of facilities) if (f.capacity_material_id !== null) usedMaterials.add(f.capacity_material_id);
  for (const f of flows) usedMaterials.add(f.material_id);
  const kept = { material: usedMaterials, facility: facilityIds, flow: new Set(flows.map((f) => f.id)) };
  const source_links = all.source_links.filter((l) => kept[l.record_type].has(l.record_id));
  const cited = new Set(source_links.map((l) => l.source_id));
  return {
    materials: all.materials.filter((m) => usedMaterials.has(m.id)),
    facilities,
    flows,
    sources: all.sources.filter((s) => cited.has(s.id)),
    source_links,
  };
}

/** Notes blanked everywhere; sensitive sources and their links left out. */
function withoutSensitive(records: SnapshotRecords): SnapshotRecords {
  const sources = records.sources.filter((s) => !s.sensitive);
  const keptSources = new Set(sources.map((s) => s.id));
  return {
    materials: records.materials.map((r) => ({ ...r, notes: '' })),
    facilities: records.facilities.map((r) => ({ ...r, notes: '' })),
    flows: records.flows.map((r) => ({ ...r, notes: '' })),
    sources: sources.map((r) => ({ ...r, notes: '' })),
    source_links: records.source_links.filter((l) => keptSources.has(l.source_id)).map((r) => ({ ...r, note: '' })),
  };
}
