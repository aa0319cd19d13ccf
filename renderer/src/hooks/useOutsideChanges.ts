// Another window or program may write to the workspace: look when the window comes back,
// and every 15 seconds while it is visible.
import { useEffect } from 'react';
import type { WorkspaceStore } from '../state/workspace';

export function useOutsideChanges(store: WorkspaceStore): void {
  useEffect(() => {
    const check = () => {
      if (document.visibilityState !== 'visible') return;
      // A failed look shows in the status bar (lastError); nothing else to do here.
      store.checkForChanges().catch(() => undefined);
    };
    window.addEventListener('focus', check);
    document.addEventListener('visibilitychange', check);
    const timer = window.setInterval(check, 15_000);
    return () => {
      window.removeEventListener('focus', check);
      document.removeEventListener('visibilitychange', check);
      window.clearInterval(timer);
    };
  }, [store]);
}
