// Shown when a save finds the record changed since the editor opened: keep the edits and
// choose which version wins.
import { TYPE_LABELS, type EditableType } from '../logic/forms';

interface Props {
  type: EditableType;
  onReload: () => void;
  onSaveMine: () => void;
}

export function ConflictBanner({ type, onReload, onSaveMine }: Props) {
  return (
    <div className="banner banner-warn" role="alert">
      <p>
        <strong>This {TYPE_LABELS[type].one} was changed since you opened it</strong> (by an undo, another window or another program).
        Your edits are still here.
      </p>
      <div className="banner-actions">
        <button type="button" className="button button-small" onClick={onReload}>
          Reload latest (discard my edits)
        </button>
        <button type="button" className="button button-small" onClick={onSaveMine}>
          Save mine anyway
        </button>
      </div>
    </div>
  );
}
