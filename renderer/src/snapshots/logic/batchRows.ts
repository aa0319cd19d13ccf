// The changes of one past batch (history.changes) as the diff list shows rows: added,
// changed (each field before -> after) and removed, the before side in the list's left column.
import type { BatchChanges, BatchChangeEntry } from '../../../../db/api';
import { asSides } from '../../logic/fieldChanges';
import type { DiffRow } from './diffGroups';

export const CHANGE_GROUPS = ['added', 'changed', 'removed'] as const;
export type ChangeGroup = (typeof CHANGE_GROUPS)[number];

export const CHANGE_LABELS: Readonly<Record<ChangeGroup, string>> = { added: 'Added', changed: 'Changed', removed: 'Removed' };

const GROUP_OF: Readonly<Record<BatchChangeEntry['op'], ChangeGroup>> = { insert: 'added', update: 'changed', delete: 'removed' };

/** Of the whole batch, listed or not. */
export function changeCounts(changes: BatchChanges): Record<ChangeGroup, number> {
  return { added: changes.counts.insert, changed: changes.counts.update, removed: changes.counts.delete };
}

export function changeRows(changes: BatchChanges, group: ChangeGroup): DiffRow[] {
  return changes.entries.flatMap((e, i) =>
    GROUP_OF[e.op] === group
      ? [
          {
            // a record may be written twice in one batch (a merge removing what it replaced)
            key: `${group}:${e.table}:${e.id}:${i}`,
            group,
            table: e.table,
            id: e.id,
            label: e.label,
            fields: e.fields.map(asSides),
          },
        ]
      : [],
  );
}

/** Facilities and flows a batch added or changed (so still there unless removed since), in the order written. */
export function touchedRecords(changes: BatchChanges): { facility: string[]; flow: string[] } {
  const out = { facility: new Set<string>(), flow: new Set<string>() };
  for (const e of changes.entries) {
    if (e.op === 'delete') continue;
    if (e.table === 'facilities') out.facility.add(e.id);
    else if (e.table === 'flows') out.flow.add(e.id);
  }
  return { facility: [...out.facility], flow: [...out.flow] };
}
