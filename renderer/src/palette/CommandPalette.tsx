// The command palette (Ctrl+K / ⌘K): a modal <dialog> with a search field over every action
// (palette/actions.ts), ranked as you type (palette/rank.ts). Keyboard-driven: arrows,
// Page Up/Down, Home/End move, Enter runs, Escape (or Ctrl+K again) closes. The field is a
// combobox owning the listbox (aria-activedescendant), so focus never leaves it.
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { PaletteAction } from './actions';
import { highlightRuns, rankItems } from './rank';
import './palette.css';

interface Props {
  open: boolean;
  actions: readonly PaletteAction[];
  /** The palette's own key (shown in the footer and closing it when pressed again). */
  toggleKey: string;
  isToggle: (e: KeyboardEvent) => boolean;
  onClose: () => void;
}

const PAGE = 8;

export function CommandPalette({ open, actions, toggleKey, isToggle, onClose }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const ranked = useMemo(() => rankItems(actions, query), [actions, query]);
  const current = Math.min(active, Math.max(ranked.length - 1, 0));

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setQuery('');
      setActive(0);
      dialog.showModal();
      inputRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  useEffect(() => {
    listRef.current?.querySelector<HTMLElement>(`[data-index="${current}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [current, ranked]);

  const run = (action: PaletteAction | undefined) => {
    if (!action) return;
    onClose();
    // After the dialog has closed: the action may open another dialog or move focus.
    window.setTimeout(() => action.run(), 0);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const last = ranked.length - 1;
    const move = (to: number) => {
      e.preventDefault();
      setActive(Math.max(0, Math.min(to, last)));
    };
    if (isToggle(e)) {
      e.preventDefault();
      onClose();
    } else if (e.key === 'ArrowDown') move(current >= last ? 0 : current + 1);
    else if (e.key === 'ArrowUp') move(current <= 0 ? last : current - 1);
    else if (e.key === 'PageDown') move(current + PAGE);
    else if (e.key === 'PageUp') move(current - PAGE);
    else if (e.key === 'Home' && e.ctrlKey) move(0);
    else if (e.key === 'End' && e.ctrlKey) move(last);
    else if (e.key === 'Enter') {
      e.preventDefault();
      run(ranked[current]?.item);
    }
  };

  const optionId = (i: number) => `${listId}-option-${i}`;

  return (
    <dialog ref={dialogRef} className="palette" aria-label="Command palette" onClose={onClose} onClick={(e) => e.target === dialogRef.current && onClose()}>
      <div className="palette-box">
        <input
          ref={inputRef}
          className="palette-input"
          type="text"
          role="combobox"
          aria-label="Search commands"
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={ranked.length ? optionId(current) : undefined}
          placeholder="Type a command…"
          spellCheck={false}
          autoComplete="off"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <ul ref={listRef} id={listId} className="palette-list" role="listbox" aria-label="Commands">
          {ranked.map((r, i) => (
            <li
              key={r.item.id}
              id={optionId(i)}
              data-index={i}
              role="option"
              aria-selected={i === current}
              className={`palette-option${i === current ? ' is-active' : ''}`}
              onMouseMove={() => i !== current && setActive(i)}
              onMouseDown={(e) => e.preventDefault() /* keep focus in the field */}
              onClick={() => run(r.item)}
            >
              <span className="palette-label">
                {highlightRuns(r.item.label, r.highlights).map((run, k) => (run.hit ? <mark key={k}>{run.text}</mark> : <span key={k}>{run.text}</span>))}
              </span>
              <span className="palette-group">{r.item.group}</span>
              {r.item.shortcut ? <kbd className="palette-key">{r.item.shortcut}</kbd> : null}
            </li>
          ))}
        </ul>
        {ranked.length === 0 ? (
          <p className="palette-empty" role="status">
            No command matches “{query}”
          </p>
        ) : null}
        <p className="palette-footer muted small">
          ↑↓ to move · Enter to run · Esc or {toggleKey} to close
        </p>
      </div>
    </dialog>
  );
}
