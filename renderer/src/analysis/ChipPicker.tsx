// Several values picked from a searchable list: each one a removable chip, the picker adds
// one at a time. `emptyChip` is shown when nothing is picked (what "none" means).
import { Combobox } from '../components/Combobox';
import { Icon } from '../components/Icon';
import type { PickOption } from '../logic/options';

export interface ChipPickerProps {
  id: string;
  /** Names the list and the picker ("materials" -> "Add a material"...). */
  label: string;
  values: readonly string[];
  onChange: (values: string[]) => void;
  options: readonly PickOption[];
  emptyChip: string;
  placeholder: string;
  nameOf: (value: string) => string;
  invalid?: boolean;
  describedBy?: string;
}

export function ChipPicker({ id, label, values, onChange, options, emptyChip, placeholder, nameOf, invalid, describedBy }: ChipPickerProps) {
  return (
    <div className="chip-picker">
      <ul className="chips" aria-label={label}>
        {values.length === 0 ? (
          <li className="chip is-default">{emptyChip}</li>
        ) : (
          values.map((value) => (
            <li key={value} className="chip">
              <span className="chip-name">{nameOf(value)}</span>
              <button type="button" className="icon-button chip-remove" aria-label={`Remove ${nameOf(value)}`} title="Remove" onClick={() => onChange(values.filter((v) => v !== value))}>
                <Icon name="close" size={12} />
              </button>
            </li>
          ))
        )}
      </ul>
      <Combobox
        id={id}
        name={label}
        value=""
        options={options}
        placeholder={placeholder}
        invalid={invalid}
        describedBy={describedBy}
        onChange={(value) => {
          if (value && !values.includes(value)) onChange([...values, value]);
        }}
      />
    </div>
  );
}
