// The editor's buttons: delete (stored records only), what saving is doing, cancel and save.
import { Icon } from '../components/Icon';
import { TYPE_LABELS, type EditableType } from '../logic/forms';

interface Props {
  type: EditableType;
  creating: boolean;
  busy: boolean;
  /** There is something to save or cancel (always, for a new record). */
  dirty: boolean;
  notice: string | null;
  /** Null for a record that is not stored yet. */
  onDelete: (() => void) | null;
  onCancel: () => void;
}

export function EditorFooter({ type, creating, busy, dirty, notice, onDelete, onCancel }: Props) {
  const disabled = busy || (!creating && !dirty);
  return (
    <footer className="editor-footer">
      {onDelete ? (
        <button type="button" className="button button-ghost-danger" onClick={onDelete} disabled={busy}>
          <Icon name="trash" size={14} /> Delete
        </button>
      ) : null}
      <span className="spacer" />
      <span className="editor-notice" role="status">
        {busy ? 'Saving…' : (notice ?? '')}
      </span>
      <button type="button" className="button" onClick={onCancel} disabled={disabled} title="Esc">
        Cancel
      </button>
      <button type="submit" className="button button-primary" disabled={disabled} title="Enter or Ctrl+S">
        {creating ? `Create ${TYPE_LABELS[type].one}` : 'Save'}
      </button>
    </footer>
  );
}
