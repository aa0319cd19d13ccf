// Deleting what is chosen in the diagram or the tables: one record goes through the
// window's usual delete (same question, same notice); several are deleted in one batch per
// type after one question. Each batch is one undo step (facilities.delete / flows.delete).
import { useCallback } from 'react';
import { errorData } from '../api/client';
import { useConfirm } from '../components/ConfirmDialog';
import { useToast } from '../components/Toasts';
import { plural } from '../logic/format';
import type { EditableType } from '../logic/forms';
import type { Indexes } from '../logic/rows';
import { SHORTCUTS } from '../platform';
import { useStore } from '../state/context';

/** Facilities and flows chosen together. */
export interface ChosenRecords {
  facilities: readonly string[];
  flows: readonly string[];
}

export function useDeleteMany(indexes: Indexes, deleteOne: (type: EditableType, id: string) => void, afterDelete: () => void) {
  const store = useStore();
  const confirm = useConfirm();
  const notify = useToast();
  return useCallback(
    async ({ facilities, flows }: ChosenRecords) => {
      if (facilities.length + flows.length === 1) {
        if (facilities.length) deleteOne('facility', facilities[0]!);
        else deleteOne('flow', flows[0]!);
        return;
      }
      const facilitySet = new Set(facilities);
      // Flows of deleted facilities go with them.
      const ownFlows = flows.filter((id) => {
        const f = indexes.flowById.get(id);
        return f && !facilitySet.has(f.from_id) && !facilitySet.has(f.to_id);
      });
      const parts = [facilities.length ? plural(facilities.length, 'facility', 'facilities') : '', ownFlows.length ? plural(ownFlows.length, 'flow') : ''].filter(Boolean);
      const ok = await confirm({
        title: `Delete ${parts.join(' and ')}?`,
        message: `${facilities.length ? 'The facilities’ flows and source links go with them. ' : ''}You can undo this with ${SHORTCUTS.modPrefix}Z.`,
        confirmLabel: 'Delete',
        danger: true,
      });
      if (!ok) return;
      try {
        let facilitiesGone = 0;
        let flowsGone = 0;
        if (facilities.length) {
          const r = await store.write('facilities.delete', { ids: [...facilities] });
          facilitiesGone = r.deleted.facilities ?? facilities.length;
          flowsGone += r.deleted.flows ?? 0;
        }
        if (ownFlows.length) {
          const r = await store.write('flows.delete', { ids: ownFlows });
          flowsGone += r.deleted.flows ?? ownFlows.length;
        }
        afterDelete();
        notify(`Deleted ${[facilitiesGone ? plural(facilitiesGone, 'facility', 'facilities') : '', flowsGone ? plural(flowsGone, 'flow') : ''].filter(Boolean).join(' and ')}`, 'success');
      } catch (error) {
        notify(`Could not delete: ${errorData(error).message}`, 'error');
      }
    },
    [indexes, deleteOne, afterDelete, confirm, store, notify],
  );
}
