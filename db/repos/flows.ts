import { flowFields, type Flow, type FlowBulkChanges, type FlowFields } from '../model/schemas';
import { readThenWrite, writeBatch, type Tx } from '../store/changes';
import type { Workspace } from '../workspace';
import { bulkLabel, checkRevision, emptyDeleteResult, parseOrThrow, plural, quoted, requireNewId, requireRecord, requireRecords, updateEach } from './common';
import type { UpdateManyResult } from '../api';
import { removeAttached } from './attached';

export function listFlows(ws: Workspace): Flow[] {
  return ws.all('flows');
}

function checkReferences(ws: Workspace, fields: FlowFields) {
  const from = requireRecord(ws, 'facilities', fields.from_id, 'from_id');
  const to = requireRecord(ws, 'facilities', fields.to_id, 'to_id');
  const material = requireRecord(ws, 'materials', fields.material_id, 'material_id');
  return { from, to, material };
}

function describe(ws: Workspace, fields: FlowFields): string {
  const { from, to, material } = checkReferences(ws, fields);
  return `${material.name} flow ${quoted(from.name)} -> ${quoted(to.name)}`;
}

export function insertFlow(ws: Workspace, tx: Tx, fields: FlowFields & { id?: string }): Flow {
  const id = requireNewId(ws, 'flows', fields.id);
  checkReferences(ws, fields);
  return tx.insert('flows', { ...fields, id });
}

export function createFlow(ws: Workspace, input: FlowFields & { id?: string }): Flow {
  const label = `Create ${describe(ws, input)}`;
  return writeBatch(ws, { label }, (tx) => insertFlow(ws, tx, input));
}

export function updateFlow(ws: Workspace, input: { id: string; revision?: number; changes: Partial<FlowFields> }): Flow {
  return readThenWrite(ws, () => {
    const current = requireRecord(ws, 'flows', input.id);
    checkRevision('flows', current, input.revision);
    const fields = parseOrThrow(flowFields, { ...current, ...input.changes });
    const label = `Edit ${describe(ws, fields)}`;
    return writeBatch(ws, { label }, (tx) => tx.update('flows', current, fields));
  });
}

/** Sets the same fields on many flows, as one step (see updateFacilities). */
export function updateFlows(ws: Workspace, input: { ids: readonly string[]; changes: FlowBulkChanges }): UpdateManyResult {
  return readThenWrite(ws, () => {
    const flows = requireRecords(ws, 'flows', input.ids);
    if (input.changes.material_id) requireRecord(ws, 'materials', input.changes.material_id, 'material_id');
    return writeBatch(ws, { label: bulkLabel(input.changes, flows.length, 'flow') }, (tx) =>
      updateEach(
        tx,
        'flows',
        flowFields,
        flows,
        (current) => ({ ...current, ...input.changes }),
        (current) => `Flow "${current.id}"`,
      ),
    );
  });
}

export function deleteFlows(ws: Workspace, ids: readonly string[]) {
  return readThenWrite(ws, () => {
    const flows = requireRecords(ws, 'flows', ids);
    const label = flows.length === 1 ? `Delete ${describe(ws, flows[0]!)}` : `Delete ${plural(flows.length, 'flow')}`;
    return writeBatch(ws, { label }, (tx) => {
      const result = emptyDeleteResult();
      for (const flow of flows) {
        result.deleted.source_links += removeAttached(ws, tx, 'flow', flow.id);
        tx.remove('flows', flow);
      }
      result.deleted.flows = flows.length;
      return result;
    });
  });
}
