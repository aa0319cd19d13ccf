// Undo and redo of workspace changes (one step per call, never two at once), with a
// notice of what was undone. An undo that brings a deleted record back selects it in its
// table and the inspector (keys on the table), unless the inspector has unsaved changes.
import { useCallback, useRef } from 'react';
import type { WorkspaceInfo } from '../../../db/api';
import { errorData } from '../api/client';
import { useToast } from '../components/Toasts';
import type { EditableType } from '../logic/forms';
import { restoredRecord } from '../logic/records';
import { useStore } from '../state/context';

export function useHistory(
  info: WorkspaceInfo | null,
  hasUnsavedChanges: () => boolean,
  reveal: (type: EditableType, id: string) => void,
  /** Puts the keyboard on the table once the view has rendered (useGridFocus). */
  focusGrid: () => void,
) {
  const store = useStore();
  const notify = useToast();
  const busy = useRef(false);

  return useCallback(
    async (direction: 'undo' | 'redo') => {
      if (busy.current) return;
      const label = direction === 'undo' ? info?.undo : info?.redo;
      if (!label) {
        notify(direction === 'undo' ? 'Nothing to undo' : 'Nothing to redo');
        return;
      }
      busy.current = true;
      try {
        const before = store.getSnapshot();
        const step = await store.write(direction === 'undo' ? 'history.undo' : 'history.redo', {});
        notify(`${direction === 'undo' ? 'Undone' : 'Redone'}: ${step.label}`);
        const back = direction === 'undo' ? restoredRecord(before, store.getSnapshot()) : null;
        if (back && !hasUnsavedChanges()) {
          reveal(back.type, back.id);
          focusGrid();
        }
      } catch (error) {
        notify(`Could not ${direction}: ${errorData(error).message}`, 'error');
      } finally {
        busy.current = false;
      }
    },
    [info, store, notify, hasUnsavedChanges, reveal, focusGrid],
  );
}
