// One field of the bulk editor: "Keep as is" until a value is set, then the value every
// chosen record gets; under it, how the chosen records' values spread now.
import { Combobox } from '../components/Combobox';
import { Icon } from '../components/Icon';
import { CHOICES, PICKER_PLACEHOLDERS, isChoiceKind } from '../logic/fields';
import type { FieldSpec } from '../logic/forms';
import { COUNTRY_OPTIONS } from '../logic/options';
import type { Pickers } from '../logic/pickers';

export const KEEP = 'Keep as is';

interface FieldProps {
  spec: FieldSpec;
  id: string;
  /** The text set, or undefined to keep each record's value. */
  text: string | undefined;
  error: string | undefined;
  /** How the chosen records' values spread now. */
  now: string;
  pickers: Pickers;
  onChange: (text: string | undefined) => void;
}

export function BulkField({ spec, id, text, error, now, pickers, onChange }: FieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const kind = spec.kind;
  // A list (tags to add or take away) set to nothing is simply no change.
  const clears = text !== undefined && text.trim() === '' && !isChoiceKind(kind) && kind !== 'list';
  const aria = { 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? `${errorId} ${hintId}` : hintId };
  let control;
  if (isChoiceKind(kind)) {
    control = (
      <select id={id} className="input select" value={text ?? ''} {...aria} onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}>
        <option value="">{KEEP}</option>
        {CHOICES[kind].map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  } else if (kind === 'country' || kind === 'material') {
    control = (
      <Combobox
        id={id}
        name={spec.label.toLowerCase()}
        value={text ?? ''}
        onChange={(v) => onChange(v)}
        options={kind === 'country' ? COUNTRY_OPTIONS : pickers.materials}
        allowEmpty={!spec.required && text !== undefined}
        invalid={Boolean(error)}
        describedBy={aria['aria-describedby']}
        placeholder={text === undefined ? `${KEEP} · ${PICKER_PLACEHOLDERS[kind].toLowerCase()}` : PICKER_PLACEHOLDERS[kind]}
      />
    );
  } else {
    control = (
      <input
        id={id}
        type="text"
        className={kind === 'integer' || kind === 'number' ? 'input input-number' : 'input'}
        inputMode={kind === 'integer' ? 'numeric' : undefined}
        value={text ?? ''}
        placeholder={spec.placeholder ?? KEEP}
        {...aria}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  }
  return (
    <div className={`field${error ? ' is-invalid' : ''}`}>
      <div className="field-label-row">
        <label htmlFor={id} className="field-label">
          {spec.label}
        </label>
        {text !== undefined && !isChoiceKind(kind) ? (
          <button type="button" className="link-button bulk-keep" onClick={() => onChange(undefined)} aria-label={`${spec.label}: ${KEEP.toLowerCase()}`}>
            {KEEP}
          </button>
        ) : null}
      </div>
      {control}
      {error ? (
        <p id={errorId} className="field-error">
          <Icon name="alert" size={12} /> {error}
        </p>
      ) : null}
      <p id={hintId} className="field-hint">
        {clears ? `Will be cleared on every one · now: ${now}` : `Now: ${now}`}
      </p>
    </div>
  );
}
