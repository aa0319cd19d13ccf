import { facilityFields, type Facility, type FacilityBulkChanges, type FacilityFields } from '../model/schemas';
import { readThenWrite, writeBatch, type Tx } from '../store/changes';
import type { Workspace } from '../workspace';
import { bulkLabel, checkRevision, emptyDeleteResult, parseOrThrow, plural, quoted, requireNewId, requireRecord, requireRecords, updateEach } from './common';
import type { UpdateManyResult } from '../api';
import { removeAttached } from './attached';
import type { Flow } from '../model/schemas';

export function listFacilities(ws: Workspace): Facility[] {
  return ws.all('facilities');
}

export function getFacility(ws: Workspace, id: string): Facility {
  return requireRecord(ws, 'facilities', id);
}

function checkReferences(ws: Workspace, fields: FacilityFields): void {
  if (fields.capacity_material_id) requireRecord(ws, 'materials', fields.capacity_material_id, 'capacity_material_id');
}

export function insertFacility(ws: Workspace, tx: Tx, fields: FacilityFields & { id?: string }): Facility {
  const id = requireNewId(ws, 'facilities', fields.id);
  checkReferences(ws, fields);
  return tx.insert('facilities', { ...fields, id });
}

export function createFacility(ws: Workspace, input: FacilityFields & { id?: string }): Facility {
  return writeBatch(ws, { label: `Create facility ${quoted(input.name)}` }, (tx) => insertFacility(ws, tx, input));
}

export function updateFacility(
  ws: Workspace,
  input: { id: string; revision?: number; changes: Partial<FacilityFields> },
): Facility {
  return readThenWrite(ws, () => {
    const current = requireRecord(ws, 'facilities', input.id);
    checkRevision('facilities', current, input.revision);
    const fields = parseOrThrow(facilityFields, { ...current, ...input.changes });
    checkReferences(ws, fields);
    return writeBatch(ws, { label: `Edit facility ${quoted(fields.name)}` }, (tx) => tx.update('facilities', current, fields));
  });
}

/**
 * Sets the same fields on many facilities, as one step: each facility keeps its other
 * fields as they are now (read inside the write lock, so nothing another program wrote
 * meanwhile is lost). Refused whole if any id is missing.
 */
export function updateFacilities(
  ws: Workspace,
  input: { ids: readonly string[]; changes: FacilityBulkChanges; add_tags?: readonly string[]; remove_tags?: readonly string[] },
): UpdateManyResult {
  const add = input.add_tags ?? [];
  const remove = new Set(input.remove_tags ?? []);
  const tagged = (current: readonly string[]) => [...new Set([...current.filter((t) => !remove.has(t)), ...add])];
  return readThenWrite(ws, () => {
    const facilities = requireRecords(ws, 'facilities', input.ids);
    const label = bulkLabel(input.changes, facilities.length, 'facility', { add, remove: [...remove] });
    return writeBatch(ws, { label }, (tx) =>
      updateEach(
        tx,
        'facilities',
        facilityFields,
        facilities,
        (current) => ({ ...current, ...input.changes, tags: add.length || remove.size ? tagged(current.tags) : current.tags }),
        (current) => `Facility ${quoted(current.name)}`,
      ),
    );
  });
}

/** Deletes facilities with their flows, and the source links and check reviews of both, as one step. */
export function deleteFacilities(ws: Workspace, ids: readonly string[]) {
  return readThenWrite(ws, () => {
    const facilities = requireRecords(ws, 'facilities', ids);
    const flowsOf = ws.prepare('SELECT * FROM flows WHERE from_id = ? OR to_id = ?');
    const flows = new Map<string, Flow>();
    for (const facility of facilities) {
      for (const flow of flowsOf.all(facility.id, facility.id) as Flow[]) flows.set(flow.id, flow);
    }
    const what = facilities.length === 1 ? `facility ${quoted(facilities[0]!.name)}` : plural(facilities.length, 'facility');
    const label = `Delete ${what}${flows.size ? ` and ${plural(flows.size, 'flow')}` : ''}`;
    return writeBatch(ws, { label }, (tx) => {
      const result = emptyDeleteResult();
      for (const flow of flows.values()) {
        result.deleted.source_links += removeAttached(ws, tx, 'flow', flow.id);
        tx.remove('flows', flow);
      }
      for (const facility of facilities) {
        result.deleted.source_links += removeAttached(ws, tx, 'facility', facility.id);
        tx.remove('facilities', facility);
      }
      result.deleted.flows = flows.size;
      result.deleted.facilities = facilities.length;
      return result;
    });
  });
}
