// What of each workload step is in a workspace after a run, step by step: a step's records,
// and the change-log entries of its batch. A step is whole when it equals what an uncut run
// leaves, absent when every figure is zero; anything else is half a write.
import type { Workspace } from '../../workspace';
import { EDIT_COUNTER, EDITS, editKind, IMPORTS, importPrefix, MERGE_PREFIX, type CrashKind } from './crash-workloads';

export type StepState = Record<string, number>;
/** A step's figures and the change-log entries of its batch. */
export type ObservedStep = StepState & { entries: number };

function count(ws: Workspace, sql: string, ...params: unknown[]): number {
  return ws.db.prepare(sql).pluck().get(...params) as number;
}

function recordsWithPrefix(ws: Workspace, prefix: string): StepState {
  const like = `${prefix}-%`;
  return {
    facilities: count(ws, 'SELECT count(*) FROM facilities WHERE id LIKE ?', like),
    flows: count(ws, 'SELECT count(*) FROM flows WHERE id LIKE ?', like),
    links: count(ws, 'SELECT count(*) FROM source_links WHERE record_id LIKE ?', like),
  };
}

/** Change-log entries of each batch after `firstBatch`, oldest first. */
function batchEntries(ws: Workspace, firstBatch: number): number[] {
  return ws.db
    .prepare('SELECT (SELECT count(*) FROM change_log l WHERE l.batch_id = b.id) FROM change_batches b WHERE b.id >= ? ORDER BY b.id')
    .pluck()
    .all(firstBatch) as number[];
}

function editPresent(ws: Workspace, i: number, counter: number): number {
  const what = editKind(i);
  if (what === 'create') return count(ws, 'SELECT count(*) FROM facilities WHERE id = ?', `e-${i}`);
  if (what === 'flow') return count(ws, 'SELECT count(*) FROM flows WHERE id = ?', `ef-${i}`);
  return counter >= i ? 1 : 0; // the counter only grows: update i is there if it reached i
}

/**
 * The state of every step of `kind`. Steps run in order and each is one batch, so the k-th
 * batch since the run began belongs to the k-th step present.
 */
export function observeSteps(kind: CrashKind, ws: Workspace, firstBatch: number): { steps: ObservedStep[]; batches: number } {
  const entries = batchEntries(ws, firstBatch);
  let steps: StepState[];
  if (kind === 'import') {
    steps = Array.from({ length: IMPORTS }, (_, n) => recordsWithPrefix(ws, importPrefix(n)));
  } else if (kind === 'merge') {
    steps = [{ ...recordsWithPrefix(ws, MERGE_PREFIX), merges: count(ws, `SELECT count(*) FROM snapshot_history WHERE action = 'merge'`) }];
  } else {
    const counter = ws.get('facilities', EDIT_COUNTER)!.capacity_t ?? 0;
    steps = Array.from({ length: EDITS }, (_, i) => ({ present: editPresent(ws, i, counter) }));
  }
  let batch = 0;
  const states = steps.map((step): ObservedStep => {
    const present = Object.values(step).some((n) => n > 0);
    return { ...step, entries: present ? (entries[batch++] ?? 0) : 0 };
  });
  return { steps: states, batches: entries.length };
}

/** The counter's revision: one more for every update step that is present. */
export function counterRevision(ws: Workspace): number {
  return ws.get('facilities', EDIT_COUNTER)!.revision;
}
