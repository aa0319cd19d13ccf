// The inspector when the selected record was deleted under it (an undo, another window).
import { Icon } from '../components/Icon';
import { TYPE_LABELS, type EditableType } from '../logic/forms';

export function RecordGone({ type }: { type: EditableType }) {
  return (
    <div className="inspector-empty">
      <Icon name="alert" size={28} className="inspector-empty-icon" />
      <p className="inspector-empty-title">This {TYPE_LABELS[type].one} no longer exists</p>
      <p className="muted">It was deleted, perhaps by an undo or in another window.</p>
    </div>
  );
}
