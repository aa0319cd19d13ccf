// A view's rows after its text and column filters and its sort. The text filter lags a
// keystroke behind (deferred) so typing stays smooth on 20,000 rows.
import { useDeferredValue, useMemo } from 'react';
import type { TableRow } from '../logic/rows';
import { filterRows, sortRows } from '../logic/table';
import type { ViewState } from '../logic/views';

export function useVisibleRows<R extends TableRow>(rows: readonly R[], state: ViewState): R[] {
  const text = useDeferredValue(state.text);
  const filtered = useMemo(() => filterRows(rows, text, state.filters), [rows, text, state.filters]);
  return useMemo(() => {
    const sort = state.sort;
    if (!sort) return filtered;
    return sortRows(filtered, (r) => r.keys[sort.column] ?? null, sort.dir);
  }, [filtered, state.sort]);
}
