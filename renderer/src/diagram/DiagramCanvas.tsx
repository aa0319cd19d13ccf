// The one component that owns the cytoscape instance: created once on mount, updated in
// place (one cy.batch per change of elements, style, selection or highlight) and destroyed
// on unmount. Everything it shows comes in as props; everything a person does goes out
// through callbacks. The parent drives it imperatively through a ref (fit, centre, export).
//
// Bulk mode (a big graph, `bulk`): cytoscape holds the nodes and only the selected edges;
// every other edge is drawn by the EdgeLayer canvas under cytoscape's, which also answers
// which edge is under the pointer. An edge a person clicks (or selects in a table) is added
// to cytoscape while it is selected, so selection, Delete and the inspector work the same.
import type { Core, ElementDefinition, EventObject, NodeSingular, StylesheetJson } from 'cytoscape';
import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { edgeHandlesOn, setupCytoscape, webglAvailable, type EdgeHandles } from './cytoscapeSetup';
import { EdgeLayer } from './EdgeLayer';
import { exportPng, exportSvg } from './exportImage';
import { forceLayout } from './forceLayout';
import { buildEdgeBulk, edgeAt, setNodePosition, type EdgeBulk } from './model/edgeBulk';
import { labelSizeAt, labelZoomStep } from './model/style';
import { wheelZoomFactor } from './model/wheel';

export interface DiagramSelection {
  facilities: string[];
  flows: string[];
}

export interface DiagramCanvasHandle {
  fit(): void;
  /** Centres (and zooms to) a facility; false if it is not in the diagram. */
  centreOn(id: string): boolean;
  png(scale: number): Promise<Blob>;
  svg(scale: number): string;
  /** Runs the force layout over what is shown; resolves with the new positions. */
  runForce(): Promise<Map<string, { x: number; y: number }>>;
  /** The viewport, for layers drawn under the canvas (the map). */
  viewport(): { zoom: number; pan: { x: number; y: number } };
}

export interface HoverInfo {
  id: string;
  kind: 'node' | 'edge';
  x: number;
  y: number;
}

interface Props {
  elements: readonly ElementDefinition[];
  /** Bulk mode (see top); fixed for the life of the instance (the parent keys on it). */
  bulk: boolean;
  stylesheet: StylesheetJson;
  /** Ids selected elsewhere (the inspector's record); the diagram follows. */
  selected: readonly string[];
  /** Focus or routes: elements highlighted, the rest dimmed; null for none. */
  highlight: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null;
  drawMode: boolean;
  /** Changes when the layout changes: the view is fitted again. */
  layoutKey: string;
  /** `user`: a person picked (or cleared) in the canvas; otherwise the diagram followed `selected`. */
  onSelect(selection: DiagramSelection, last: { kind: 'node' | 'edge'; id: string } | null, user: boolean): void;
  onConnect(fromId: string, toId: string): void;
  onCreateAt(position: { x: number; y: number }): void;
  onDeleteSelected(selection: DiagramSelection): void;
  onMoved(positions: { facility_id: string; x: number; y: number }[]): void;
  onHover(hover: HoverInfo | null): void;
  onViewport?(viewport: { zoom: number; pan: { x: number; y: number } }): void;
  handleRef: Ref<DiagramCanvasHandle>;
}

function sameData(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if (a[k] !== b[k]) return false;
  return true;
}

function classKey(classes: ElementDefinition['classes']): string {
  return Array.isArray(classes) ? classes.join(' ') : (classes ?? '');
}

/** Below this zoom a big graph's nodes carry no label at all (cytoscape would not draw them). */
const LABEL_ZOOM = 0.6;

function nodesOnly(elements: readonly ElementDefinition[]): ElementDefinition[] {
  return elements.filter((el) => el.group === 'nodes');
}

function selectionOf(cy: Core): DiagramSelection {
  const sel = cy.$(':selected');
  return { facilities: sel.nodes().map((n) => n.id()), flows: sel.edges().map((e) => e.id()) };
}

export function DiagramCanvas(props: Props) {
  const containerRef = useRef<HTMLDivElement | null>(null);
  const cyRef = useRef<Core | null>(null);
  const ehRef = useRef<EdgeHandles | null>(null);
  // The latest callbacks, so the listeners bound once always call the current ones.
  const latest = useRef(props);
  latest.current = props;
  // Selection changes made from outside do not echo back as events.
  const applying = useRef(false);
  const [counts, setCounts] = useState({ nodes: 0, edges: 0 });
  const edgeCanvasRef = useRef<HTMLCanvasElement | null>(null);
  // Bulk mode: the edge layer, the edges it draws, and the ones lent to cytoscape (selected).
  const layerRef = useRef<EdgeLayer | null>(null);
  const bulkRef = useRef<EdgeBulk | null>(null);
  const lentRef = useRef(new Set<number>());
  const [rendered, setRendered] = useState(false);
  // Set by the create effect: lend a bulk edge to cytoscape, take back unselected ones.
  const lendRef = useRef<(index: number) => cytoscape.EdgeSingular | null>(() => null);
  /** Plain mode: the zoom step the node labels are sized for (labelSizeAt). */
  const labelStepRef = useRef(0);
  /** Sizes these nodes' labels for the current zoom (all nodes when the step changed). */
  const sizeLabels = (nodes: cytoscape.NodeCollection) => {
    const cy = cyRef.current;
    if (!cy || nodes.empty()) return;
    const step = labelZoomStep(cy.zoom());
    const target = step === labelStepRef.current ? nodes : cy.nodes();
    labelStepRef.current = step;
    const size = labelSizeAt(step);
    cy.batch(() => {
      target.style({ 'font-size': size.fontSize, 'text-max-width': `${size.maxWidth}px`, 'text-outline-width': size.outline, 'text-margin-x': size.margin });
    });
  };
  const takeBackRef = useRef<() => void>(() => {});
  /** Bulk mode: label the nodes around the view again (after the elements changed). */
  const scheduleLabelsRef = useRef<() => void>(() => {});

  // Create once.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const cytoscape = setupCytoscape();
    const { elements, stylesheet, bulk } = latest.current;
    const webgl = bulk && webglAvailable();
    performance.mark('diagram:create');
    const cy = cytoscape({
      container,
      elements: bulk ? nodesOnly(elements) : (elements as ElementDefinition[]),
      style: stylesheet,
      layout: { name: 'preset', fit: true, padding: 40 },
      minZoom: 0.02,
      maxZoom: 4,
      boxSelectionEnabled: true,
      selectionType: 'single', // Shift or Ctrl adds; Shift+drag on the background selects a box
      textureOnViewport: bulk && !webgl,
      motionBlur: false,
      pixelRatio: bulk ? 1 : 'auto',
      ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    } as cytoscape.CytoscapeOptions);
    cyRef.current = cy;

    // The "rendered" signal (benchmarks and tests wait on it): cytoscape has drawn, and in
    // bulk mode so has the edge layer.
    let cyDrawn = false;
    let edgesDrawn = !bulk;
    const maybeRendered = () => {
      if (!cyDrawn || !edgesDrawn) return;
      performance.mark('diagram:rendered');
      setRendered(true);
    };
    cy.one('render', () => {
      cyDrawn = true;
      maybeRendered();
    });

    let layer: EdgeLayer | null = null;
    if (bulk && edgeCanvasRef.current) {
      layer = new EdgeLayer(edgeCanvasRef.current);
      layerRef.current = layer;
      const edgeBulk = buildEdgeBulk(elements);
      bulkRef.current = edgeBulk;
      layer.onFullDraw = () => {
        if (edgesDrawn) return;
        edgesDrawn = true;
        maybeRendered();
      };
      layer.resize(container.clientWidth, container.clientHeight);
      layer.setViewport({ zoom: cy.zoom(), pan: cy.pan() });
      layer.setBulk(edgeBulk);
      // Labels only when zoomed in enough to read them, and only on the nodes in and around
      // the view once it rests: a class change restyles each node it touches, and labelling
      // all 5,000 at once froze the window for over a second.
      let labelled = new Set<string>();
      let labelTimer = 0;
      const updateLabels = () => {
        const want = new Set<string>();
        if (cy.zoom() >= LABEL_ZOOM) {
          const view = cy.extent();
          const mx = view.w * 0.25;
          const my = view.h * 0.25;
          cy.nodes().forEach((n) => {
            const p = n.position();
            if (p.x >= view.x1 - mx && p.x <= view.x2 + mx && p.y >= view.y1 - my && p.y <= view.y2 + my) want.add(n.id());
          });
        }
        cy.batch(() => {
          for (const id of labelled) if (!want.has(id)) cy.getElementById(id).removeClass('labelled');
          for (const id of want) if (!labelled.has(id)) cy.getElementById(id).addClass('labelled');
        });
        labelled = want;
      };
      const scheduleLabels = () => {
        window.clearTimeout(labelTimer);
        labelTimer = window.setTimeout(() => {
          if (cyRef.current === cy) updateLabels();
        }, 120);
      };
      cy.on('viewport', scheduleLabels);
      scheduleLabelsRef.current = scheduleLabels;
      updateLabels();
      // Dragged nodes take their edges along.
      cy.on('grab', 'node', (e: EventObject) => {
        const moving = e.target.selected() ? cy.$('node:selected').union(e.target) : e.target;
        const indices = new Set<number>();
        moving.forEach((n: NodeSingular) => {
          const i = bulkRef.current?.nodeIndex.get(n.id());
          if (i !== undefined) indices.add(i);
        });
        layer?.startMoving(indices);
      });
      cy.on('position', 'node', (e: EventObject) => {
        if (bulkRef.current && setNodePosition(bulkRef.current, e.target.id(), e.target.position())) layer?.nodesMoved();
      });
      cy.on('free', 'node', () => layer?.stopMoving());
      // Edges under the pointer: a click selects one, hovering shows its tooltip.
      /** The bulk edge within 4 screen pixels of a model point (not a lent one), or -1. */
      const edgeUnder = (point: { x: number; y: number }) => {
        const edgeBulk = bulkRef.current;
        return edgeBulk ? edgeAt(edgeBulk, point, 4 / cy.zoom(), lentRef.current) : -1;
      };
      cy.on('tap', (e: EventObject) => {
        if (e.target !== cy) return;
        const index = edgeUnder(e.position);
        if (index < 0) return;
        const additive = (e.originalEvent as MouseEvent | undefined)?.shiftKey || (e.originalEvent as MouseEvent | undefined)?.ctrlKey;
        // After cytoscape's own handling of a background tap, which unselects everything.
        window.setTimeout(() => {
          if (cyRef.current !== cy) return;
          if (!additive) cy.$(':selected').unselect();
          lend(index)?.select();
        }, 0);
      });
      let hoverFrame = 0;
      let hoveringEdge = false;
      cy.on('mousemove', (e: EventObject) => {
        if (e.target !== cy || hoverFrame) return;
        const point = { ...e.position };
        const rendered = { ...e.renderedPosition };
        hoverFrame = requestAnimationFrame(() => {
          hoverFrame = 0;
          const edgeBulk = bulkRef.current;
          const index = edgeUnder(point);
          if (index >= 0 && edgeBulk) {
            hoveringEdge = true;
            latest.current.onHover({ id: edgeBulk.ids[index]!, kind: 'edge', x: rendered.x, y: rendered.y });
          } else if (hoveringEdge) {
            hoveringEdge = false;
            latest.current.onHover(null);
          }
        });
      });
    }
    if (!bulk) {
      // Labels sized for the zoom (labelSizeAt), set on the nodes once the view rests: a
      // stylesheet change would restyle every edge as well, on every wheel step.
      let labelTimer = 0;
      cy.on('viewport', () => {
        window.clearTimeout(labelTimer);
        labelTimer = window.setTimeout(() => {
          if (cyRef.current === cy && labelZoomStep(cy.zoom()) !== labelStepRef.current) sizeLabels(cy.nodes());
        }, 150);
      });
      sizeLabels(cy.nodes());
    }
    /** Hands a bulk edge to cytoscape (to be selected); returns it. */
    function lend(index: number): cytoscape.EdgeSingular | null {
      const edgeBulk = bulkRef.current;
      if (!edgeBulk) return null;
      const id = edgeBulk.ids[index]!;
      const existing = cy.getElementById(id);
      if (existing.nonempty()) return existing as cytoscape.EdgeSingular;
      const added = cy.add(edgeBulk.definitions[index]!);
      lentRef.current = new Set(lentRef.current).add(index);
      layer?.setSkip(lentRef.current);
      return added[0] as cytoscape.EdgeSingular;
    }
    lendRef.current = lend;
    /** Takes back lent edges that are no longer selected. */
    const takeBack = () => {
      const edgeBulk = bulkRef.current;
      if (!edgeBulk || !lentRef.current.size) return;
      const keep = new Set<number>();
      const gone = cy.collection();
      for (const index of lentRef.current) {
        const edge = cy.getElementById(edgeBulk.ids[index] ?? '');
        if (edge.nonempty() && edge.selected()) keep.add(index);
        else gone.merge(edge);
      }
      if (keep.size === lentRef.current.size) return;
      cy.remove(gone);
      lentRef.current = keep;
      layer?.setSkip(keep);
    };
    takeBackRef.current = takeBack;
    setCounts({ nodes: cy.nodes().length, edges: bulk ? (bulkRef.current?.ids.length ?? 0) : cy.edges().length });

    let selectTimer = 0;
    let lastTapped: { kind: 'node' | 'edge'; id: string } | null = null;
    let selectPending = false;
    const emitNow = () => {
      window.clearTimeout(selectTimer);
      if (!selectPending || !cyRef.current) return;
      selectPending = false;
      latest.current.onSelect(selectionOf(cy), lastTapped, true);
      takeBack();
    };
    // Several select/unselect events of one gesture make one report.
    const emitSelection = () => {
      window.clearTimeout(selectTimer);
      selectPending = true;
      selectTimer = window.setTimeout(emitNow, 0);
    };
    cy.on('select unselect', 'node, edge', (e: EventObject) => {
      if (applying.current) return;
      if (e.type === 'select') lastTapped = { kind: e.target.isNode() ? 'node' : 'edge', id: e.target.id() };
      else if (lastTapped && lastTapped.id === e.target.id()) {
        const rest = cy.$(':selected');
        const next = rest.length ? rest[rest.length - 1]! : null;
        lastTapped = next ? { kind: next.isNode() ? 'node' : 'edge', id: next.id() } : null;
      }
      emitSelection();
    });
    cy.on('dbltap', (e: EventObject) => {
      if (e.target !== cy) return;
      emitNow(); // the first tap's selection change goes first, so it cannot cancel the new record
      latest.current.onCreateAt({ x: e.position.x, y: e.position.y });
    });
    cy.on('dragfree', 'node', (e: EventObject) => {
      const moved = e.target.selected() ? cy.$('node:selected').union(e.target) : e.target;
      latest.current.onMoved(moved.nodes().map((n: NodeSingular) => ({ facility_id: n.id(), ...n.position() })));
    });
    cy.on('mouseover', 'node, edge', (e: EventObject) => {
      const t = e.target;
      const p = t.isNode() ? t.renderedPosition() : t.renderedMidpoint();
      latest.current.onHover({ id: t.id(), kind: t.isNode() ? 'node' : 'edge', x: p.x, y: p.y });
    });
    cy.on('mouseout', 'node, edge', () => latest.current.onHover(null));
    cy.on('viewport', () => {
      latest.current.onHover(null);
      layer?.setViewport({ zoom: cy.zoom(), pan: cy.pan() });
      latest.current.onViewport?.({ zoom: cy.zoom(), pan: cy.pan() });
    });

    const eh = edgeHandlesOn(cy, {
      canConnect: (source: NodeSingular, target: NodeSingular) => !source.same(target),
      edgeParams: () => ({ data: { draft: true } }),
      hoverDelay: 50,
      snap: true,
      snapThreshold: 20,
      noEdgeEventsInDraw: true,
      disableBrowserGestures: true,
    });
    ehRef.current = eh;
    cy.on('ehcomplete', ((_e: EventObject, source: NodeSingular, target: NodeSingular, added: cytoscape.EdgeSingular) => {
      added.remove();
      emitNow();
      latest.current.onConnect(source.id(), target.id());
    }) as unknown as cytoscape.EventHandler);

    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && cy.$(':selected').nonempty()) {
        e.preventDefault();
        cy.$(':selected').unselect();
        return;
      }
      if (e.key !== 'Delete' && e.key !== 'Backspace') return;
      const sel = selectionOf(cy);
      if (!sel.facilities.length && !sel.flows.length) return;
      e.preventDefault();
      latest.current.onDeleteSelected(sel);
    };
    container.addEventListener('keydown', onKey);
    // Wheel zoom by our rule (model/wheel.ts), caught on the way down to cytoscape's own
    // handler (a capturing listener on the container) and stopped there.
    const host = container.parentElement;
    const onWheel = (e: WheelEvent) => {
      if (!cy.zoomingEnabled() || !cy.userZoomingEnabled()) return;
      e.preventDefault();
      e.stopPropagation();
      const bounds = container.getBoundingClientRect();
      cy.zoom({ level: cy.zoom() * wheelZoomFactor(e), renderedPosition: { x: e.clientX - bounds.left, y: e.clientY - bounds.top } });
    };
    host?.addEventListener('wheel', onWheel, { capture: true, passive: false });
    // Cytoscape swallows the pointer events that would focus the container: focus it so
    // the Delete key reaches it.
    cy.on('tapstart', () => {
      if (document.activeElement !== container) container.focus({ preventScroll: true });
    });
    // The container moves and resizes with the window and the toolbar: tell cytoscape, which
    // caches where its container is.
    const observer = new ResizeObserver(() => {
      cy.resize();
      layer?.resize(container.clientWidth, container.clientHeight);
    });
    observer.observe(container);
    const onScrollOrLayout = () => (cy as unknown as { invalidateDimensions?: () => void }).invalidateDimensions?.();
    container.addEventListener('pointerenter', onScrollOrLayout);
    latest.current.onViewport?.({ zoom: cy.zoom(), pan: cy.pan() });

    return () => {
      window.clearTimeout(selectTimer);
      container.removeEventListener('keydown', onKey);
      host?.removeEventListener('wheel', onWheel, { capture: true });
      container.removeEventListener('pointerenter', onScrollOrLayout);
      observer.disconnect();
      eh.destroy();
      ehRef.current = null;
      layer?.destroy();
      layerRef.current = null;
      bulkRef.current = null;
      lentRef.current = new Set();
      cy.destroy();
      cyRef.current = null;
    };
  }, []);

  // Elements: remove what went, add what came, update only what changed (a data or class
  // change restyles the element, which is what costs time with 25,000 of them).
  const { elements } = props;
  const applied = useRef<{ list: readonly ElementDefinition[]; byId: Map<string, ElementDefinition> } | null>(null);
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const byId = new Map<string, ElementDefinition>();
    for (const el of elements) if (el.data.id) byId.set(el.data.id, el);
    const before = applied.current;
    applied.current = { list: elements, byId };
    if (!before) return; // the instance was created with these elements
    if (before.list === elements) return;
    const bulk = latest.current.bulk;
    cy.batch(() => {
      const gone = cy.collection();
      cy.elements().forEach((ele) => {
        if (!byId.has(ele.id())) gone.merge(ele);
      });
      if (gone.nonempty()) cy.remove(gone);
      const toAdd: ElementDefinition[] = [];
      for (const el of elements) {
        const id = el.data.id!;
        const old = before.byId.get(id);
        const existing = old ? cy.getElementById(id) : null;
        if (!existing || existing.empty()) {
          // In bulk mode an edge is drawn by the edge layer unless it is lent (selected).
          if (!bulk || el.group === 'nodes') toAdd.push(el);
          continue;
        }
        if (!sameData(old!.data, el.data)) existing.data(el.data);
        if (classKey(old!.classes) !== classKey(el.classes)) existing.classes(el.classes ?? '');
        if (el.position && existing.isNode()) {
          const p = existing.position();
          if (p.x !== el.position.x || p.y !== el.position.y) existing.position({ ...el.position });
        }
      }
      // Nodes before edges, so an edge's ends exist when it is added.
      toAdd.sort((a, b) => (a.group === 'nodes' ? 0 : 1) - (b.group === 'nodes' ? 0 : 1));
      if (toAdd.length) {
        const added = cy.add(toAdd as ElementDefinition[]);
        if (!bulk) sizeLabels(added.nodes());
      }
    });
    if (bulk) {
      const edgeBulk = buildEdgeBulk(elements);
      bulkRef.current = edgeBulk;
      const lent = new Set<number>();
      cy.edges().forEach((edge) => {
        const index = edgeBulk.edgeIndex.get(edge.id());
        if (index !== undefined) lent.add(index);
      });
      lentRef.current = lent;
      layerRef.current?.setSkip(lent);
      layerRef.current?.setBulk(edgeBulk);
      scheduleLabelsRef.current();
    }
    setCounts({ nodes: cy.nodes().length, edges: bulk ? (bulkRef.current?.ids.length ?? 0) : cy.edges().length });
  }, [elements]);

  const { stylesheet } = props;
  const stylesheetApplied = useRef<StylesheetJson | null>(stylesheet);
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || stylesheetApplied.current === stylesheet) return;
    stylesheetApplied.current = stylesheet;
    cy.style(stylesheet);
  }, [stylesheet]);

  const { selected } = props;
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const want = new Set(selected);
    const current = cy.$(':selected');
    // A selection the diagram made itself stays while it holds everything wanted: several
    // elements with one of them inspected, or facilities and flows with the facilities (or
    // flows) edited together.
    const selectedNow = new Set(current.map((e) => e.id()));
    if (want.size > 0 && [...want].every((id) => selectedNow.has(id))) return;
    applying.current = true;
    try {
      cy.batch(() => {
        for (const e of current.toArray()) if (!want.has(e.id())) e.unselect();
        for (const id of want) {
          const element = cy.getElementById(id);
          if (element.nonempty()) element.select();
          else {
            // A flow drawn by the edge layer: lend it to cytoscape to select it.
            const index = bulkRef.current?.edgeIndex.get(id);
            if (index !== undefined) lendRef.current(index)?.select();
          }
        }
      });
      takeBackRef.current();
    } finally {
      applying.current = false;
    }
    latest.current.onSelect(selectionOf(cy), null, false);
  }, [selected, elements]);

  const { highlight } = props;
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.$('.dimmed, .highlighted').removeClass('dimmed highlighted');
      if (!highlight) return;
      cy.nodes().forEach((n) => {
        n.addClass(highlight.nodes.has(n.id()) ? 'highlighted' : 'dimmed');
      });
      cy.edges().forEach((e) => {
        e.addClass(highlight.edges.has(e.id()) ? 'highlighted' : 'dimmed');
      });
    });
    const edgeBulk = bulkRef.current;
    if (edgeBulk && layerRef.current) {
      if (!highlight) layerRef.current.setHighlight(null);
      else {
        const indices = new Set<number>();
        for (const id of highlight.edges) {
          const index = edgeBulk.edgeIndex.get(id);
          if (index !== undefined) indices.add(index);
        }
        layerRef.current.setHighlight(indices);
      }
    }
  }, [highlight, elements]);

  const { drawMode } = props;
  useEffect(() => {
    const eh = ehRef.current;
    if (!eh) return;
    if (drawMode) eh.enableDrawMode();
    else eh.disableDrawMode();
  }, [drawMode]);

  const { layoutKey } = props;
  useEffect(() => {
    const cy = cyRef.current;
    if (cy && cy.nodes().length) cy.fit(undefined, 40);
  }, [layoutKey]);

  useImperativeHandle(
    props.handleRef,
    () => ({
      fit() {
        const cy = cyRef.current;
        if (cy) cy.fit(undefined, 40);
      },
      centreOn(id: string) {
        const cy = cyRef.current;
        const node = cy?.getElementById(id);
        if (!cy || !node || node.empty()) return false;
        cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1) }, { duration: 250 });
        return true;
      },
      png(scale: number) {
        const cy = cyRef.current;
        if (!cy) return Promise.reject(new Error('The diagram is not ready'));
        return exportPng(cy, layerRef.current, scale);
      },
      svg(scale: number) {
        const cy = cyRef.current;
        if (!cy) throw new Error('The diagram is not ready');
        return exportSvg(cy, layerRef.current, scale);
      },
      runForce() {
        // In a worker, on the elements shown (bulk mode's cytoscape has no edges anyway).
        return forceLayout(latest.current.elements);
      },
      viewport() {
        const cy = cyRef.current;
        return cy ? { zoom: cy.zoom(), pan: cy.pan() } : { zoom: 1, pan: { x: 0, y: 0 } };
      },
    }),
    [],
  );

  return (
    <>
      {props.bulk ? <canvas ref={edgeCanvasRef} className="diagram-edges" aria-hidden="true" /> : null}
      <div
        ref={containerRef}
        className={`diagram-canvas${props.drawMode ? ' is-drawing' : ''}`}
        data-testid="diagram-canvas"
        data-node-count={counts.nodes}
        data-edge-count={counts.edges}
        data-mode={props.bulk ? 'bulk' : 'plain'}
        data-rendered={rendered ? 'true' : 'false'}
        tabIndex={0}
        role="application"
        aria-label="Network diagram: drag to pan, scroll to zoom, Shift+drag to select several, Delete removes the selection, Escape clears it"
      />
    </>
  );
}
