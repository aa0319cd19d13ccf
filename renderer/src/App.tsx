// The window: top bar, sidebar, the current view, the inspector and the status bar.
import { useMemo, useRef, useState } from 'react';
import { ErrorBoundary } from './components/ErrorBoundary';
import { DiagramView } from './diagram/DiagramView';
import { useDiagramState } from './diagram/useDiagramState';
import { FirstRun } from './components/FirstRun';
import { Sidebar } from './components/Sidebar';
import { OpenFailedSplash, OpeningSplash } from './components/Splash';
import { StatusBar } from './components/StatusBar';
import { TopBar } from './components/TopBar';
import { useDeleteMany } from './hooks/useDeleteMany';
import { useDeleteRecord } from './hooks/useDeleteRecord';
import { useFirstRun } from './hooks/useFirstRun';
import { useGridFocus } from './hooks/useGridFocus';
import { useHistory } from './hooks/useHistory';
import { useNavigation } from './hooks/useNavigation';
import { useOutsideChanges } from './hooks/useOutsideChanges';
import { useRecordTables } from './hooks/useRecordTables';
import { useShortcuts } from './hooks/useShortcuts';
import { useUnsavedGuard } from './hooks/useUnsavedGuard';
import { useViews } from './hooks/useViews';
import { useWorkspaceLoad } from './hooks/useWorkspaceLoad';
import { BulkEditor } from './inspector/BulkEditor';
import { Inspector } from './inspector/Inspector';
import type { EditorHandle } from './inspector/types';
import { TYPE_LABELS, type Draft } from './logic/forms';
import { recordById } from './logic/records';
import { statusCounts } from './logic/status';
import { nextSort } from './logic/table';
import { inspectorModeFor, inspectorShown, viewDef, type ViewName } from './logic/views';
import { useStore, useWorkspace } from './state/context';
import { SnapshotsPage } from './snapshots/SnapshotsPage';
import { ChooseRecordsContext } from './snapshots/chooseRecords';
import { ReportPage } from './report/ReportPage';
import { AnalysisPage } from './analysis/AnalysisPage';
import { AppCommands } from './palette/AppCommands';
import { useAnalysisState } from './analysis/useAnalysisState';
import { RecordView } from './views/RecordView';
import { ViewTable } from './views/ViewTable';

export function App() {
  const store = useStore();
  const ws = useWorkspace();
  const info = ws.info;

  const editorRef = useRef<EditorHandle | null>(null);
  const formRef = useRef<HTMLFormElement | null>(null);
  const gridRef = useRef<HTMLDivElement | null>(null);
  const filterRef = useRef<HTMLInputElement | null>(null);

  useWorkspaceLoad(store, ws.status, info?.name);
  useOutsideChanges(store);
  const firstRun = useFirstRun(store, info);
  const views = useViews();
  const { view, creating, patchView } = views;
  const { indexes, visible, pickers, filterDefs } = useRecordTables(ws, views.views, views.page === 'records' ? view : null);
  const guard = useUnsavedGuard(editorRef);
  const nav = useNavigation(views, guard, formRef);
  const focusGrid = useGridFocus(gridRef);
  const deleteRecord = useDeleteRecord(indexes, views.deselect, focusGrid);
  const runHistory = useHistory(info, guard.hasUnsavedChanges, nav.reveal, focusGrid);
  useShortcuts({ editorRef, filterRef, onHistory: runHistory, onView: nav.switchView });
  const diagram = useDiagramState(ws);
  const analysis = useAnalysisState();
  // Where the diagram and the inspector run the data checks, counting as the Checks tab does.
  const checks = useMemo(() => ({ engine: analysis.engine, includePlanned: analysis.includePlanned }), [analysis.engine, analysis.includePlanned]);
  const onDiagram = views.onDiagram;
  // A new record opened from the diagram: its field values, and where a new facility goes.
  const [createFrom, setCreateFrom] = useState<{ seq: number; defaults?: Partial<Draft>; at?: { x: number; y: number } }>({ seq: 0 });
  const deleteMany = useDeleteMany(indexes, (type, id) => void deleteRecord(type, id), () => {
    patchView('facilities', { selectedId: null });
    patchView('flows', { selectedId: null });
    focusGrid();
  });
  // Rows chosen together that the table still shows: a filter narrows the choice, it never
  // lets an edit reach rows out of sight.
  const shownRows = visible[view];
  const marked = views.views[view].marked;
  const shownInDiagram = view === 'flows' ? diagram.visible.flowIds : diagram.visible.facilityIds;
  const markedShown = useMemo(() => {
    if (marked.length < 2) return [];
    const shown = onDiagram ? shownInDiagram : new Set(shownRows.map((r) => r.id));
    return marked.filter((id) => shown.has(id));
  }, [marked, shownRows, onDiagram, shownInDiagram]);
  const markedSet = useMemo(() => new Set(markedShown), [markedShown]);

  if (ws.status === 'loading' && !info) return <OpeningSplash />;
  if (ws.status === 'error') return <OpenFailedSplash message={ws.loadError?.message ?? 'Unknown error'} onRetry={() => void store.load()} />;

  const def = viewDef(view);
  const state = views.views[view];
  const counts: Record<ViewName, number> = {
    facilities: ws.facilities.length,
    flows: ws.flows.length,
    materials: ws.materials.length,
    sources: ws.sources.length,
  };
  const inspectorRecord = creating ? null : recordById(indexes, def.type, state.selectedId);
  const inspectorMode = inspectorModeFor(creating, def.type, state.selectedId, inspectorRecord !== null);
  const withInspector = inspectorShown(views.page, inspectorMode);
  const bulkType = def.type === 'facility' || def.type === 'flow' ? def.type : null;
  const bulk = (views.page === 'records' || onDiagram) && !creating && bulkType !== null && markedShown.length > 1 ? bulkType : null;

  return (
    <div className={withInspector ? 'app' : 'app app-without-inspector'}>
      <TopBar info={info} noun={TYPE_LABELS[def.type].one} onHistory={(d) => void runHistory(d)} onNew={() => void nav.startNew()} />
      <Sidebar
        current={views.page === 'records' ? view : views.page}
        counts={counts}
        onSwitch={(name) => void nav.switchView(name)}
        onPage={(page) => void (page === 'diagram' ? nav.showDiagram() : nav.showPage(page))}
      />

      <main className="main" aria-label={views.page === 'report' ? 'Report' : views.page === 'analysis' ? 'Analysis' : views.page === 'snapshots' ? 'Snapshots' : onDiagram ? 'Diagram' : def.label}>
        <ErrorBoundary
          key={views.page === 'report' ? 'report' : views.page === 'analysis' ? 'analysis' : views.page === 'snapshots' ? 'snapshots' : onDiagram ? 'diagram' : view}
          area={views.page === 'report' ? 'the report' : views.page === 'analysis' ? 'the analysis page' : views.page === 'snapshots' ? 'the snapshots page' : onDiagram ? 'the diagram' : `the ${def.label.toLowerCase()} view`}
        >
          {firstRun.showOffer ? (
            <FirstRun busy={firstRun.sampleBusy} onLoadSample={() => void firstRun.loadSample()} onStartEmpty={firstRun.startEmpty} />
          ) : views.page === 'analysis' ? (
            <AnalysisPage
              state={analysis}
              pickers={pickers}
              onShowInDiagram={(id) => {
                void nav.showFacilityInDiagram(id).then((ok) => ok && diagram.setFocusRequest(id));
              }}
              onOpenRecord={(kind, id) => void nav.chooseRecords(kind, [id])}
            />
          ) : views.page === 'report' ? (
            <ReportPage />
          ) : views.page === 'snapshots' ? (
            <ChooseRecordsContext.Provider value={(type, ids) => void nav.chooseRecords(type, ids)}>
              <SnapshotsPage />
            </ChooseRecordsContext.Provider>
          ) : onDiagram ? (
            <DiagramView
              facilities={ws.facilities}
              flows={ws.flows}
              materials={ws.materials}
              state={diagram}
              selectedId={creating ? null : state.selectedId}
              markedIds={creating ? [] : markedShown}
              onSelect={nav.selectInDiagram}
              onMark={nav.markInDiagram}
              onConnect={(from_id, to_id) => {
                void nav.startNewOf('flow').then((ok) => {
                  if (!ok) return;
                  setCreateFrom((c) => ({ seq: c.seq + 1, defaults: { from_id, to_id } }));
                  nav.focusEditor();
                });
              }}
              onCreateAt={(at) => {
                void nav.startNewOf('facility').then((ok) => {
                  if (!ok) return;
                  setCreateFrom((c) => ({ seq: c.seq + 1, at }));
                  nav.focusEditor();
                });
              }}
              onDeleteSelected={(sel) => void deleteMany(sel)}
              searchRef={filterRef}
              checks={checks}
            />
          ) : (
            <RecordView
              def={def}
              state={state}
              onChange={(patch) => patchView(view, patch)}
              filters={filterDefs[view]}
              filterRef={filterRef}
              shown={visible[view].length}
              total={counts[view]}
              offerSample={firstRun.empty}
              sampleBusy={firstRun.sampleBusy}
              onLoadSample={() => void firstRun.loadSample()}
              onNew={() => void nav.startNew()}
              table={
                <ViewTable
                  view={view}
                  rows={visible}
                  sort={state.sort}
                  onSort={(column) => patchView(view, { sort: nextSort(state.sort, column) })}
                  selectedId={creating ? null : state.selectedId}
                  onSelect={(id) => nav.select(id)}
                  onOpen={(id) => {
                    nav.select(id);
                    nav.focusEditor();
                  }}
                  onDelete={(id) => (bulk ? void deleteMany(chosenRecords(bulk, markedShown)) : void deleteRecord(def.type, id))}
                  marked={bulkType ? markedSet : undefined}
                  onMark={bulkType ? nav.mark : undefined}
                  gridRef={gridRef}
                />
              }
            />
          )}
        </ErrorBoundary>
      </main>

      {bulk ? (
        <ErrorBoundary area="the inspector">
          <aside className="inspector" aria-label="Inspector">
            <BulkEditor
              type={bulk}
              ids={markedShown}
              indexes={indexes}
              pickers={pickers}
              onClear={() => {
                nav.select(state.selectedId);
                focusGrid();
              }}
              onDelete={(ids) => void deleteMany(chosenRecords(bulk, ids))}
            />
          </aside>
        </ErrorBoundary>
      ) : withInspector && (
        <ErrorBoundary area="the inspector">
          <Inspector
            key={createFrom.seq}
            createDefaults={createFrom.defaults}
            type={def.type}
            mode={inspectorMode}
            record={inspectorRecord}
            pickers={pickers}
            indexes={indexes}
            links={ws.links}
            onCreated={(id) => {
              views.setCreating(null);
              patchView(view, { selectedId: id });
              if (createFrom.at && def.type === 'facility') {
                diagram.placeFacility(id, createFrom.at);
                setCreateFrom((c) => ({ seq: c.seq }));
              }
            }}
            onCloseCreate={() => {
              views.setCreating(null);
              setCreateFrom((c) => ({ seq: c.seq }));
              gridRef.current?.focus();
            }}
            onDelete={(type, id) => void deleteRecord(type, id)}
            onNew={() => void nav.startNew()}
            onOpenRecord={(type, id) => void nav.openRecord(type, id)}
            onShowFlowsOf={(name) => void nav.showFlowsOf(name)}
            editorRef={editorRef}
            formRef={formRef}
            checks={checks}
          />
        </ErrorBoundary>
      )}

      <AppCommands
        undo={info?.undo ?? null}
        redo={info?.redo ?? null}
        editorRef={editorRef}
        filterRef={filterRef}
        guardUnsaved={guard.guardUnsaved}
        runHistory={runHistory}
        switchView={nav.switchView}
        showPage={nav.showPage}
        showDiagram={nav.showDiagram}
        startNew={nav.startNew}
        startNewOf={nav.startNewOf}
        setLayout={diagram.setLayout}
        clearDiagramFilters={() => diagram.setFilter({})}
        leaveFirstRun={() => firstRun.showOffer && firstRun.startEmpty()}
      />

      <StatusBar
        counts={statusCounts(
          { shown: onDiagram ? diagram.visible.facilityIds.size : visible.facilities.length, total: ws.facilities.length },
          { shown: onDiagram ? diagram.visible.flowIds.size : visible.flows.length, total: ws.flows.length },
        )}
        workspace={ws}
      />
    </div>
  );
}

function chosenRecords(type: 'facility' | 'flow', ids: readonly string[]) {
  return type === 'facility' ? { facilities: ids, flows: [] } : { facilities: [], flows: ids };
}
