// Finding records by type and id, and the record an undo brought back.
import type { Facility, Flow, Material, Source } from '../../../db/model/schemas';
import type { AnyRecord, EditableType } from './forms';
import type { Indexes } from './rows';

export interface RecordLists {
  facilities: readonly Facility[];
  flows: readonly Flow[];
  materials: readonly Material[];
  sources: readonly Source[];
}

export function recordById(indexes: Indexes, type: EditableType, id: string | null): AnyRecord | null {
  if (!id) return null;
  switch (type) {
    case 'facility':
      return indexes.facilityById.get(id) ?? null;
    case 'flow':
      return indexes.flowById.get(id) ?? null;
    case 'material':
      return indexes.materialById.get(id) ?? null;
    case 'source':
      return indexes.sourceById.get(id) ?? null;
  }
}

/** A facility's name by id (the id itself when unknown), for naming flows. */
export function facilityNamer(indexes: Indexes): (id: string) => string {
  return (id) => indexes.facilityById.get(id)?.name ?? id;
}

export function recordsOfType(lists: RecordLists, type: EditableType): readonly AnyRecord[] {
  switch (type) {
    case 'facility':
      return lists.facilities;
    case 'flow':
      return lists.flows;
    case 'material':
      return lists.materials;
    case 'source':
      return lists.sources;
  }
}

/**
 * Facilities first: deleting a facility takes its flows, so the facility is the record the
 * user deleted; a flow is only the main record when no facility came back.
 */
const RESTORE_ORDER: readonly EditableType[] = ['facility', 'flow', 'material', 'source'];

/** The main record that is in `after` but not in `before` (what an undone delete brought back). */
export function restoredRecord(before: RecordLists, after: RecordLists): { type: EditableType; id: string } | null {
  for (const type of RESTORE_ORDER) {
    const known = new Set(recordsOfType(before, type).map((r) => r.id));
    const back = recordsOfType(after, type).find((r) => !known.has(r.id));
    if (back) return { type, id: back.id };
  }
  return null;
}
