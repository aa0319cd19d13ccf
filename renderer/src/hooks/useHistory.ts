// Undo and redo of workspace changes (one step per call, never two at once), with a
// notice of what was undone.
import { useCallback, useRef } from 'react';
import type { WorkspaceInfo } from '../../../db/api';
import { errorData } from '../api/client';
import { useToast } from '../components/Toasts';
import { useStore } from '../state/context';

export function useHistory(info: WorkspaceInfo | null) {
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
        const step = await store.write(direction === 'undo' ? 'history.undo' : 'history.redo', {});
        notify(`${direction === 'undo' ? 'Undone' : 'Redone'}: ${step.label}`);
      } catch (error) {
        notify(`Could not ${direction}: ${errorData(error).message}`, 'error');
      } finally {
        busy.current = false;
      }
    },
    [info, store, notify],
  );
}
