// A view's rows after its text and column filters and its sort. The text filter lags a
// keystroke behind (deferred) so typing stays smooth on 20,000 rows. Only the table on
// screen is sorted: the others are read for their counts and ids, and sorting 100,000 rows
// after every edit made while the diagram is shown was about a sixth of that edit's wait.
import { useDeferredValue, useMemo } from 'react';
import type { TableRow } from '../logic/rows';
import { filterRows, sortRows } from '../logic/table';
import type { ViewState } from '../logic/views';

/** `shown`: the table is on screen, so its rows are sorted; otherwise they come in filter order. */
export function useVisibleRows<R extends TableRow>(rows: readonly R[], state: ViewState, shown: boolean): R[] {
  const text = useDeferredValue(state.text);
  const filtered = useMemo(() => filterRows(rows, text, state.filters), [rows, text, state.filters]);
  return useMemo(() => {
    const sort = state.sort;
    if (!sort || !shown) return filtered;
    return sortRows(filtered, (r) => r.keys[sort.column] ?? null, sort.dir);
  }, [filtered, state.sort, shown]);
}
