// Which view is showing, what each view remembers (filters, sort, selection), and which
// record type is being created, if any.
import { useCallback, useState } from 'react';
import type { EditableType } from '../logic/forms';
import { INITIAL_VIEWS, type ViewName, type ViewState } from '../logic/views';

export function useViews() {
  const [view, setView] = useState<ViewName>('facilities');
  const [views, setViews] = useState<Record<ViewName, ViewState>>(INITIAL_VIEWS);
  const [creating, setCreating] = useState<EditableType | null>(null);
  /** The diagram is showing; `view` then says whether a facility or a flow is inspected. */
  const [onDiagram, setOnDiagram] = useState(false);

  const patchView = useCallback((name: ViewName, patch: Partial<ViewState>) => {
    setViews((all) => ({ ...all, [name]: { ...all[name], ...patch } }));
  }, []);

  return { view, setView, views, patchView, creating, setCreating, onDiagram, setOnDiagram };
}

export type Views = ReturnType<typeof useViews>;
