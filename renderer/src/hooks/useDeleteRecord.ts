// Deleting a record: say what goes with it, delete once confirmed, report it, and leave
// the keyboard on the table.
import { useCallback } from 'react';
import { errorData } from '../api/client';
import { useConfirm } from '../components/ConfirmDialog';
import { useToast } from '../components/Toasts';
import { deletedNotice, deleteQuestion } from '../logic/deletion';
import { recordName, type EditableType } from '../logic/forms';
import { deleteRequest } from '../logic/ops';
import { facilityNamer, recordById } from '../logic/records';
import type { Indexes } from '../logic/rows';
import { viewOfType, type ViewName } from '../logic/views';
import { SHORTCUTS } from '../platform';
import { useStore } from '../state/context';

export function useDeleteRecord(
  indexes: Indexes,
  /** Clears the view's selection if it is still the deleted record. */
  deselect: (name: ViewName, id: string) => void,
  /** Puts the keyboard on the table once the view has rendered (useGridFocus). */
  focusGrid: () => void,
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
        deselect(viewOfType(type), id);
        focusGrid();
      } catch (error) {
        notify(`Could not delete ${name}: ${errorData(error).message}`, 'error');
      }
    },
    [indexes, confirm, store, notify, deselect, focusGrid],
  );
}
