// What a snapshot export will hold, counted in the window before exporting. Mirrors
// db/snapshot/select.ts (which the renderer cannot import): facilities in the chosen
// countries and stages (and, with materials chosen, handling one of them); flows with both
// ends kept (of the chosen materials); the materials and cited sources those use.
import type { Stage } from '../../../../db/model/enums';
import type { Facility, Flow, Material, Source, SourceLink } from '../../../../db/model/schemas';

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
}

export interface ExportCounts {
  facilities: number;
  flows: number;
  materials: number;
  sources: number;
}

export function isWholeWorkspace(s: ExportSelection): boolean {
  return s.countries.length === 0 && s.materials.length === 0 && s.stages.length === 0;
}

export function exportCounts(lists: ExportLists, selection: ExportSelection): ExportCounts {
  const picked = isWholeWorkspace(selection) ? everything(lists) : subset(lists, selection);
  const sources = selection.includeSensitive ? picked.sources : picked.sources.filter((s) => !s.sensitive);
  return { facilities: picked.facilities.length, flows: picked.flows.length, materials: picked.materials.length, sources: sources.length };
}

interface Picked {
  facilities: readonly Facility[];
  flows: readonly Flow[];
  materials: readonly Material[];
  sources: readonly Source[];
}

function everything(lists: ExportLists): Picked {
  return { facilities: lists.facilities, flows: lists.flows, materials: lists.materials, sources: lists.sources };
}

function subset(lists: ExportLists, s: ExportSelection): Picked {
  const countries = new Set(s.countries);
  const stages = new Set<string>(s.stages);
  const materials = new Set(s.materials);
  const byMaterial = materials.size > 0;
  let facilities = lists.facilities.filter(
    (f) => (countries.size === 0 || countries.has(f.country)) && (stages.size === 0 || stages.has(f.stage)),
  );
  if (byMaterial) {
    const handling = new Set<string>();
    for (const flow of lists.flows) if (materials.has(flow.material_id)) handling.add(flow.from_id).add(flow.to_id);
    facilities = facilities.filter((f) => handling.has(f.id) || (f.capacity_material_id !== null && materials.has(f.capacity_material_id)));
  }
  const facilityIds = new Set(facilities.map((f) => f.id));
  const flows = lists.flows.filter((f) => facilityIds.has(f.from_id) && facilityIds.has(f.to_id) && (!byMaterial || materials.has(f.material_id)));
  const usedMaterials = new Set(materials);
  for (const f of facilities) if (f.capacity_material_id !== null) usedMaterials.add(f.capacity_material_id);
  for (const f of flows) usedMaterials.add(f.material_id);
  const kept: Record<SourceLink['record_type'], Set<string>> = {
    material: usedMaterials,
    facility: facilityIds,
    flow: new Set(flows.map((f) => f.id)),
  };
  const cited = new Set(lists.links.filter((l) => kept[l.record_type].has(l.record_id)).map((l) => l.source_id));
  return {
    facilities,
    flows,
    materials: lists.materials.filter((m) => usedMaterials.has(m.id)),
    sources: lists.sources.filter((x) => cited.has(x.id)),
  };
}
