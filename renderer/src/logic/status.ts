// What the status bar says: rows shown against the workspace, and where saving stands.
import { plainInt } from './format';

/** Plain integers: tests and scripts read this line. */
export function statusCounts(facilities: { shown: number; total: number }, flows: { shown: number; total: number }): string {
  return `Showing ${plainInt(facilities.shown)} of ${plainInt(facilities.total)} facilities, ${plainInt(flows.shown)} of ${plainInt(flows.total)} flows`;
}

export type SaveState = 'saving' | 'error' | 'saved' | 'ready';

export function saveStateOf(pending: number, lastError: unknown, lastSavedAt: number | null): SaveState {
  if (pending > 0) return 'saving';
  if (lastError) return 'error';
  if (lastSavedAt) return 'saved';
  return 'ready';
}
