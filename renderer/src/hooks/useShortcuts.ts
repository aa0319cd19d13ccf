// The window's keyboard shortcuts: save, find (the table filter), undo and redo (left to
// text fields, which have their own), and Alt+1..4 for the views. None while a dialog is open.
import { useEffect, type RefObject } from 'react';
import type { EditorHandle } from '../inspector/types';
import { isTextEntry, shortcutFor, viewShortcut } from '../logic/keys';
import { VIEWS, type ViewName } from '../logic/views';
import { IS_MAC } from '../platform';

interface Targets {
  editorRef: RefObject<EditorHandle | null>;
  filterRef: RefObject<HTMLInputElement | null>;
  onHistory: (direction: 'undo' | 'redo') => Promise<void>;
  onView: (view: ViewName) => Promise<void>;
}

export function useShortcuts({ editorRef, filterRef, onHistory, onView }: Targets): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      if (document.querySelector('dialog[open]')) return;
      const shortcut = shortcutFor(e, IS_MAC);
      if (shortcut === 'save') {
        e.preventDefault();
        editorRef.current?.save();
      } else if (shortcut === 'find') {
        e.preventDefault();
        filterRef.current?.focus();
        filterRef.current?.select();
      } else if (shortcut === 'undo' || shortcut === 'redo') {
        if (isTextEntry(e.target as HTMLElement | null)) return;
        e.preventDefault();
        void onHistory(shortcut);
      } else {
        const target = VIEWS[viewShortcut(e) ?? -1];
        if (target) {
          e.preventDefault();
          void onView(target.name);
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [editorRef, filterRef, onHistory, onView]);
}
