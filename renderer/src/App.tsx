// The window: top bar, sidebar, the current table, the inspector and the status bar.
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { COUNTRY_NAMES } from '../../db/model/countries';
import { FACILITY_STATUSES, MATERIAL_FORMS, STAGES, STAGE_LABELS } from '../../db/model/enums';
import { errorData } from './api/client';
import { useConfirm } from './components/ConfirmDialog';
import { DataTable } from './components/DataTable';
import { ErrorBoundary } from './components/ErrorBoundary';
import { FilterBar, type FilterDef } from './components/FilterBar';
import { FirstRun } from './components/FirstRun';
import { Icon, type IconName } from './components/Icon';
import { Inspector, type EditorHandle, type InspectorMode, type Pickers } from './components/Inspector';
import { useToast } from './components/Toasts';
import { capitalize, formatNumber, plainInt, plural } from './logic/format';
import { TYPE_LABELS, recordName, type AnyRecord, type EditableType } from './logic/forms';
import { isMac, isTextEntry, shortcutFor } from './logic/keys';
import type { PickOption } from './logic/options';
import {
  buildIndexes,
  countryName,
  facilityRows,
  flowRows,
  materialRows,
  sourceRows,
  stageLabel,
  type Indexes,
  type TableRow,
} from './logic/rows';
import { facetCounts, filterRows, nextSort, sortRows, type SortState } from './logic/table';
import { useStore, useWorkspace } from './state/context';
import { FACILITY_COLUMNS, FLOW_COLUMNS, MATERIAL_COLUMNS, SOURCE_COLUMNS } from './views/columns';

export type ViewName = 'facilities' | 'flows' | 'materials' | 'sources';

interface ViewDef {
  name: ViewName;
  label: string;
  type: EditableType;
  icon: IconName;
}

const VIEWS: readonly ViewDef[] = [
  { name: 'facilities', label: 'Facilities', type: 'facility', icon: 'facility' },
  { name: 'flows', label: 'Flows', type: 'flow', icon: 'flow' },
  { name: 'materials', label: 'Materials', type: 'material', icon: 'material' },
  { name: 'sources', label: 'Sources', type: 'source', icon: 'source' },
];

interface ViewState {
  text: string;
  filters: Record<string, string>;
  sort: SortState | null;
  selectedId: string | null;
}

const INITIAL_VIEWS: Record<ViewName, ViewState> = {
  facilities: { text: '', filters: {}, sort: { column: 'name', dir: 'asc' }, selectedId: null },
  flows: { text: '', filters: {}, sort: { column: 'from', dir: 'asc' }, selectedId: null },
  materials: { text: '', filters: {}, sort: { column: 'name', dir: 'asc' }, selectedId: null },
  sources: { text: '', filters: {}, sort: { column: 'title', dir: 'asc' }, selectedId: null },
};

const FIRST_RUN_KEY = 'lodestone.firstRunDismissed';
const mac = typeof navigator !== 'undefined' && isMac(navigator.platform || navigator.userAgent);
const MOD = mac ? '⌘' : 'Ctrl+';

function readDismissed(workspaceId: string): boolean {
  try {
    const raw = window.localStorage.getItem(FIRST_RUN_KEY);
    const list: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(list) && list.includes(workspaceId);
  } catch {
    return false;
  }
}

function writeDismissed(workspaceId: string): void {
  try {
    const raw = window.localStorage.getItem(FIRST_RUN_KEY);
    const list: unknown = raw ? JSON.parse(raw) : [];
    const next = Array.isArray(list) ? list.filter((x) => typeof x === 'string') : [];
    if (!next.includes(workspaceId)) next.push(workspaceId);
    window.localStorage.setItem(FIRST_RUN_KEY, JSON.stringify(next.slice(-50)));
  } catch {
    // storage unavailable: the offer simply comes back next time
  }
}

function useVisibleRows<R extends TableRow>(rows: readonly R[], state: ViewState): R[] {
  const text = useDeferredValue(state.text);
  const filtered = useMemo(() => filterRows(rows, text, state.filters), [rows, text, state.filters]);
  return useMemo(() => {
    const sort = state.sort;
    if (!sort) return filtered;
    return sortRows(filtered, (r) => r.keys[sort.column] ?? null, sort.dir);
  }, [filtered, state.sort]);
}

export function App() {
  const store = useStore();
  const ws = useWorkspace();
  const notify = useToast();
  const confirm = useConfirm();

  const [view, setView] = useState<ViewName>('facilities');
  const [views, setViews] = useState<Record<ViewName, ViewState>>(INITIAL_VIEWS);
  const [creating, setCreating] = useState<EditableType | null>(null);
  const [dismissed, setDismissed] = useState<boolean | null>(null);
  const [sampleBusy, setSampleBusy] = useState(false);

  const editorRef = useRef<EditorHandle | null>(null);
  const formRef = useRef<HTMLFormElement | null>(null);
  const gridRef = useRef<HTMLDivElement | null>(null);
  const filterRef = useRef<HTMLInputElement | null>(null);
  const historyBusy = useRef(false);

  // Asked at the moment of leaving, so a clean editor never asks to discard.
  const hasUnsavedChanges = useCallback(() => editorRef.current?.hasUnsavedChanges() ?? false, []);

  const def = VIEWS.find((v) => v.name === view)!;
  const state = views[view];

  // ---- loading ----
  useEffect(() => {
    void store.load();
  }, [store]);

  useEffect(() => {
    if (ws.status === 'ready') document.body.dataset.ready = 'true';
  }, [ws.status]);

  useEffect(() => {
    const name = ws.info?.name;
    document.title = name ? `${name} · Lodestone` : 'Lodestone';
  }, [ws.info?.name]);

  useEffect(() => {
    if (ws.info && dismissed === null) setDismissed(readDismissed(ws.info.workspace_id));
  }, [ws.info, dismissed]);

  // Another window or program may write to the workspace: look when the window comes back.
  useEffect(() => {
    const check = () => {
      if (document.visibilityState !== 'visible') return;
      // A failed look shows in the status bar (lastError); nothing else to do here.
      store.checkForChanges().catch(() => undefined);
    };
    window.addEventListener('focus', check);
    document.addEventListener('visibilitychange', check);
    const timer = window.setInterval(check, 15_000);
    return () => {
      window.removeEventListener('focus', check);
      document.removeEventListener('visibilitychange', check);
      window.clearInterval(timer);
    };
  }, [store]);

  // ---- derived data ----
  const indexes: Indexes = useMemo(
    () => buildIndexes(ws.facilities, ws.flows, ws.materials, ws.sources, ws.links),
    [ws.facilities, ws.flows, ws.materials, ws.sources, ws.links],
  );
  const allFacilityRows = useMemo(() => facilityRows(ws.facilities, indexes), [ws.facilities, indexes]);
  const allFlowRows = useMemo(() => flowRows(ws.flows, indexes), [ws.flows, indexes]);
  const allMaterialRows = useMemo(() => materialRows(ws.materials, indexes), [ws.materials, indexes]);
  const allSourceRows = useMemo(() => sourceRows(ws.sources, indexes), [ws.sources, indexes]);

  const visibleFacilities = useVisibleRows(allFacilityRows, views.facilities);
  const visibleFlows = useVisibleRows(allFlowRows, views.flows);
  const visibleMaterials = useVisibleRows(allMaterialRows, views.materials);
  const visibleSources = useVisibleRows(allSourceRows, views.sources);

  const pickers: Pickers = useMemo(() => {
    const facilities: PickOption[] = ws.facilities
      .map((f) => {
        const country = countryName(f.country);
        const stage = stageLabel(f.stage);
        return {
          value: f.id,
          label: f.name,
          detail: `${stage} · ${country}`,
          search: `${f.name}\u0001${country}\u0001${stage}\u0001${f.operator}`.toLowerCase(),
        };
      })
      .sort((a, b) => a.label.localeCompare(b.label, 'en'));
    const materials: PickOption[] = ws.materials
      .map((m) => ({
        value: m.id,
        label: m.name,
        detail: [capitalize(m.form), m.elements.join(' ')].filter(Boolean).join(' · '),
        search: `${m.name}\u0001${m.form}\u0001${m.elements.join(' ')}`.toLowerCase(),
      }))
      .sort((a, b) => a.label.localeCompare(b.label, 'en'));
    const sources: PickOption[] = ws.sources
      .map((s) => ({
        value: s.id,
        label: s.title,
        detail: [s.publisher, s.published].filter(Boolean).join(' · '),
        search: `${s.title}\u0001${s.publisher}\u0001${s.published}`.toLowerCase(),
      }))
      .sort((a, b) => a.label.localeCompare(b.label, 'en'));
    return { facilities, materials, sources };
  }, [ws.facilities, ws.materials, ws.sources]);

  const filterDefs: Record<ViewName, FilterDef[]> = useMemo(() => {
    const countries = facetCounts(allFacilityRows, 'country')
      .map(({ value, count }) => ({ value, label: `${COUNTRY_NAMES[value] ?? value} (${formatNumber(count)})`, name: COUNTRY_NAMES[value] ?? value }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en'));
    const flowMaterials = facetCounts(allFlowRows, 'material')
      .map(({ value, count }) => {
        const name = indexes.materialById.get(value)?.name ?? value;
        return { value, label: `${name} (${formatNumber(count)})`, name };
      })
      .sort((a, b) => a.name.localeCompare(b.name, 'en'));
    const statuses = FACILITY_STATUSES.map((s) => ({ value: s, label: capitalize(s) }));
    return {
      facilities: [
        { key: 'stage', label: 'Stage', anyLabel: 'All stages', options: STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s] })) },
        { key: 'country', label: 'Country', anyLabel: 'All countries', options: countries },
        { key: 'status', label: 'Status', anyLabel: 'All statuses', options: statuses },
      ],
      flows: [
        { key: 'material', label: 'Material', anyLabel: 'All materials', options: flowMaterials },
        { key: 'status', label: 'Status', anyLabel: 'All statuses', options: statuses },
      ],
      materials: [{ key: 'form', label: 'Form', anyLabel: 'All forms', options: MATERIAL_FORMS.map((f) => ({ value: f, label: capitalize(f) })) }],
      sources: [
        {
          key: 'sensitive',
          label: 'Sensitivity',
          anyLabel: 'Sensitive or not',
          options: [
            { value: 'yes', label: 'Sensitive only' },
            { value: 'no', label: 'Not sensitive' },
          ],
        },
      ],
    };
  }, [allFacilityRows, allFlowRows, indexes]);

  // ---- selection and editing ----
  const patchView = useCallback((name: ViewName, patch: Partial<ViewState>) => {
    setViews((all) => ({ ...all, [name]: { ...all[name], ...patch } }));
  }, []);

  const guardUnsaved = useCallback(async (): Promise<boolean> => {
    if (!hasUnsavedChanges()) return true;
    return confirm({
      title: 'Discard unsaved changes?',
      message: 'The record in the inspector has changes that are not saved yet.',
      confirmLabel: 'Discard changes',
      cancelLabel: 'Keep editing',
      danger: true,
    });
  }, [confirm, hasUnsavedChanges]);

  const select = useCallback(
    (id: string | null) => {
      if (id === views[view].selectedId && !creating) return;
      const apply = () => {
        setCreating(null);
        patchView(view, { selectedId: id });
      };
      if (!hasUnsavedChanges()) apply();
      else void guardUnsaved().then((ok) => ok && apply());
    },
    [views, view, creating, patchView, hasUnsavedChanges, guardUnsaved],
  );

  const focusEditor = useCallback(() => {
    window.requestAnimationFrame(() => {
      const first = formRef.current?.querySelector<HTMLElement>('input:not([type=hidden]), select, textarea');
      first?.focus();
    });
  }, []);

  const switchView = useCallback(
    async (name: ViewName) => {
      if (name === view) return;
      if (!(await guardUnsaved())) return;
      setCreating(null);
      setView(name);
    },
    [view, guardUnsaved],
  );

  const startNew = useCallback(async () => {
    if (!(await guardUnsaved())) return;
    setCreating(def.type);
    focusEditor();
  }, [guardUnsaved, def.type, focusEditor]);

  const openRecord = useCallback(
    async (type: EditableType, id: string) => {
      if (!(await guardUnsaved())) return;
      const target = VIEWS.find((v) => v.type === type)!.name;
      setCreating(null);
      patchView(target, { selectedId: id });
      setView(target);
    },
    [guardUnsaved, patchView],
  );

  const showFlowsOf = useCallback(
    async (facilityName: string) => {
      if (!(await guardUnsaved())) return;
      setCreating(null);
      patchView('flows', { text: facilityName, filters: {} });
      setView('flows');
    },
    [guardUnsaved, patchView],
  );

  const recordOf = useCallback(
    (type: EditableType, id: string | null): AnyRecord | null => {
      if (!id) return null;
      switch (type) {
        case 'facility':
          return indexes.facilityById.get(id) ?? null;
        case 'flow':
          return indexes.flowById.get(id) ?? null;
        case 'material':
          return indexes.materialById.get(id) ?? null;
        case 'source':
          return indexes.sourceById.get(id) ?? null;
      }
    },
    [indexes],
  );

  const facilityName = useCallback((id: string) => indexes.facilityById.get(id)?.name ?? id, [indexes]);

  const deleteRecord = useCallback(
    async (type: EditableType, id: string) => {
      const record = recordOf(type, id);
      if (!record) return;
      const name = recordName(type, record, facilityName);
      let title = `Delete ${TYPE_LABELS[type].one} ${name}?`;
      let message: ReactNode = 'You can undo this with Ctrl+Z.';
      if (type === 'facility') {
        const flows = indexes.flowCountByFacility.get(id) ?? 0;
        if (flows) title = `Delete facility ${name} and its ${plural(flows, 'flow')}?`;
        message = `${flows ? 'Its flows and source links go with it' : 'Its source links go with it'}. You can undo this with ${MOD}Z.`;
      } else if (type === 'source') {
        const links = indexes.linkCountBySource.get(id) ?? 0;
        if (links) title = `Delete source ${name} and its ${plural(links, 'link')}?`;
        message = `You can undo this with ${MOD}Z.`;
      } else if (type === 'material') {
        const flows = indexes.flowCountByMaterial.get(id) ?? 0;
        const facilities = indexes.facilityCountByMaterial.get(id) ?? 0;
        const uses = [flows ? plural(flows, 'flow') : '', facilities ? plural(facilities, 'facility', 'facilities') : ''].filter(Boolean);
        message = uses.length
          ? `It is in use by ${uses.join(' and ')}; the workspace refuses to delete a material while records use it.`
          : `You can undo this with ${MOD}Z.`;
      } else {
        message = `You can undo this with ${MOD}Z.`;
      }
      const ok = await confirm({ title, message, confirmLabel: 'Delete', danger: true });
      if (!ok) return;
      try {
        let result;
        if (type === 'facility') result = await store.write('facilities.delete', { ids: [id] });
        else if (type === 'flow') result = await store.write('flows.delete', { ids: [id] });
        else if (type === 'material') result = await store.write('materials.delete', { id });
        else result = await store.write('sources.delete', { id });
        const d = result.deleted;
        const extra =
          type === 'facility' && d.flows ? ` and ${plural(d.flows, 'flow')}` : type === 'source' && d.source_links ? ` and ${plural(d.source_links, 'link')}` : '';
        notify(`Deleted ${TYPE_LABELS[type].one} ${name}${extra}`, 'success');
        const owner = VIEWS.find((v) => v.type === type)!.name;
        patchView(owner, { selectedId: null });
        window.requestAnimationFrame(() => gridRef.current?.focus());
      } catch (error) {
        notify(`Could not delete ${name}: ${errorData(error).message}`, 'error');
      }
    },
    [recordOf, facilityName, indexes, confirm, store, notify, patchView],
  );

  // ---- history ----
  const runHistory = useCallback(
    async (direction: 'undo' | 'redo') => {
      if (historyBusy.current) return;
      const label = direction === 'undo' ? ws.info?.undo : ws.info?.redo;
      if (!label) {
        notify(direction === 'undo' ? 'Nothing to undo' : 'Nothing to redo');
        return;
      }
      historyBusy.current = true;
      try {
        const step = await store.write(direction === 'undo' ? 'history.undo' : 'history.redo', {});
        notify(`${direction === 'undo' ? 'Undone' : 'Redone'}: ${step.label}`);
      } catch (error) {
        notify(`Could not ${direction}: ${errorData(error).message}`, 'error');
      } finally {
        historyBusy.current = false;
      }
    },
    [ws.info, store, notify],
  );

  // ---- global keys ----
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      if (document.querySelector('dialog[open]')) return;
      const shortcut = shortcutFor(e, mac);
      if (shortcut === 'save') {
        e.preventDefault();
        editorRef.current?.save();
      } else if (shortcut === 'find') {
        e.preventDefault();
        filterRef.current?.focus();
        filterRef.current?.select();
      } else if (shortcut === 'undo' || shortcut === 'redo') {
        if (isTextEntry(e.target as HTMLElement | null)) return;
        e.preventDefault();
        void runHistory(shortcut);
      } else if (e.altKey && !e.ctrlKey && !e.metaKey && /^[1-4]$/.test(e.key)) {
        const target = VIEWS[Number(e.key) - 1];
        if (target) {
          e.preventDefault();
          void switchView(target.name);
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [runHistory, switchView]);

  // ---- first run ----
  const info = ws.info;
  const empty = info !== null && info.counts.facilities + info.counts.flows + info.counts.materials + info.counts.sources === 0;
  const showFirstRun = empty && dismissed === false;

  const loadSample = async () => {
    setSampleBusy(true);
    try {
      const after = await store.write('workspace.loadSample', {});
      notify(`Loaded the rare-earth sample: ${plural(after.counts.facilities, 'facility', 'facilities')}, ${plural(after.counts.flows, 'flow')}`, 'success');
    } catch (error) {
      notify(`Could not load the sample: ${errorData(error).message}`, 'error');
    } finally {
      setSampleBusy(false);
    }
  };

  const startEmpty = () => {
    if (info) writeDismissed(info.workspace_id);
    setDismissed(true);
  };

  // ---- rendering ----
  if (ws.status === 'loading' && !info) {
    return (
      <div className="splash" role="status">
        <div className="splash-mark" aria-hidden="true" />
        <p>Opening the workspace…</p>
      </div>
    );
  }
  if (ws.status === 'error') {
    return (
      <div className="splash splash-error" role="alert">
        <Icon name="alert" size={28} />
        <h1>Lodestone could not open the workspace</h1>
        <p>{ws.loadError?.message ?? 'Unknown error'}</p>
        <button type="button" className="button button-primary" onClick={() => void store.load()}>
          Try again
        </button>
      </div>
    );
  }

  const counts: Record<ViewName, number> = {
    facilities: ws.facilities.length,
    flows: ws.flows.length,
    materials: ws.materials.length,
    sources: ws.sources.length,
  };

  const inspectorRecord = creating ? null : recordOf(def.type, state.selectedId);
  const inspectorMode: InspectorMode = creating === def.type ? 'create' : state.selectedId ? (inspectorRecord ? 'edit' : 'missing') : 'empty';

  const tableProps = {
    sort: state.sort,
    onSort: (column: string) => patchView(view, { sort: nextSort(state.sort, column) }),
    selectedId: creating ? null : state.selectedId,
    onSelect: (id: string) => select(id),
    onOpen: (id: string) => {
      select(id);
      focusEditor();
    },
    onDelete: (id: string) => void deleteRecord(def.type, id),
    gridRef,
  };

  let table: ReactNode;
  let shown = 0;
  switch (view) {
    case 'facilities':
      shown = visibleFacilities.length;
      table = <DataTable label="Facilities" rows={visibleFacilities} columns={FACILITY_COLUMNS} testId="table-facilities" {...tableProps} />;
      break;
    case 'flows':
      shown = visibleFlows.length;
      table = <DataTable label="Flows" rows={visibleFlows} columns={FLOW_COLUMNS} testId="table-flows" {...tableProps} />;
      break;
    case 'materials':
      shown = visibleMaterials.length;
      table = (
        <DataTable label="Materials" rows={visibleMaterials} columns={MATERIAL_COLUMNS} testId="table-materials" {...tableProps} />
      );
      break;
    case 'sources':
      shown = visibleSources.length;
      table = <DataTable label="Sources" rows={visibleSources} columns={SOURCE_COLUMNS} testId="table-sources" {...tableProps} />;
      break;
  }

  const labels = TYPE_LABELS[def.type];
  const total = counts[view];
  const statusText = `Showing ${plainInt(visibleFacilities.length)} of ${plainInt(ws.facilities.length)} facilities, ${plainInt(visibleFlows.length)} of ${plainInt(ws.flows.length)} flows`;

  let saveState: ReactNode;
  if (ws.pending > 0) saveState = <span className="save-state is-saving">Saving…</span>;
  else if (ws.lastError)
    saveState = (
      <span className="save-state is-error" title={ws.lastError.message}>
        <Icon name="alert" size={12} /> {ws.lastError.message}
      </span>
    );
  else if (ws.lastSavedAt) saveState = <span className="save-state is-saved"><Icon name="check" size={12} /> All changes saved</span>;
  else saveState = <span className="save-state">Ready</span>;

  return (
    <div className="app">
      <header className="topbar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <span className="brand-name">Lodestone</span>
        </div>
        <div className="workspace-name" title={info?.path}>
          <span className="visually-hidden">Workspace: </span>
          {info?.name || 'Workspace'}
        </div>
        <div className="topbar-actions">
          <button
            type="button"
            className="button button-toolbar"
            onClick={() => void runHistory('undo')}
            disabled={!info?.undo}
            aria-label={info?.undo ? `Undo ${info.undo}` : 'Nothing to undo'}
            title={info?.undo ? `Undo ${info.undo} (${MOD}Z)` : 'Nothing to undo'}
          >
            <Icon name="undo" size={15} /> Undo
          </button>
          <button
            type="button"
            className="button button-toolbar"
            onClick={() => void runHistory('redo')}
            disabled={!info?.redo}
            aria-label={info?.redo ? `Redo ${info.redo}` : 'Nothing to redo'}
            title={info?.redo ? `Redo ${info.redo} (${mac ? '⇧⌘Z' : 'Ctrl+Shift+Z'})` : 'Nothing to redo'}
          >
            <Icon name="redo" size={15} /> Redo
          </button>
          <span className="toolbar-sep" aria-hidden="true" />
          <button type="button" className="button button-primary" onClick={() => void startNew()}>
            <Icon name="plus" size={15} /> New {labels.one}
          </button>
        </div>
      </header>

      <nav className="sidebar" aria-label="Views">
        <p className="sidebar-heading" id="sidebar-records">Records</p>
        <ul className="nav-list" aria-labelledby="sidebar-records">
          {VIEWS.map((v, i) => (
            <li key={v.name}>
              <button
                type="button"
                className={`nav-item${v.name === view ? ' is-current' : ''}`}
                aria-current={v.name === view ? 'page' : undefined}
                onClick={() => void switchView(v.name)}
                title={`${v.label} (Alt+${i + 1})`}
              >
                <Icon name={v.icon} size={16} />
                <span className="nav-label">{v.label}</span>
                <span className="nav-count">{formatNumber(counts[v.name])}</span>
              </button>
            </li>
          ))}
        </ul>
      </nav>

      <main className="main" aria-label={def.label}>
        <ErrorBoundary key={view} area={`the ${def.label.toLowerCase()} view`}>
          {showFirstRun ? (
            <FirstRun busy={sampleBusy} onLoadSample={() => void loadSample()} onStartEmpty={startEmpty} />
          ) : (
            <>
              <div className="view-header">
                <h1 className="view-title">{def.label}</h1>
              </div>
              <FilterBar
                noun={labels.one}
                nounPlural={labels.many}
                text={state.text}
                onText={(text) => patchView(view, { text })}
                filters={filterDefs[view]}
                values={state.filters}
                onFilter={(key, value) => patchView(view, { filters: { ...state.filters, [key]: value } })}
                onClear={() => patchView(view, { text: '', filters: {} })}
                shown={shown}
                total={total}
                inputRef={filterRef}
                placeholder={`Filter ${labels.many}…`}
              />
              <div className="table-wrap">
                {total === 0 ? (
                  <div className="table-empty">
                    <Icon name={def.icon} size={26} />
                    <p className="table-empty-title">No {labels.many} yet</p>
                    <p className="muted">Create the first one; it is saved to the workspace file as soon as you save it.</p>
                    <button type="button" className="button button-primary" onClick={() => void startNew()}>
                      <Icon name="plus" size={14} /> New {labels.one}
                    </button>
                    {empty ? (
                      <button type="button" className="button" onClick={() => void loadSample()} disabled={sampleBusy}>
                        Load the rare-earth sample workspace
                      </button>
                    ) : null}
                  </div>
                ) : (
                  <>
                    {table}
                    {shown === 0 ? (
                      <div className="table-empty table-empty-overlay">
                        <p className="table-empty-title">No {labels.many} match these filters</p>
                        <button type="button" className="button" onClick={() => patchView(view, { text: '', filters: {} })}>
                          Clear filters
                        </button>
                      </div>
                    ) : null}
                  </>
                )}
              </div>
            </>
          )}
        </ErrorBoundary>
      </main>

      <ErrorBoundary area="the inspector">
        <Inspector
          type={def.type}
          mode={inspectorMode}
          record={inspectorRecord}
          pickers={pickers}
          indexes={indexes}
          links={ws.links}
          onCreated={(id) => {
            setCreating(null);
            patchView(view, { selectedId: id });
          }}
          onCloseCreate={() => {
            setCreating(null);
            gridRef.current?.focus();
          }}
          onDelete={(type, id) => void deleteRecord(type, id)}
          onNew={() => void startNew()}
          onOpenRecord={(type, id) => void openRecord(type, id)}
          onShowFlowsOf={(name) => void showFlowsOf(name)}
          editorRef={editorRef}
          formRef={formRef}
        />
      </ErrorBoundary>

      <footer className="statusbar">
        <span className="status-counts" data-testid="status-counts">
          {statusText}
        </span>
        <span className="status-path" title={info?.path}>
          <Icon name="database" size={12} />
          <span className="status-path-text">{info?.path}</span>
        </span>
        <span className="status-save" aria-live="polite">
          {saveState}
        </span>
      </footer>
    </div>
  );
}
