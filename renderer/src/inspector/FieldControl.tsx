// The input for a field kind: text, number, textarea, a select of fixed choices, a
// searchable picker, or a list with its items shown as chips.
import { Combobox } from '../components/Combobox';
import { CHOICES, PICKER_PLACEHOLDERS, isChoiceKind } from '../logic/fields';
import { listItems, type FieldSpec } from '../logic/forms';
import { COUNTRY_OPTIONS } from '../logic/options';
import type { Pickers } from '../logic/pickers';

interface Props {
  spec: FieldSpec;
  id: string;
  text: string;
  invalid: boolean;
  describedBy: string | undefined;
  onChange: (value: string) => void;
  pickers: Pickers;
}

export function FieldControl({ spec, id, text, invalid, describedBy, onChange, pickers }: Props) {
  const kind = spec.kind;
  const aria = { 'aria-invalid': invalid || undefined, 'aria-describedby': describedBy };
  if (kind === 'textarea') {
    return <textarea id={id} className="input textarea" rows={3} value={text} {...aria} onChange={(e) => onChange(e.target.value)} />;
  }
  if (isChoiceKind(kind)) {
    return (
      <select
        id={id}
        className="input select"
        value={text}
        {...aria}
        aria-required={spec.required || undefined}
        onChange={(e) => onChange(e.target.value)}
      >
        {text === '' ? (
          <option value="" disabled>
            Choose…
          </option>
        ) : null}
        {CHOICES[kind].map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  }
  if (kind === 'country' || kind === 'facility' || kind === 'material') {
    return (
      <Combobox
        id={id}
        name={spec.label.toLowerCase()}
        value={text}
        onChange={onChange}
        options={kind === 'country' ? COUNTRY_OPTIONS : kind === 'facility' ? pickers.facilities : pickers.materials}
        allowEmpty={!spec.required}
        required={spec.required}
        invalid={invalid}
        describedBy={describedBy}
        placeholder={PICKER_PLACEHOLDERS[kind]}
        missingLabel={(v) => `Unknown (${v})`}
      />
    );
  }
  const common = { id, text, placeholder: spec.placeholder, invalid, describedBy, onChange };
  if (kind === 'list' || kind === 'elements') {
    const items = listItems(kind, text);
    return (
      <>
        <TextInput {...common} className="input" />
        {items.length ? (
          <ul className="chips" aria-label={`${spec.label} as entered`}>
            {items.map((t) => (
              <li key={t} className="chip">
                {t}
              </li>
            ))}
          </ul>
        ) : null}
      </>
    );
  }
  if (kind === 'number' || kind === 'integer') {
    return <TextInput {...common} className="input input-number" inputMode={kind === 'integer' ? 'numeric' : 'decimal'} />;
  }
  return <TextInput {...common} className="input" required={spec.required} />;
}

interface TextInputProps {
  id: string;
  text: string;
  className: string;
  inputMode?: 'numeric' | 'decimal';
  placeholder: string | undefined;
  invalid: boolean;
  describedBy: string | undefined;
  required?: boolean | undefined;
  onChange: (value: string) => void;
}

function TextInput({ id, text, className, inputMode, placeholder, invalid, describedBy, required, onChange }: TextInputProps) {
  return (
    <input
      id={id}
      type="text"
      inputMode={inputMode}
      className={className}
      value={text}
      placeholder={placeholder}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      aria-required={required || undefined}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
