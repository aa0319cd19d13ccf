// The bar along the bottom: rows shown, the workspace file, and where saving stands.
import type { ReactNode } from 'react';
import type { WorkspaceSnapshot } from '../state/workspace';
import { saveStateOf } from '../logic/status';
import { Icon } from './Icon';

interface Props {
  counts: string;
  workspace: Pick<WorkspaceSnapshot, 'info' | 'pending' | 'lastError' | 'lastSavedAt'>;
}

export function StatusBar({ counts, workspace: ws }: Props) {
  return (
    <footer className="statusbar">
      <span className="status-counts" data-testid="status-counts">
        {counts}
      </span>
      <span className="status-path" title={ws.info?.path}>
        <Icon name="database" size={12} />
        <span className="status-path-text">{ws.info?.path}</span>
      </span>
      <span className="status-save" aria-live="polite">
        <SaveState workspace={ws} />
      </span>
    </footer>
  );
}

function SaveState({ workspace: ws }: { workspace: Props['workspace'] }): ReactNode {
  switch (saveStateOf(ws.pending, ws.lastError, ws.lastSavedAt)) {
    case 'saving':
      return <span className="save-state is-saving">Saving…</span>;
    case 'error':
      return (
        <span className="save-state is-error" title={ws.lastError?.message}>
          <Icon name="alert" size={12} /> {ws.lastError?.message}
        </span>
      );
    case 'saved':
      return (
        <span className="save-state is-saved">
          <Icon name="check" size={12} /> All changes saved
        </span>
      );
    case 'ready':
      return <span className="save-state">Ready</span>;
  }
}
