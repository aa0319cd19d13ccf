// The diagram view: toolbar (search, filters, focus, layout, export), the canvas with its
// tooltip and map layer, and the legend (where the data-check warnings' haloes are turned
// off). Data comes from the workspace store, so an edit made anywhere shows here at once;
// the selection is the window's (inspector and tables).
import type { StylesheetJson } from 'cytoscape';
import { useCallback, useEffect, useMemo, useRef, useState, type Ref } from 'react';
import { COUNTRY_NAMES } from '../../../db/model/countries';
import { FACILITY_STATUSES, STAGES, STAGE_LABELS, type Stage } from '../../../db/model/enums';
import type { Facility, Flow, Material } from '../../../db/model/schemas';
import { openWarnings } from '../analysis/logic/checks';
import { sameMembers, useMemoWhileEqual } from '../hooks/useMemoWhileEqual';
import { useReviewedChecks } from '../analysis/checks/useReviewedChecks';
import type { AnalysisEngine } from '../analysis/worker/engine';
import { useToast } from '../components/Toasts';
import { capitalize, formatNumber } from '../logic/format';
import { useStore } from '../state/context';
import { DiagramCanvas, type DiagramCanvasHandle, type DiagramSelection, type HoverInfo } from './DiagramCanvas';
import { BULK_THRESHOLD } from './cytoscapeSetup';
import { DiagramLegend } from './DiagramLegend';
import { chainLayoutWithColumns, sameLayoutInput } from './model/chainLayout';
import { StageHeaders } from './StageHeaders';
import { buildElements, routesBetween, scaleMaxima, upstreamDownstream, type DiagramFilter, type Position } from './model/elements';
import { diagramStylesheet } from './model/style';
import { MapLayer, type MapLayerHandle } from './MapLayer';
import { measured } from './measure';
import { stretchToAspect } from './model/aspect';
import { mapLayout } from './model/projection';
import type { DiagramLayout, DiagramState } from './useDiagramState';
import { saveFile } from '../platform/files';
import './diagram.css';

export interface DiagramViewProps {
  facilities: readonly Facility[];
  flows: readonly Flow[];
  materials: readonly Material[];
  state: DiagramState;
  /** The record the inspector shows, if it is a facility or a flow. */
  selectedId: string | null;
  /** Facilities or flows chosen together (the inspector edits them at once); empty or one: just selectedId. */
  markedIds: readonly string[];
  onSelect(kind: 'facility' | 'flow', id: string | null): void;
  /** Several facilities (or flows) selected in the canvas, `activeId` the last picked. */
  onMark(kind: 'facility' | 'flow', ids: readonly string[], activeId: string): void;
  onConnect(fromId: string, toId: string): void;
  onCreateAt(position: Position): void;
  onDeleteSelected(selection: DiagramSelection): void;
  /** The search box (Ctrl+F puts the keyboard there). */
  searchRef?: Ref<HTMLInputElement>;
  /** Where the data checks run, counting what the Checks tab counts (its "count planned" setting). */
  checks: { engine: AnalysisEngine; includePlanned: boolean };
}

type Highlight = 'none' | 'focus' | 'routes';
/** Taller columns than the layout's default, so the chain fits a window closer to its shape. */
const CHAIN_SPACING = { columnGap: 280, rowGap: 22, blockGap: 34 };
/** Height / width the chain is stretched towards: about the canvas's shape in a window. */
const CHAIN_ASPECT = 0.75;
const SCALES = [1, 2, 4] as const;

function tooltipLines(hover: HoverInfo, facilities: ReadonlyMap<string, Facility>, flows: ReadonlyMap<string, Flow>, materials: ReadonlyMap<string, Material>): string[] {
  if (hover.kind === 'node') {
    const f = facilities.get(hover.id);
    if (!f) return [];
    const lines = [f.name, `${STAGE_LABELS[f.stage as Stage] ?? f.stage} · ${COUNTRY_NAMES[f.country] ?? f.country} · ${capitalize(f.status)}`];
    if (f.operator) lines.push(`Operator: ${f.operator}`);
    if (f.capacity_t !== null) lines.push(`Capacity: ${formatNumber(f.capacity_t)} t/yr`);
    return lines;
  }
  const fl = flows.get(hover.id);
  if (!fl) return [];
  const name = (id: string) => facilities.get(id)?.name ?? id;
  const lines = [`${name(fl.from_id)} → ${name(fl.to_id)}`, materials.get(fl.material_id)?.name ?? fl.material_id];
  const bits = [fl.volume_t !== null ? `${formatNumber(fl.volume_t)} t/yr` : 'Volume unknown', fl.year !== null ? String(fl.year) : null, capitalize(fl.status)];
  lines.push(bits.filter(Boolean).join(' · '));
  return lines;
}

const MAX_MARKED_SHOWN = 2_000;
const NO_WARNINGS: ReadonlyMap<string, string[]> = new Map();

export function DiagramView(props: DiagramViewProps) {
  const { facilities, flows, materials, state, selectedId } = props;
  const { filter, setFilter, layout, setLayout, visible } = state;
  const store = useStore();
  const notify = useToast();
  const canvasRef = useRef<DiagramCanvasHandle | null>(null);

  const facilityById = useMemo(() => new Map(facilities.map((f) => [f.id, f])), [facilities]);
  const flowById = useMemo(() => new Map(flows.map((f) => [f.id, f])), [flows]);
  const materialById = useMemo(() => new Map(materials.map((m) => [m.id, m])), [materials]);

  // Positions: computed for the layout, overridden by where a person dragged nodes.
  const [saved, setSaved] = useState<{ layout: DiagramLayout; positions: Map<string, Position> } | null>(null);
  const [forced, setForced] = useState<Map<string, Position> | null>(null);
  // The canvas is created once the first saved positions are known, so it starts with the
  // picture it keeps: no second fit when they arrive while a person is already zooming.
  const [positionsKnown, setPositionsKnown] = useState(false);
  if (saved && !positionsKnown) setPositionsKnown(true);
  useEffect(() => {
    let live = true;
    setSaved((s) => (s?.layout === layout ? s : null));
    store
      .read('diagram.positions', { layout })
      .then((rows) => {
        if (live) setSaved({ layout, positions: new Map(rows.map((r) => [r.facility_id, { x: r.x, y: r.y }])) });
      })
      .catch(() => {
        if (live) setSaved({ layout, positions: new Map() });
      });
    return () => {
      live = false;
    };
  }, [layout, store, state.positionsVersion]);

  // The records the chain layout reads, the same object while an edit leaves them as they were
  // (an operator, a volume): laying out 20,000 facilities again takes a fifth of a second.
  const layoutInput = useMemoWhileEqual(() => ({ facilities, flows }), [facilities, flows], sameLayoutInput);
  const chainResult = useMemo(
    () => (layout === 'chain' ? measured('diagram:layout', () => chainLayoutWithColumns(layoutInput.facilities, layoutInput.flows, CHAIN_SPACING)) : null),
    [layout, layoutInput],
  );
  // Towards a window's shape (wider than tall, below the toolbars), at most 4 times taller.
  const chain = useMemo(() => (chainResult ? stretchToAspect(chainResult.positions, CHAIN_ASPECT, 4) : null), [chainResult]);
  const mapPositions = useMemo(() => (layout === 'map' ? mapLayout(facilities) : null), [layout, facilities]);
  const positions = useMemo(() => {
    const base = layout === 'chain' ? chain : layout === 'map' ? mapPositions : forced;
    const out = new Map<string, Position>(base ?? []);
    if (saved && saved.layout === layout) for (const [id, p] of saved.positions) out.set(id, p);
    return out;
  }, [layout, chain, mapPositions, forced, saved]);

  // The data checks' open warnings, haloed; the last result stays while the checks run again after an edit.
  const { showWarnings, setShowWarnings } = state;
  const { checks: checked } = useReviewedChecks(props.checks.engine, 'diagram-checks', showWarnings ? { include_planned: props.checks.includePlanned } : null);
  const warnings = useMemo(() => (showWarnings && checked.value ? openWarnings(checked.value) : NO_WARNINGS), [showWarnings, checked.value]);
  // The same set while the same records are flagged: every edit runs the checks again, and a
  // new set would rebuild the elements of a big diagram for nothing.
  const flagged: ReadonlySet<string> = useMemoWhileEqual(() => new Set(warnings.keys()), [warnings], sameMembers);

  const shownFacilities = useMemo(() => facilities.filter((f) => visible.facilityIds.has(f.id)), [facilities, visible]);
  const shownFlows = useMemo(() => flows.filter((f) => visible.flowIds.has(f.id)), [flows, visible]);
  const { maxCapacity, maxVolume } = useMemo(() => scaleMaxima({ facilities, flows }), [facilities, flows]);
  // The same object while the maxima stay: a new stylesheet restyles every element.
  const maxima = useMemo(() => ({ maxCapacity, maxVolume }), [maxCapacity, maxVolume]);
  const elements = useMemo(
    () => buildElements({ facilities: shownFacilities, flows: shownFlows, materials }, { positions, flagged, ...maxima }),
    [shownFacilities, shownFlows, materials, positions, flagged, maxima],
  );
  const flaggedShown = useMemo(() => {
    let n = 0;
    for (const f of shownFacilities) if (flagged.has(f.id)) n++;
    for (const f of shownFlows) if (flagged.has(f.id)) n++;
    return n;
  }, [shownFacilities, shownFlows, flagged]);
  // Bulk mode follows the workspace's size, not the filters, so filtering never remounts.
  const bulk = facilities.length + flows.length > BULK_THRESHOLD;
  const stylesheet: StylesheetJson = useMemo(() => diagramStylesheet({ ...maxima, bulk }), [maxima, bulk]);

  // Force layout: computed by cytoscape once the nodes are there, unless every node was placed.
  // It runs in a worker (seconds for thousands of facilities); the toolbar says so meanwhile.
  const forceWanted = layout === 'force' && saved?.layout === 'force' && !forced;
  const [arranging, setArranging] = useState(false);
  useEffect(() => {
    if (!forceWanted) return;
    if (facilities.every((f) => saved!.positions.has(f.id))) {
      setForced(new Map());
      return;
    }
    const run = canvasRef.current?.runForce();
    if (!run) return;
    let live = true;
    setArranging(true);
    run
      .then((p) => {
        if (live) setForced(p);
      })
      .catch((e: unknown) => {
        if (live) notify((e as Error).message, 'error');
      })
      .finally(() => {
        if (live) setArranging(false);
      });
    return () => {
      live = false;
      setArranging(false);
    };
  }, [forceWanted, facilities, saved, notify]);

  // The diagram's own selection (several elements), and the highlight built on it.
  const [selection, setSelection] = useState<DiagramSelection>({ facilities: [], flows: [] });
  const [mode, setMode] = useState<Highlight>('none');
  const highlight = useMemo(() => {
    if (mode === 'focus' && selection.facilities.length) {
      const { upstream, downstream, edges } = upstreamDownstream(shownFlows, selection.facilities);
      return { nodes: new Set([...selection.facilities, ...upstream, ...downstream]), edges };
    }
    if (mode === 'routes' && selection.facilities.length === 2) {
      const [a, b] = selection.facilities as [string, string];
      const there = routesBetween(shownFlows, a, b);
      const back = routesBetween(shownFlows, b, a);
      return { nodes: new Set([a, b, ...there.nodes, ...back.nodes]), edges: new Set([...there.edges, ...back.edges]) };
    }
    return null;
  }, [mode, selection, shownFlows]);
  // The Analysis page asked for a facility with its chain: once the canvas has it selected, Focus on.
  const { focusRequest, setFocusRequest } = state;
  useEffect(() => {
    if (!focusRequest) return;
    if (!visible.facilityIds.has(focusRequest)) {
      setFocusRequest(null);
      notify(`${facilityById.get(focusRequest)?.name ?? 'The facility'} is hidden by the diagram's filters`);
      return;
    }
    if (!selection.facilities.includes(focusRequest)) return;
    setMode('focus');
    canvasRef.current?.centreOn(focusRequest);
    setFocusRequest(null);
  }, [focusRequest, setFocusRequest, selection, visible, facilityById, notify]);
  const routesMissing = mode === 'routes' && highlight !== null && highlight.edges.size === 0;

  const { markedIds } = props;
  // Rows chosen in a table show selected here too, but not past MAX_MARKED_SHOWN: on a big
  // graph each selected flow is lent to cytoscape as an element of its own.
  const selected = useMemo(
    () => (markedIds.length > 1 && markedIds.length <= MAX_MARKED_SHOWN ? markedIds : selectedId ? [selectedId] : []),
    [markedIds, selectedId],
  );
  const onSelect = useCallback(
    (sel: DiagramSelection, last: { kind: 'node' | 'edge'; id: string } | null, user: boolean) => {
      setSelection(sel);
      if (!user) return;
      // With nothing picked since the app set the selection (say both of two marked in a
      // table), a click that leaves one of them selected has no `last`: take what is left.
      const pick =
        last ??
        (sel.facilities.length
          ? { kind: 'node' as const, id: sel.facilities[sel.facilities.length - 1]! }
          : sel.flows.length
            ? { kind: 'edge' as const, id: sel.flows[sel.flows.length - 1]! }
            : null);
      if (pick) {
        const kind = pick.kind === 'node' ? 'facility' : 'flow';
        const ofKind = kind === 'facility' ? sel.facilities : sel.flows;
        if (ofKind.length > 1) props.onMark(kind, ofKind, pick.id);
        else props.onSelect(kind, pick.id);
      } else props.onSelect('facility', null);
    },
    [props.onSelect, props.onMark],
  );

  const [drawMode, setDrawMode] = useState(false);
  const [hover, setHover] = useState<HoverInfo | null>(null);
  // The viewport moves the map layer directly (no React render per pan or zoom step).
  const viewportRef = useRef({ zoom: 1, pan: { x: 0, y: 0 } });
  const mapRef = useRef<MapLayerHandle | null>(null);
  const headersRef = useRef<MapLayerHandle | null>(null);
  const onViewport = useCallback((v: { zoom: number; pan: { x: number; y: number } }) => {
    viewportRef.current = { zoom: v.zoom, pan: { ...v.pan } };
    mapRef.current?.setViewport(v);
    headersRef.current?.setViewport(v);
  }, []);
  const [scale, setScale] = useState<number>(2);
  const [search, setSearch] = useState('');

  const onMoved = useCallback(
    (moved: { facility_id: string; x: number; y: number }[]) => {
      setSaved((s) => {
        const next = new Map(s?.layout === layout ? s.positions : []);
        for (const m of moved) next.set(m.facility_id, { x: m.x, y: m.y });
        return { layout, positions: next };
      });
      store.read('diagram.savePositions', { layout, positions: moved }).catch((e: unknown) => notify(`Could not save the positions: ${String((e as Error).message ?? e)}`, 'error'));
    },
    [layout, store, notify],
  );

  const resetPositions = async () => {
    try {
      await store.read('diagram.resetPositions', { layout });
      setSaved({ layout, positions: new Map() });
      if (layout === 'force') setForced(null);
      canvasRef.current?.fit();
    } catch (e) {
      notify(`Could not reset the layout: ${(e as Error).message}`, 'error');
    }
  };

  const find = () => {
    const text = search.trim().toLowerCase();
    if (!text) return;
    const hit =
      shownFacilities.find((f) => f.name.toLowerCase() === text) ?? shownFacilities.find((f) => f.name.toLowerCase().includes(text));
    if (!hit) {
      notify(`No facility in the diagram matches “${search.trim()}”`);
      return;
    }
    props.onSelect('facility', hit.id);
    canvasRef.current?.centreOn(hit.id);
  };

  const exportAs = async (kind: 'png' | 'svg') => {
    try {
      const handle = canvasRef.current;
      if (!handle) return;
      const blob = kind === 'png' ? await handle.png(scale) : new Blob([handle.svg(scale)], { type: 'image/svg+xml' });
      // A native save dialog on the desktop, a download in the browser (platform/files.ts).
      await saveFile({ name: `lodestone-diagram.${kind}`, bytes: new Uint8Array(await blob.arrayBuffer()), type: blob.type || (kind === 'png' ? 'image/png' : 'image/svg+xml') });
    } catch (e) {
      notify(`Could not export the diagram: ${(e as Error).message}`, 'error');
    }
  };

  const setList = (key: keyof DiagramFilter, value: string) =>
    setFilter({ ...filter, [key]: value ? [value] : undefined } as DiagramFilter);
  const one = (values: readonly string[] | undefined) => values?.[0] ?? '';

  const countries = useMemo(
    () => [...new Set(facilities.map((f) => f.country))].map((c) => ({ value: c, label: COUNTRY_NAMES[c] ?? c })).sort((a, b) => a.label.localeCompare(b.label, 'en')),
    [facilities],
  );
  const elementSymbols = useMemo(() => [...new Set(materials.flatMap((m) => m.elements))].sort(), [materials]);
  const years = useMemo(() => [...new Set(flows.map((f) => f.year).filter((y): y is number => y !== null))].sort((a, b) => b - a), [flows]);
  const sortedMaterials = useMemo(() => [...materials].sort((a, b) => a.name.localeCompare(b.name, 'en')), [materials]);
  const active = Object.values(filter).some((v) => (Array.isArray(v) ? v.length > 0 : v !== undefined && v !== null));

  const tooltip = hover ? tooltipLines(hover, facilityById, flowById, materialById) : [];
  const tooltipWarnings = hover && tooltip.length ? (warnings.get(hover.id) ?? []) : [];

  return (
    <section className="diagram-view" data-testid="diagram" aria-label="Network diagram">
      <div className="view-header">
        <h1 className="view-title">Diagram</h1>
      </div>
      <div className="diagram-toolbar" role="toolbar" aria-label="Diagram tools">
        <form
          className="diagram-search"
          role="search"
          aria-label="Find a facility"
          onSubmit={(e) => {
            e.preventDefault();
            find();
          }}
        >
          <input
            ref={props.searchRef}
            type="search"
            className="input input-compact"
            aria-label="Find a facility"
            placeholder="Find a facility…"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
          <button type="submit" className="button button-small">
            Find
          </button>
        </form>
        <button type="button" className="button button-small" onClick={() => canvasRef.current?.fit()}>
          Fit
        </button>
        <button type="button" className={`button button-small${drawMode ? ' is-on' : ''}`} aria-pressed={drawMode} onClick={() => setDrawMode(!drawMode)} title="Drag from one facility to another to add a flow">
          Draw flows
        </button>
        <button
          type="button"
          className={`button button-small${mode === 'focus' ? ' is-on' : ''}`}
          aria-pressed={mode === 'focus'}
          disabled={mode !== 'focus' && selection.facilities.length === 0}
          onClick={() => setMode(mode === 'focus' ? 'none' : 'focus')}
          title="Highlight the chain upstream and downstream of the selected facilities"
        >
          Focus
        </button>
        <button
          type="button"
          className={`button button-small${mode === 'routes' ? ' is-on' : ''}`}
          aria-pressed={mode === 'routes'}
          disabled={mode !== 'routes' && selection.facilities.length !== 2}
          onClick={() => setMode(mode === 'routes' ? 'none' : 'routes')}
          title="Select two facilities (Shift+click) to highlight every route between them"
        >
          Routes
        </button>
        <span className="toolbar-sep" aria-hidden="true" />
        <label className="diagram-field">
          <span className="visually-hidden">Layout</span>
          <select className="input select select-compact" aria-label="Layout" value={layout} onChange={(e) => setLayout(e.target.value as DiagramLayout)}>
            <option value="chain">Chain</option>
            <option value="force">Force</option>
            <option value="map">Map</option>
          </select>
        </label>
        <button type="button" className="button button-small button-quiet" onClick={() => void resetPositions()} aria-label="Reset layout" title="Forget where nodes were dragged in this layout">
          Reset
        </button>
        <span className="spacer" />
        <select className="input select select-compact diagram-scale" aria-label="Export scale" title="Export at this scale" value={scale} onChange={(e) => setScale(Number(e.target.value))}>
          {SCALES.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
        <button type="button" className="button button-small" aria-label="Export PNG" title="Export the current view as a PNG image" onClick={() => void exportAs('png')}>
          PNG
        </button>
        <button type="button" className="button button-small" aria-label="Export SVG" title="Export the current view as an SVG image" onClick={() => void exportAs('svg')}>
          SVG
        </button>
      </div>
      <div className="diagram-filters" role="search" aria-label="Filter the diagram">
        <select className="input select select-compact" aria-label="Filter by country" value={one(filter.countries)} onChange={(e) => setList('countries', e.target.value)}>
          <option value="">All countries</option>
          {countries.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
        <select className="input select select-compact" aria-label="Filter by stage" value={one(filter.stages)} onChange={(e) => setList('stages', e.target.value)}>
          <option value="">All stages</option>
          {STAGES.map((s) => (
            <option key={s} value={s}>
              {STAGE_LABELS[s]}
            </option>
          ))}
        </select>
        <select className="input select select-compact" aria-label="Filter by material" value={one(filter.materials)} onChange={(e) => setList('materials', e.target.value)}>
          <option value="">All materials</option>
          {sortedMaterials.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
        <select className="input select select-compact" aria-label="Filter by element" value={one(filter.elements)} onChange={(e) => setList('elements', e.target.value)}>
          <option value="">All elements</option>
          {elementSymbols.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <select className="input select select-compact" aria-label="Filter by status" value={one(filter.statuses)} onChange={(e) => setList('statuses', e.target.value)}>
          <option value="">All statuses</option>
          {FACILITY_STATUSES.map((s) => (
            <option key={s} value={s}>
              {capitalize(s)}
            </option>
          ))}
        </select>
        <select
          className="input select select-compact"
          aria-label="Filter by year"
          value={filter.year ?? ''}
          onChange={(e) => setFilter({ ...filter, year: e.target.value ? Number(e.target.value) : null })}
        >
          <option value="">All years</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
        <select
          className="input select select-compact diagram-confidence"
          aria-label="Filter by confidence"
          title="Show only flows of at least this confidence"
          value={filter.minConfidence ?? ''}
          onChange={(e) => setFilter({ ...filter, minConfidence: (e.target.value || null) as DiagramFilter['minConfidence'] })}
        >
          <option value="">Any confidence</option>
          <option value="medium">Medium+ confidence</option>
          <option value="high">High confidence</option>
        </select>
        <label className="diagram-field">
          <span>Min&nbsp;t/yr</span>
          <input
            type="number"
            min={0}
            className="input input-compact diagram-min-volume"
            aria-label="Minimum volume"
            value={filter.minVolume ?? ''}
            onChange={(e) => {
              const v = e.target.value === '' ? null : Number(e.target.value);
              setFilter({ ...filter, minVolume: v !== null && Number.isFinite(v) ? v : null });
            }}
          />
        </label>
        {active ? (
          <button type="button" className="button button-small button-quiet" onClick={() => setFilter({})}>
            Clear filters
          </button>
        ) : null}
        {routesMissing ? <span className="diagram-note">No route between the two facilities</span> : null}
        {arranging ? (
          <span className="diagram-note" role="status">
            Arranging the force layout…
          </span>
        ) : null}
      </div>
      <div className="diagram-body">
      <div className="diagram-stage">
        {layout === 'map' ? <MapLayer ref={mapRef} initial={viewportRef.current} /> : null}
        {chainResult && facilities.length ? <StageHeaders ref={headersRef} columns={chainResult.columns} initial={viewportRef.current} /> : null}
        {positionsKnown ? (
        <DiagramCanvas
          key={bulk ? 'bulk' : 'plain'}
          bulk={bulk}
          handleRef={canvasRef}
          elements={elements}
          stylesheet={stylesheet}
          selected={selected}
          highlight={highlight}
          drawMode={drawMode}
          layoutKey={`${layout}:${forced ? 'f' : ''}`}
          onSelect={onSelect}
          onConnect={props.onConnect}
          onCreateAt={props.onCreateAt}
          onDeleteSelected={props.onDeleteSelected}
          onMoved={onMoved}
          onHover={setHover}
          onViewport={onViewport}
        />
        ) : null}
        {hover && tooltip.length ? (
          <div className="diagram-tooltip" role="tooltip" style={{ left: `${hover.x + 14}px`, top: `${hover.y + 14}px` }}>
            {tooltip.map((line, i) => (
              <div key={i} className={i === 0 ? 'diagram-tooltip-title' : undefined}>
                {line}
              </div>
            ))}
            {tooltipWarnings.map((title) => (
              <div key={title} className="diagram-tooltip-warning">
                Warning: {title}
              </div>
            ))}
          </div>
        ) : null}
        {facilities.length === 0 ? <p className="diagram-empty">No facilities yet. Double-click the canvas to add one.</p> : null}
      </div>
      <DiagramLegend
        facilities={shownFacilities}
        materials={materials}
        flows={shownFlows}
        warnings={{ shown: showWarnings, onToggle: () => setShowWarnings(!showWarnings), count: showWarnings && checked.value ? flaggedShown : null, busy: checked.busy }}
      />
      </div>
    </section>
  );
}
