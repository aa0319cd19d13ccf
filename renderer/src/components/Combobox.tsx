// A searchable picker (ARIA 1.2 combobox with a listbox popup). Type to narrow; arrows
// move; Enter picks; Esc closes. Copes with 20,000 options by listing the best matches.
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { exactOption, rankOptions, type PickOption } from '../logic/options';
import { formatNumber } from '../logic/format';
import { Icon } from './Icon';

interface Props {
  id: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly PickOption[];
  /** May be left empty (shows a clear button). */
  allowEmpty?: boolean;
  placeholder?: string;
  invalid?: boolean;
  describedBy?: string;
  required?: boolean;
  /** Name used in the clear button's label ("Clear owner country"). */
  name: string;
  limit?: number;
  disabled?: boolean;
  /** Text for a value that is not among the options (e.g. a deleted record). */
  missingLabel?: (value: string) => string;
}

export function Combobox({
  id,
  value,
  onChange,
  options,
  allowEmpty,
  placeholder,
  invalid,
  describedBy,
  required,
  name,
  limit = 50,
  disabled,
  missingLabel,
}: Props) {
  const listId = `${useId().replace(/:/g, '')}-list`;
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);

  const selected = useMemo(() => (value ? options.find((o) => o.value === value) : undefined), [options, value]);
  const display = query ?? (selected ? selected.label : value ? (missingLabel?.(value) ?? value) : '');

  const { matches, total } = useMemo(
    () => (open ? rankOptions(options, query ?? '', limit) : { matches: [] as PickOption[], total: 0 }),
    [open, options, query, limit],
  );

  useEffect(() => {
    if (!open) return;
    const el = document.getElementById(`${listId}-${active}`);
    el?.scrollIntoView({ block: 'nearest' });
  }, [active, open, listId]);

  const openList = () => {
    if (disabled) return;
    setOpen(true);
    const at = query === null && value ? rankOptions(options, '', limit).matches.findIndex((o) => o.value === value) : 0;
    setActive(Math.max(0, at));
  };

  const choose = (option: PickOption) => {
    onChange(option.value);
    setQuery(null);
    setOpen(false);
  };

  const commitTyped = () => {
    if (query === null) return;
    if (query.trim() === '') {
      if (allowEmpty) onChange('');
    } else {
      const exact = exactOption(options, query);
      if (exact) onChange(exact.value);
      else {
        const { matches: only, total: count } = rankOptions(options, query, 2);
        if (count === 1 && only[0]) onChange(only[0].value);
      }
    }
    setQuery(null);
    setOpen(false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!open) openList();
        else setActive((a) => Math.min(a + 1, Math.max(matches.length - 1, 0)));
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (!open) openList();
        else setActive((a) => Math.max(a - 1, 0));
        break;
      case 'Enter':
        if (open) {
          e.preventDefault();
          e.stopPropagation();
          const option = matches[active];
          if (option) choose(option);
          else commitTyped();
        } else if (query !== null) {
          commitTyped();
        }
        break;
      case 'Escape':
        if (open || query !== null) {
          e.preventDefault();
          e.stopPropagation();
          setQuery(null);
          setOpen(false);
        }
        break;
      case 'Tab':
        if (open) commitTyped();
        break;
      default:
        break;
    }
  };

  const activeOption = open ? matches[active] : undefined;

  return (
    <div className={`combobox${invalid ? ' is-invalid' : ''}${disabled ? ' is-disabled' : ''}`}>
      <div className="combobox-field">
        <input
          ref={inputRef}
          id={id}
          type="text"
          className="input combobox-input"
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeOption ? `${listId}-${active}` : undefined}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          aria-required={required || undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder={placeholder}
          value={display}
          disabled={disabled}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          onBlur={commitTyped}
          onClick={() => (open ? undefined : openList())}
        />
        {allowEmpty && value && !disabled ? (
          <button
            type="button"
            className="icon-button combobox-clear"
            aria-label={`Clear ${name}`}
            title={`Clear ${name}`}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => {
              onChange('');
              setQuery(null);
              inputRef.current?.focus();
            }}
          >
            <Icon name="close" size={13} />
          </button>
        ) : null}
        <button
          type="button"
          className="icon-button combobox-toggle"
          tabIndex={-1}
          aria-label={`Show ${name} choices`}
          disabled={disabled}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => {
            if (open) setOpen(false);
            else openList();
            inputRef.current?.focus();
          }}
        >
          <Icon name="chevron" size={14} />
        </button>
      </div>
      <div className="combobox-popup" hidden={!open}>
        <ul id={listId} role="listbox" aria-label={`${name} choices`} className="listbox">
          {matches.map((o, i) => (
            <li
              key={o.value}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={`option${i === active ? ' is-active' : ''}${o.value === value ? ' is-current' : ''}`}
              onMouseDown={(e) => e.preventDefault()}
              onMouseMove={() => (i !== active ? setActive(i) : undefined)}
              onClick={() => choose(o)}
            >
              <span className="option-label">{o.label}</span>
              {o.detail ? <span className="option-detail">{o.detail}</span> : null}
            </li>
          ))}
        </ul>
        {open && matches.length === 0 ? <div className="listbox-note">No matches</div> : null}
        {open && total > matches.length ? (
          <div className="listbox-note">
            Showing {formatNumber(matches.length)} of {formatNumber(total)}: type to narrow
          </div>
        ) : null}
      </div>
    </div>
  );
}
