// The right-hand panel: the selected record's editor, a new record's form, or what to do
// when nothing (or a record that is gone) is selected.
import { NothingSelected } from './NothingSelected';
import { RecordEditor } from './RecordEditor';
import { RecordGone } from './RecordGone';
import type { InspectorProps } from './types';

export function Inspector(props: InspectorProps) {
  const { type, mode, record } = props;
  return (
    <aside className="inspector" aria-label="Inspector">
      {mode === 'empty' || (mode === 'edit' && !record) ? (
        <NothingSelected type={type} onNew={props.onNew} />
      ) : mode === 'missing' ? (
        <RecordGone type={type} />
      ) : (
        <RecordEditor key={`${type}:${mode === 'create' ? 'new' : (record?.id ?? '')}`} {...props} />
      )}
    </aside>
  );
}
