// The bar across the top: the app and workspace names, undo and redo, and "New <record>".
import type { WorkspaceInfo } from '../../../db/api';
import { SHORTCUTS } from '../platform';
import { Icon } from './Icon';

interface Props {
  info: WorkspaceInfo | null;
  /** The current view's record noun, e.g. "facility". */
  noun: string;
  onHistory: (direction: 'undo' | 'redo') => void;
  onNew: () => void;
}

export function TopBar({ info, noun, onHistory, onNew }: Props) {
  return (
    <header className="topbar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true" />
        <span className="brand-name">Lodestone</span>
      </div>
      <div className="workspace-name" title={info?.path}>
        <span className="visually-hidden">Workspace: </span>
        {info?.name || 'Workspace'}
      </div>
      <div className="topbar-actions">
        <HistoryButton direction="undo" step={info?.undo} keys={`${SHORTCUTS.modPrefix}Z`} onClick={() => onHistory('undo')} />
        <HistoryButton direction="redo" step={info?.redo} keys={SHORTCUTS.redo} onClick={() => onHistory('redo')} />
        <span className="toolbar-sep" aria-hidden="true" />
        <button type="button" className="button button-primary" onClick={onNew}>
          <Icon name="plus" size={15} /> New {noun}
        </button>
      </div>
    </header>
  );
}

interface HistoryButtonProps {
  direction: 'undo' | 'redo';
  /** The label of the step it would undo or redo, if any. */
  step: string | null | undefined;
  keys: string;
  onClick: () => void;
}

function HistoryButton({ direction, step, keys, onClick }: HistoryButtonProps) {
  const verb = direction === 'undo' ? 'Undo' : 'Redo';
  const nothing = `Nothing to ${direction}`;
  return (
    <button
      type="button"
      className="button button-toolbar"
      onClick={onClick}
      disabled={!step}
      aria-label={step ? `${verb} ${step}` : nothing}
      title={step ? `${verb} ${step} (${keys})` : nothing}
    >
      <Icon name={direction} size={15} /> {verb}
    </button>
  );
}
