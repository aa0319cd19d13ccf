// Which view is showing, what each view remembers (filters, sort, selection), and which
// record type is being created, if any.
import { useCallback, useState } from 'react';
import type { EditableType } from '../logic/forms';
import { INITIAL_VIEWS, type Page, type ViewName, type ViewState } from '../logic/views';

export type { Page } from '../logic/views';

export function useViews() {
  const [view, setView] = useState<ViewName>('facilities');
  const [views, setViews] = useState<Record<ViewName, ViewState>>(INITIAL_VIEWS);
  const [creating, setCreating] = useState<EditableType | null>(null);
  /** On the diagram, `view` says whether a facility or a flow is inspected. */
  const [page, setPage] = useState<Page>('records');
  const onDiagram = page === 'diagram';
  const setOnDiagram = useCallback((on: boolean) => setPage(on ? 'diagram' : 'records'), []);

  /** A patch that selects a record without naming the marked rows ends a multiple choice. */
  const patchView = useCallback((name: ViewName, patch: Partial<ViewState>) => {
    const unmark = 'selectedId' in patch && !('marked' in patch) ? { marked: [] } : {};
    setViews((all) => ({ ...all, [name]: { ...all[name], ...unmark, ...patch } }));
  }, []);

  /** Clears a view's selection if it is still `id` (a person may have selected another since). */
  const deselect = useCallback((name: ViewName, id: string) => {
    setViews((all) => (all[name].selectedId === id ? { ...all, [name]: { ...all[name], selectedId: null, marked: [] } } : all));
  }, []);

  return { view, setView, views, patchView, deselect, creating, setCreating, page, setPage, onDiagram, setOnDiagram };
}

export type Views = ReturnType<typeof useViews>;
