// The records the analysis worker holds, made from the window's lists: only the fields the
// analyses and the data checks read (less to copy), sent whole or, after an edit or two, as
// the few records that changed.
import type { GraphFlow } from '../../../../db/analysis/graph';
import type { Facility, Flow, Material } from '../../../../db/model/schemas';
import type { AnalysisRecords, RecordsPatch } from './protocol';

/** The window's lists the worker's records are made from. */
export interface RecordLists {
  facilities: readonly Facility[];
  flows: readonly Flow[];
  materials: readonly Material[];
}

const graphFacility = (f: Facility): AnalysisRecords['facilities'][number] => ({
  id: f.id, name: f.name, stage: f.stage, country: f.country, owner_country: f.owner_country, status: f.status,
  capacity_t: f.capacity_t, capacity_material_id: f.capacity_material_id, stock_t: f.stock_t, confidence: f.confidence,
});
const graphFlow = (f: Flow): GraphFlow => ({ id: f.id, from_id: f.from_id, to_id: f.to_id, material_id: f.material_id, volume_t: f.volume_t, status: f.status, confidence: f.confidence });
const graphMaterial = (m: Material): AnalysisRecords['materials'][number] => ({ id: m.id, name: m.name, form: m.form });

export function graphRecords(lists: RecordLists): AnalysisRecords {
  return { facilities: lists.facilities.map(graphFacility), flows: lists.flows.map(graphFlow), materials: lists.materials.map(graphMaterial) };
}

/** Above this many changed records the lists are sent whole. */
export const PATCH_LIMIT = 500;

/**
 * The records that changed from `sent` to `now`, by position, or null when the lists must be
 * sent whole. The window's store replaces an edited record in its place and appends a new one,
 * keeping every other record the same object, so a change shows as a new object at a
 * position; anything else (a delete, a reload: every object new) is beyond a patch.
 */
export function recordsPatch(sent: RecordLists, now: RecordLists, limit = PATCH_LIMIT): RecordsPatch | null {
  let budget = limit;
  const changed = <R extends { id: string }, G>(before: readonly R[], after: readonly R[], toGraph: (r: R) => G): [number, G][] | null => {
    if (after.length < before.length) return null;
    const out: [number, G][] = [];
    for (let i = 0; i < after.length; i++) {
      const record = after[i]!;
      if (i < before.length && record === before[i]) continue;
      if (i < before.length && record.id !== before[i]!.id) return null; // moved: not an edit in place
      if (--budget < 0) return null;
      out.push([i, toGraph(record)]);
    }
    return out;
  };
  const facilities = changed(sent.facilities, now.facilities, graphFacility);
  const flows = facilities && changed(sent.flows, now.flows, graphFlow);
  const materials = flows && changed(sent.materials, now.materials, graphMaterial);
  return facilities && flows && materials ? { facilities, flows, materials } : null;
}

/** Puts a patch's records in place (appending those past the end). */
export function applyPatch(records: AnalysisRecords, patch: RecordsPatch): void {
  for (const [i, f] of patch.facilities) records.facilities[i] = f;
  for (const [i, f] of patch.flows) records.flows[i] = f;
  for (const [i, m] of patch.materials) records.materials[i] = m;
}
