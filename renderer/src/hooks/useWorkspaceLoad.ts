// Opens the workspace with the window, and mirrors it in the document: the ready flag
// tests wait on, and the window title.
import { useEffect } from 'react';
import type { WorkspaceSnapshot, WorkspaceStore } from '../state/workspace';

export function useWorkspaceLoad(store: WorkspaceStore, status: WorkspaceSnapshot['status'], name: string | undefined): void {
  useEffect(() => {
    void store.load();
  }, [store]);

  useEffect(() => {
    if (status === 'ready') document.body.dataset.ready = 'true';
  }, [status]);

  useEffect(() => {
    document.title = name ? `${name} · Lodestone` : 'Lodestone';
  }, [name]);
}
