// Choose any number of values from a list (countries, materials, stages): a filter box and
// a list of checkboxes. Nothing chosen means "all", as in a snapshot's filter.
import { useId, useMemo, useState } from 'react';
import type { PickItem } from './logic/pickItems';

interface Props {
  label: string;
  items: readonly PickItem[];
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
}

export function MultiPicker({ label, items, chosen, onChange }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const chosenSet = useMemo(() => new Set(chosen), [chosen]);
  const shown = useMemo(() => {
    const q = text.trim().toLowerCase();
    return q ? items.filter((i) => i.label.toLowerCase().includes(q) || i.value.toLowerCase() === q) : items;
  }, [items, text]);
  const toggle = (value: string, on: boolean) =>
    onChange(on ? [...chosen, value] : chosen.filter((v) => v !== value));

  return (
    <fieldset className="multi-picker">
      <legend className="multi-picker-legend">
        {label}
        <span className="muted small">{chosen.length === 0 ? ' all' : ` ${chosen.length} chosen`}</span>
      </legend>
      <div className="multi-picker-tools">
        <label htmlFor={`${id}-filter`} className="visually-hidden">
          Find {label.toLowerCase()}
        </label>
        <input
          id={`${id}-filter`}
          type="search"
          className="input multi-picker-filter"
          placeholder={`Find ${label.toLowerCase()}…`}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="button" className="button button-small button-quiet" disabled={chosen.length === 0} onClick={() => onChange([])}>
          Clear
        </button>
      </div>
      <ul className="multi-picker-list" aria-label={label}>
        {shown.length === 0 ? <li className="muted small multi-picker-none">{items.length === 0 ? 'None in this workspace' : 'No match'}</li> : null}
        {shown.map((item) => (
          <li key={item.value}>
            <label className="check multi-picker-item">
              <input type="checkbox" checked={chosenSet.has(item.value)} onChange={(e) => toggle(item.value, e.target.checked)} />
              <span>{item.label}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
