// Deleting a record: say what goes with it, delete once confirmed, report it, and leave
// the keyboard on the table.
import { useCallback, type RefObject } from 'react';
import { errorData } from '../api/client';
import { useConfirm } from '../components/ConfirmDialog';
import { useToast } from '../components/Toasts';
import { deletedNotice, deleteQuestion } from '../logic/deletion';
import { recordName, type EditableType } from '../logic/forms';
import { deleteRequest } from '../logic/ops';
import { facilityNamer, recordById } from '../logic/records';
import type { Indexes } from '../logic/rows';
import { viewOfType, type ViewName, type ViewState } from '../logic/views';
import { SHORTCUTS } from '../platform';
import { useStore } from '../state/context';

export function useDeleteRecord(
  indexes: Indexes,
  patchView: (name: ViewName, patch: Partial<ViewState>) => void,
  gridRef: RefObject<HTMLDivElement | null>,
) {
  const store = useStore();
  const notify = useToast();
  const confirm = useConfirm();

  return useCallback(
    async (type: EditableType, id: string) => {
      const record = recordById(indexes, type, id);
      if (!record) return;
      const name = recordName(type, record, facilityNamer(indexes));
      const question = deleteQuestion(type, id, name, indexes, `${SHORTCUTS.modPrefix}Z`);
      const ok = await confirm({ ...question, confirmLabel: 'Delete', danger: true });
      if (!ok) return;
      try {
        const { op, input } = deleteRequest(type, id);
        const result = await store.write(op, input as never);
        notify(deletedNotice(type, name, result.deleted), 'success');
        patchView(viewOfType(type), { selectedId: null });
        window.requestAnimationFrame(() => gridRef.current?.focus());
      } catch (error) {
        notify(`Could not delete ${name}: ${errorData(error).message}`, 'error');
      }
    },
    [indexes, confirm, store, notify, patchView, gridRef],
  );
}
