// The inspector with no record selected: how to pick or create one, and the keys to know.
import { Fragment } from 'react';
import { Icon } from '../components/Icon';
import { TYPE_LABELS, type EditableType } from '../logic/forms';
import { SHORTCUTS } from '../platform';

const KEYS: readonly { keys: readonly string[]; does: string }[] = [
  { keys: ['↑', '↓'], does: 'Move through rows' },
  { keys: ['Enter'], does: 'Edit the selected row' },
  { keys: [SHORTCUTS.modKey, 'S'], does: 'Save' },
  { keys: ['Esc'], does: 'Cancel editing' },
  { keys: [SHORTCUTS.modKey, 'Z'], does: 'Undo the last change' },
  { keys: [SHORTCUTS.modKey, 'F'], does: 'Filter the table' },
];

/** Choosing several rows, where the table allows it (facilities and flows). */
const SEVERAL: readonly { keys: readonly string[]; does: string }[] = [
  { keys: ['Shift', '↑', '↓'], does: 'Choose several rows to edit at once' },
  { keys: [SHORTCUTS.modKey, 'A'], does: 'Choose every row shown' },
];

export function NothingSelected({ type, onNew }: { type: EditableType; onNew: () => void }) {
  const { one } = TYPE_LABELS[type];
  const shown = type === 'facility' || type === 'flow' ? [...KEYS.slice(0, 2), ...SEVERAL, ...KEYS.slice(2)] : KEYS;
  return (
    <div className="inspector-empty">
      <Icon name={type} size={28} className="inspector-empty-icon" />
      <p className="inspector-empty-title">No {one} selected</p>
      <p className="muted">Select a row to see and edit it here, or create a new {one}.</p>
      <button type="button" className="button" onClick={onNew}>
        <Icon name="plus" size={14} /> New {one}
      </button>
      <dl className="shortcuts">
        {shown.map(({ keys, does }) => (
          <div key={does}>
            <dt>
              {keys.map((k, i) => (
                <Fragment key={k}>
                  {i > 0 ? ' ' : null}
                  <kbd>{k}</kbd>
                </Fragment>
              ))}
            </dt>
            <dd>{does}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
