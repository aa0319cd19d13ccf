// The api operations that create, update and delete each record type.
import type { DeleteResult, OpName } from '../../../db/api';
import type { EditableType } from './forms';

export const SAVE_OPS: Readonly<Record<EditableType, { create: OpName; update: OpName }>> = {
  facility: { create: 'facilities.create', update: 'facilities.update' },
  flow: { create: 'flows.create', update: 'flows.update' },
  material: { create: 'materials.create', update: 'materials.update' },
  source: { create: 'sources.create', update: 'sources.update' },
};

export type DeleteRequest =
  | { op: 'facilities.delete' | 'flows.delete'; input: { ids: string[] } }
  | { op: 'materials.delete' | 'sources.delete'; input: { id: string } };

/** Facilities and flows are deleted in batches (one here); materials and sources one at a time. */
export function deleteRequest(type: EditableType, id: string): DeleteRequest {
  switch (type) {
    case 'facility':
      return { op: 'facilities.delete', input: { ids: [id] } };
    case 'flow':
      return { op: 'flows.delete', input: { ids: [id] } };
    case 'material':
      return { op: 'materials.delete', input: { id } };
    case 'source':
      return { op: 'sources.delete', input: { id } };
  }
}

export type Deleted = DeleteResult['deleted'];
