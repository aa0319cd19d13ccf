// What points at a facility, flow or material by (record_type, record_id), with no foreign
// key to remove it: the source links citing it and the reviews of its check findings. Every
// delete removes them with the record, in its batch, so an undo of the delete brings them back.
import type { Tx } from '../store/changes';
import type { Workspace } from '../workspace';
import { removeReviewsOfRecord } from './check-reviews';
import { removeLinksOfRecord } from './links';

/** Removes the record's citations and check reviews; returns how many source links went. */
export function removeAttached(ws: Workspace, tx: Tx, recordType: 'material' | 'facility' | 'flow', recordId: string): number {
  const links = removeLinksOfRecord(ws, tx, recordType, recordId);
  if (recordType !== 'material') removeReviewsOfRecord(ws, tx, recordType, recordId);
  return links;
}
