// The row above a table: a text filter, column filters as selects, and what is shown.
import { useId, type Ref } from 'react';
import type { FilterDef } from '../logic/filters';
import { formatNumber } from '../logic/format';
import { Icon } from './Icon';

interface Props {
  noun: string;
  nounPlural: string;
  text: string;
  onText: (text: string) => void;
  filters: readonly FilterDef[];
  values: Readonly<Record<string, string>>;
  onFilter: (key: string, value: string) => void;
  onClear: () => void;
  shown: number;
  total: number;
  inputRef?: Ref<HTMLInputElement>;
  placeholder: string;
}

export function FilterBar({ noun, nounPlural, text, onText, filters, values, onFilter, onClear, shown, total, inputRef, placeholder }: Props) {
  const id = useId();
  const active = text.trim() !== '' || filters.some((f) => (values[f.key] ?? '') !== '');
  return (
    <div className="filterbar" role="search" aria-label={`Filter ${nounPlural}`}>
      <div className="filter-search">
        <Icon name="search" size={14} className="filter-search-icon" />
        <label htmlFor={`${id}-text`} className="visually-hidden">
          Filter {nounPlural}
        </label>
        <input
          ref={inputRef}
          id={`${id}-text`}
          type="search"
          className="input filter-input"
          placeholder={placeholder}
          value={text}
          onChange={(e) => onText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && text) {
              e.preventDefault();
              onText('');
            }
          }}
        />
      </div>
      {filters.map((f) => {
        const value = values[f.key] ?? '';
        return (
          <div key={f.key} className="filter-select">
            <label htmlFor={`${id}-${f.key}`} className="visually-hidden">
              Filter by {f.label.toLowerCase()}
            </label>
            <select
              id={`${id}-${f.key}`}
              className={`input select select-compact${value ? ' is-active' : ''}`}
              value={value}
              onChange={(e) => onFilter(f.key, e.target.value)}
              title={`Filter by ${f.label.toLowerCase()}`}
            >
              <option value="">{f.anyLabel}</option>
              {value && !f.options.some((o) => o.value === value) ? <option value={value}>{value}</option> : null}
              {f.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        );
      })}
      {active ? (
        <button type="button" className="button button-small button-quiet" onClick={onClear}>
          Clear filters
        </button>
      ) : null}
      <span className="spacer" />
      <span className="filter-count" aria-live="polite">
        {active ? `${formatNumber(shown)} of ${formatNumber(total)} ${total === 1 ? noun : nounPlural}` : `${formatNumber(total)} ${total === 1 ? noun : nounPlural}`}
      </span>
    </div>
  );
}
