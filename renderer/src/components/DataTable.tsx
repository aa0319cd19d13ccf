// A virtualised, sortable, keyboard-operable table (ARIA grid). Only the rows in view
// are in the DOM, so 20,000 rows scroll smoothly. Selection follows click and the arrow
// keys; Enter opens the selected row; Delete asks to delete it. With onMark, several rows
// can be chosen as in a file manager: Shift+click or Shift+arrows for a range, Ctrl
// (Cmd)+click or Ctrl+Space to add or take out one, Ctrl+arrows to move without choosing,
// Ctrl+A for all, Escape back to one.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useMemo, useRef, type CSSProperties, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { rangeIds, toggledIds } from '../logic/bulk';
import { nextRowIndex } from '../logic/keys';
import type { SortState } from '../logic/table';
import { Icon } from './Icon';

export interface Column<R> {
  id: string;
  label: string;
  /** Minimum width in px. */
  width: number;
  /** Share of the spare width this column takes. */
  grow?: number;
  align?: 'left' | 'right';
  render: (row: R) => ReactNode;
  /** Full text for a tooltip when the cell is cut short. */
  text?: (row: R) => string;
  sortable?: boolean;
}

interface Props<R extends { id: string }> {
  label: string;
  rows: readonly R[];
  columns: readonly Column<R>[];
  sort: SortState | null;
  onSort: (column: string) => void;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onOpen: (id: string) => void;
  onDelete?: (id: string) => void;
  /** The rows chosen together (empty or one: just the selected row). */
  marked?: ReadonlySet<string>;
  /** Several rows chosen (in table order) with the row the keyboard is on; without it, one row at a time. */
  onMark?: (ids: string[], activeId: string) => void;
  gridRef?: Ref<HTMLDivElement>;
  testId?: string;
}

export const ROW_HEIGHT = 30;
const HEADER_HEIGHT = 32;

export function DataTable<R extends { id: string }>({
  label,
  rows,
  columns,
  sort,
  onSort,
  selectedId,
  onSelect,
  onOpen,
  onDelete,
  marked,
  onMark,
  gridRef,
  testId,
}: Props<R>) {
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const idBase = useId().replace(/:/g, '');

  const indexById = useMemo(() => {
    const map = new Map<string, number>();
    rows.forEach((r, i) => map.set(r.id, i));
    return map;
  }, [rows]);
  const selectedIndex = selectedId !== null ? (indexById.get(selectedId) ?? -1) : -1;
  const multi = onMark !== undefined && marked !== undefined && marked.size > 1;
  /** With several rows chosen, where a Shift range starts: the row last clicked or toggled. */
  const anchorRef = useRef<string | null>(null);
  const anchorIndex = () => {
    // With one row chosen, that row is where the range starts.
    const at = multi && anchorRef.current !== null ? indexById.get(anchorRef.current) : undefined;
    return at ?? Math.max(selectedIndex, 0);
  };
  /** What is chosen now, as a set: the marked rows, or the selected one. */
  const chosen = (): ReadonlySet<string> => (multi ? marked! : new Set(selectedId ? [selectedId] : []));

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    paddingStart: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    getItemKey: (index) => rows[index]?.id ?? index,
  });

  // Keep the selected row in view when it changes (keyboard, a new record, a re-sort).
  const lastScrolled = useRef<string | null>(null);
  useEffect(() => {
    if (selectedIndex < 0 || selectedId === lastScrolled.current) return;
    lastScrolled.current = selectedId;
    virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedId, selectedIndex, virtualizer]);

  const template = useMemo(
    () => columns.map((c) => (c.grow ? `minmax(${c.width}px, ${c.grow}fr)` : `${c.width}px`)).join(' '),
    [columns],
  );
  const minWidth = useMemo(() => columns.reduce((sum, c) => sum + c.width, 0), [columns]);

  const rowId = (id: string) => `${idBase}-r-${id}`;

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget) return; // keys on header buttons are theirs
    const mod = e.ctrlKey || e.metaKey;
    if (e.altKey || (mod && !onMark)) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 300) / ROW_HEIGHT) - 2);
    if (onMark && mod && !e.shiftKey && (e.key === 'a' || e.key === 'A') && rows.length > 0) {
      e.preventDefault();
      onMark(rows.map((r) => r.id), selectedId ?? rows[0]!.id);
      return;
    }
    if (onMark && mod && e.key === ' ' && selectedId) {
      e.preventDefault();
      anchorRef.current = selectedId;
      onMark(toggledIds(rows, chosen(), selectedId), selectedId);
      return;
    }
    const next = nextRowIndex(e.key, selectedIndex, rows.length, page);
    if (next !== null) {
      e.preventDefault();
      const row = rows[next];
      if (row) {
        if (onMark && e.shiftKey) onMark(rangeIds(rows, anchorIndex(), next), row.id);
        else if (onMark && mod) onMark([...chosen()], row.id); // move without choosing
        else {
          anchorRef.current = row.id;
          onSelect(row.id);
        }
        virtualizer.scrollToIndex(next, { align: 'auto' });
      }
      return;
    }
    if (mod) return;
    if (e.key === 'Escape' && multi && selectedId) {
      e.preventDefault();
      onSelect(selectedId);
      return;
    }
    if (e.key === 'Enter' && selectedId) {
      e.preventDefault();
      onOpen(selectedId);
    } else if ((e.key === 'Delete' || e.key === 'Backspace') && selectedId && onDelete) {
      e.preventDefault();
      onDelete(selectedId);
    }
  };

  const setRefs = (el: HTMLDivElement | null) => {
    scrollRef.current = el;
    if (typeof gridRef === 'function') gridRef(el);
    else if (gridRef) (gridRef as { current: HTMLDivElement | null }).current = el;
  };

  const items = virtualizer.getVirtualItems();
  const activeRendered = selectedIndex >= 0 && items.some((v) => v.index === selectedIndex);
  const style = { '--grid-cols': template, minWidth: `${minWidth}px` } as CSSProperties;

  return (
    <div
      ref={setRefs}
      className="grid"
      role="grid"
      aria-label={label}
      aria-rowcount={rows.length + 1}
      aria-colcount={columns.length}
      aria-activedescendant={activeRendered && selectedId ? rowId(selectedId) : undefined}
      aria-multiselectable={onMark ? true : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      data-testid={testId}
    >
      <div className="grid-canvas" style={{ ...style, height: `${virtualizer.getTotalSize()}px` }}>
        <div role="rowgroup" className="grid-head">
          <div role="row" className="grid-row grid-header-row" aria-rowindex={1}>
            {columns.map((c, ci) => {
              const sorted = sort?.column === c.id ? sort.dir : null;
              const sortable = c.sortable !== false;
              return (
                <div
                  key={c.id}
                  role="columnheader"
                  aria-colindex={ci + 1}
                  aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : sortable ? 'none' : undefined}
                  className={`grid-th${c.align === 'right' ? ' align-right' : ''}`}
                >
                  {sortable ? (
                    <button type="button" className="th-button" onClick={() => onSort(c.id)} title={`Sort by ${c.label}`}>
                      <span className="th-label">{c.label}</span>
                      <Icon
                        name={sorted === 'desc' ? 'sortDesc' : 'sortAsc'}
                        size={12}
                        className={sorted ? 'sort-icon sort-active' : 'sort-icon'}
                      />
                    </button>
                  ) : (
                    <span className="th-label th-static">{c.label}</span>
                  )}
                </div>
              );
            })}
          </div>
        </div>
        <div role="rowgroup" className="grid-body">
          {items.map((v) => {
            const row = rows[v.index];
            if (!row) return null;
            const active = row.id === selectedId;
            const selected = multi ? marked!.has(row.id) : active;
            return (
              <div
                key={v.key}
                id={rowId(row.id)}
                role="row"
                aria-rowindex={v.index + 2}
                aria-selected={selected}
                className={`grid-row${selected ? ' is-selected' : ''}${multi && active ? ' is-active' : ''}${v.index % 2 ? ' is-odd' : ''}`}
                style={{ transform: `translateY(${v.start}px)`, height: `${ROW_HEIGHT}px` }}
                data-id={row.id}
                onMouseDown={(e) => {
                  if (e.button !== 0) return;
                  e.preventDefault(); // keep focus on the grid
                  scrollRef.current?.focus({ preventScroll: true });
                  if (onMark && e.shiftKey) onMark(rangeIds(rows, anchorIndex(), v.index), row.id);
                  else if (onMark && (e.ctrlKey || e.metaKey)) {
                    anchorRef.current = row.id;
                    onMark(toggledIds(rows, chosen(), row.id), row.id);
                  } else {
                    anchorRef.current = row.id;
                    onSelect(row.id);
                  }
                }}
                onDoubleClick={() => onOpen(row.id)}
              >
                {columns.map((c, ci) => (
                  <div
                    key={c.id}
                    role="gridcell"
                    aria-colindex={ci + 1}
                    className={`grid-td${c.align === 'right' ? ' align-right num' : ''}`}
                    title={c.text ? c.text(row) : undefined}
                  >
                    {c.render(row)}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
