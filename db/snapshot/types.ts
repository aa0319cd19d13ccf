// The snapshot shapes live in db/model (see there); re-exported for this folder.
export type * from '../model/snapshot-types';
