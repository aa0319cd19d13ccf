// Before leaving a record with unsaved changes, ask whether to discard them. The open
// editor is asked at that moment whether it has changes, so a clean editor never asks.
import { useCallback, useMemo, type RefObject } from 'react';
import { useConfirm } from '../components/ConfirmDialog';
import type { EditorHandle } from '../inspector/types';

export interface UnsavedGuard {
  hasUnsavedChanges: () => boolean;
  /** Resolves true when it is fine to leave (nothing unsaved, or the user chose to discard). */
  guardUnsaved: () => Promise<boolean>;
}

export function useUnsavedGuard(editorRef: RefObject<EditorHandle | null>): UnsavedGuard {
  const confirm = useConfirm();
  const hasUnsavedChanges = useCallback(() => editorRef.current?.hasUnsavedChanges() ?? false, [editorRef]);
  const guardUnsaved = useCallback(async () => {
    if (!hasUnsavedChanges()) return true;
    return confirm({
      title: 'Discard unsaved changes?',
      message: 'The record in the inspector has changes that are not saved yet.',
      confirmLabel: 'Discard changes',
      cancelLabel: 'Keep editing',
      danger: true,
    });
  }, [confirm, hasUnsavedChanges]);
  return useMemo(() => ({ hasUnsavedChanges, guardUnsaved }), [hasUnsavedChanges, guardUnsaved]);
}
