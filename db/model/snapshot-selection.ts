// Which records a snapshot with a given filter holds: one rule for the file the core writes
// (db/snapshot/select.ts) and the counts the window shows before exporting. Pure; reads only
// the record lists. Facilities: those in the countries and stages asked for (all when a list
// is empty) and, with a materials filter, those holding a listed material as capacity or
// sending or receiving it. Flows: of listed materials (if any) with both ends kept. Then the
// materials, sources and source links the kept records use, the check reviews of kept
// facilities and flows, and the saved scenarios that name no record the part leaves out (a
// scenario naming only countries comes with any part; one naming a record this workspace
// no longer has still comes, as it would run here: with that record missing). Without
// sensitive content, sources marked sensitive and their links are left out too, and every
// review: its note is an analyst's reasoning, and a review cannot be kept without one.
import type { Scenario } from './analysis';
import { byIdOrName } from './disruption-text';
import type { SnapshotFilter } from './snapshot';
import type { SnapshotRecords } from './snapshot-types';

/** The lists a selection reads and returns (readonly: the caller's arrays are not touched). */
export type SelectableRecords = { readonly [K in keyof SnapshotRecords]: readonly SnapshotRecords[K][number][] };

export function isWholeWorkspace(filter: { readonly countries: readonly unknown[]; readonly materials: readonly unknown[]; readonly stages: readonly unknown[] }): boolean {
  return filter.countries.length === 0 && filter.materials.length === 0 && filter.stages.length === 0;
}

export function pickSnapshotRecords(all: SelectableRecords, filter: SnapshotFilter): SelectableRecords {
  const picked = isWholeWorkspace(filter) ? all : subset(all, filter);
  if (filter.include_sensitive) return picked;
  const sources = picked.sources.filter((s) => !s.sensitive);
  const kept = new Set(sources.map((s) => s.id));
  return { ...picked, sources, source_links: picked.source_links.filter((l) => kept.has(l.source_id)), check_reviews: [] };
}

function subset(all: SelectableRecords, filter: SnapshotFilter): SelectableRecords {
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
    check_reviews: all.check_reviews.filter((r) => kept[r.record_type].has(r.record_id)),
    scenarios: all.scenarios.length ? all.scenarios.filter(namesNothingLeftOut(all, kept)) : [],
  };
}

type Kept = Readonly<Record<'material' | 'facility' | 'flow', ReadonlySet<string>>>;

/** Whether a scenario names no record of the workspace that the part leaves out; references resolve as a run resolves them. */
function namesNothingLeftOut(all: SelectableRecords, kept: Kept): (scenario: Scenario) => boolean {
  /** A reference is fine unless it finds a record here that the part leaves out. */
  const keptOrAbsent = (records: readonly { id: string; name: string }[], ids: ReadonlySet<string>) => {
    const find = byIdOrName(records);
    return (ref: string) => {
      const found = find(ref);
      return !found || ids.has(found.id);
    };
  };
  const facilityKept = keptOrAbsent(all.facilities, kept.facility);
  const materialKept = keptOrAbsent(all.materials, kept.material);
  const flows = new Set(all.flows.map((f) => f.id));
  return (scenario) =>
    scenario.disruptions.every((d) => {
      switch (d.kind) {
        case 'facility':
        case 'online':
          return facilityKept(d.id);
        case 'flow':
          return !flows.has(d.id) || kept.flow.has(d.id);
        case 'country':
          return (d.materials ?? []).every(materialKept) && (d.to_facilities ?? []).every(facilityKept);
      }
    });
}
