// One labelled field of the record editor: label (and required mark), control, and the
// error or hint under it. A checkbox is its own label.
import { Icon } from '../components/Icon';
import type { FieldSpec } from '../logic/forms';
import type { Pickers } from '../logic/pickers';
import { FieldControl } from './FieldControl';

interface Props {
  spec: FieldSpec;
  id: string;
  value: string | boolean;
  error: string | undefined;
  onChange: (value: string | boolean) => void;
  pickers: Pickers;
}

export function Field({ spec, id, value, error, onChange, pickers }: Props) {
  if (spec.kind === 'boolean') {
    return (
      <div className="field field-check">
        <label htmlFor={id} className="check">
          <input id={id} type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked)} />
          <span>{spec.label}</span>
        </label>
      </div>
    );
  }
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const invalid = Boolean(error);
  return (
    <div className={`field${invalid ? ' is-invalid' : ''}`}>
      <div className="field-label-row">
        <label htmlFor={id} className="field-label">
          {spec.label}
        </label>
        {spec.required ? (
          <span className="required" aria-hidden="true" title="Required">
            *
          </span>
        ) : null}
      </div>
      <FieldControl
        spec={spec}
        id={id}
        text={typeof value === 'string' ? value : ''}
        invalid={invalid}
        describedBy={error ? errorId : spec.hint ? hintId : undefined}
        onChange={onChange}
        pickers={pickers}
      />
      {error ? (
        <p id={errorId} className="field-error">
          <Icon name="alert" size={12} /> {error}
        </p>
      ) : null}
      {spec.hint && !error ? (
        <p id={hintId} className="field-hint">
          {spec.hint}
        </p>
      ) : null}
    </div>
  );
}
