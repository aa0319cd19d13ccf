// Moving around: selecting rows, switching views, starting a new record, and jumping to a
// related record. Each move that would leave unsaved changes asks first.
import { useCallback, type RefObject } from 'react';
import type { EditableType } from '../logic/forms';
import { viewDef, viewOfType, type ViewName } from '../logic/views';
import type { UnsavedGuard } from './useUnsavedGuard';
import type { Page, Views } from './useViews';

export function useNavigation(
  { view, setView, views, patchView, creating, setCreating, page, setPage, onDiagram, setOnDiagram }: Views,
  { hasUnsavedChanges, guardUnsaved }: UnsavedGuard,
  formRef: RefObject<HTMLFormElement | null>,
) {
  const type = viewDef(view).type;

  /**
   * Runs a change of selection, asking first only if the inspector has unsaved changes:
   * synchronously when nothing is unsaved, so the arrow keys move the selection at once.
   */
  const whenLeft = useCallback(
    (apply: () => void) => {
      if (!hasUnsavedChanges()) apply();
      else void guardUnsaved().then((ok) => ok && apply());
    },
    [hasUnsavedChanges, guardUnsaved],
  );

  /** Hands the row to the inspector. */
  const select = useCallback(
    (id: string | null) => {
      if (id === views[view].selectedId && views[view].marked.length === 0 && !creating) return;
      whenLeft(() => {
        setCreating(null);
        patchView(view, { selectedId: id });
      });
    },
    [views, view, creating, patchView, setCreating, whenLeft],
  );

  /** Several rows chosen in the table (one or none is a plain selection). */
  const mark = useCallback(
    (ids: string[], activeId: string) => {
      if (ids.length <= 1) {
        select(ids[0] ?? null);
        return;
      }
      whenLeft(() => {
        setCreating(null);
        patchView(view, { selectedId: activeId, marked: ids });
      });
    },
    [view, select, patchView, setCreating, whenLeft],
  );

  const focusEditor = useCallback(() => {
    window.requestAnimationFrame(() => {
      const first = formRef.current?.querySelector<HTMLElement>('input:not([type=hidden]), select, textarea');
      first?.focus();
    });
  }, [formRef]);

  const switchView = useCallback(
    async (name: ViewName) => {
      if (name === view && page === 'records') return;
      if (!(await guardUnsaved())) return;
      setCreating(null);
      setPage('records');
      setView(name);
    },
    [view, page, guardUnsaved, setCreating, setView, setPage],
  );

  /** A page other than the records and the diagram (showDiagram opens that). */
  const showPage = useCallback(
    async (name: Exclude<Page, 'records' | 'diagram'>) => {
      if (page === name) return;
      if (!(await guardUnsaved())) return;
      setCreating(null);
      setPage(name);
    },
    [page, guardUnsaved, setCreating, setPage],
  );

  const showDiagram = useCallback(async () => {
    if (onDiagram) return;
    if (!(await guardUnsaved())) return;
    setCreating(null);
    if (view !== 'facilities' && view !== 'flows') setView('facilities');
    setOnDiagram(true);
  }, [onDiagram, view, guardUnsaved, setCreating, setView, setOnDiagram]);

  /** Opens the diagram with a facility selected (from the Analysis page); false if the person stayed. */
  const showFacilityInDiagram = useCallback(
    async (id: string) => {
      if (!(await guardUnsaved())) return false;
      setCreating(null);
      patchView('facilities', { selectedId: id });
      setView('facilities');
      setOnDiagram(true);
      return true;
    },
    [guardUnsaved, setCreating, patchView, setView, setOnDiagram],
  );

  /** A facility or flow picked in the diagram goes to the inspector (and its table's selection). */
  const selectInDiagram = useCallback(
    (kind: 'facility' | 'flow', id: string | null) => {
      const target = viewOfType(kind);
      if (id === views[target].selectedId && views[target].marked.length === 0 && view === target && !creating) return;
      whenLeft(() => {
        setCreating(null);
        patchView(target, { selectedId: id });
        setView(target);
      });
    },
    [views, view, creating, patchView, setCreating, setView, whenLeft],
  );

  /** Several facilities (or flows) selected in the diagram, to edit at once. */
  const markInDiagram = useCallback(
    (kind: 'facility' | 'flow', ids: readonly string[], activeId: string) => {
      const target = viewOfType(kind);
      whenLeft(() => {
        setCreating(null);
        patchView(target, { selectedId: activeId, marked: ids });
        setView(target);
      });
    },
    [patchView, setCreating, setView, whenLeft],
  );

  /**
   * Opens the table of facilities or flows with these records chosen (from the Snapshots
   * page: what an import or merge touched; from the Analysis page: a weak record). The
   * table's filters are cleared, so none of them is left out of sight.
   */
  const chooseRecords = useCallback(
    async (kind: 'facility' | 'flow', ids: readonly string[]) => {
      if (!(await guardUnsaved())) return;
      const target = viewOfType(kind);
      setCreating(null);
      patchView(target, { text: '', filters: {}, selectedId: ids[0] ?? null, marked: ids.length > 1 ? ids : [] });
      setView(target);
      setPage('records');
    },
    [guardUnsaved, patchView, setCreating, setView, setPage],
  );

  /** Opens a new record of a type in the inspector, with field values (from the diagram or the command palette). */
  const startNewOf = useCallback(
    async (recordType: EditableType) => {
      if (!(await guardUnsaved())) return false;
      setView(viewOfType(recordType));
      // The diagram inspects facilities and flows; a material or source is created beside its table.
      if (recordType !== 'facility' && recordType !== 'flow') setOnDiagram(false);
      setCreating(recordType);
      focusEditor();
      return true;
    },
    [guardUnsaved, setView, setCreating, setOnDiagram, focusEditor],
  );

  const startNew = useCallback(async () => {
    if (!(await guardUnsaved())) return;
    setCreating(type);
    focusEditor();
  }, [guardUnsaved, type, focusEditor, setCreating]);

  /** Shows a record in its own view without asking (the caller has asked, or nothing is unsaved). */
  const reveal = useCallback(
    (recordType: EditableType, id: string) => {
      const target = viewOfType(recordType);
      setCreating(null);
      patchView(target, { selectedId: id });
      setView(target);
      // The diagram shows facilities and flows; other records open in their table.
      if (recordType !== 'facility' && recordType !== 'flow') setOnDiagram(false);
    },
    [patchView, setCreating, setView, setOnDiagram],
  );

  const openRecord = useCallback(
    async (recordType: EditableType, id: string) => {
      if (!(await guardUnsaved())) return;
      reveal(recordType, id);
    },
    [guardUnsaved, reveal],
  );

  const showFlowsOf = useCallback(
    async (facilityName: string) => {
      if (!(await guardUnsaved())) return;
      setCreating(null);
      setOnDiagram(false);
      patchView('flows', { text: facilityName, filters: {} });
      setView('flows');
    },
    [guardUnsaved, patchView, setCreating, setView, setOnDiagram],
  );

  return { select, mark, focusEditor, switchView, showPage, startNew, reveal, openRecord, showFlowsOf, showDiagram, showFacilityInDiagram, selectInDiagram, markInDiagram, chooseRecords, startNewOf };
}
