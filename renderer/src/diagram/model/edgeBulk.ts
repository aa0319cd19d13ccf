// Edges of a big diagram drawn in bulk. Cytoscape draws each edge on its own (style
// lookup, path, stroke) and keeps per-edge caches: with 20,000 edges that alone costs
// seconds per frame in a software-rendered Chromium. Here the edges are kept as flat arrays
// and grouped into batches of one look (colour, width, dash), so a frame is one stroke per
// batch. Pure: no DOM; the drawing target is any object with the few canvas 2D calls used.
import type cytoscape from 'cytoscape';
import { EDGE_FLAG_PADDING, FLAG_COLOR, FLAG_OPACITY } from './style';

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/** The canvas 2D calls the drawing uses (a CanvasRenderingContext2D has them all). */
export interface StrokeTarget {
  strokeStyle: string | CanvasGradient | CanvasPattern;
  lineWidth: number;
  globalAlpha: number;
  lineCap: CanvasLineCap;
  setLineDash(segments: number[]): void;
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  stroke(): void;
}

export interface EdgeBatch {
  color: string;
  width: number;
  dashed: boolean;
  /** The halo under flagged edges (an open data-check warning), drawn before every edge. */
  halo: boolean;
  /** Edge indices in this batch. */
  edges: Uint32Array;
}

export interface EdgeBulk {
  ids: string[];
  /** Element definitions by edge index (to hand one to cytoscape when it is selected). */
  definitions: cytoscape.ElementDefinition[];
  /** Node index of each edge's ends. */
  source: Int32Array;
  target: Int32Array;
  /** Model-space node positions, by node index; update with setNodePosition. */
  x: Float64Array;
  y: Float64Array;
  /** Node index by node id. */
  nodeIndex: Map<string, number>;
  /** Edge index by edge id. */
  edgeIndex: Map<string, number>;
  /** Drawn width of each edge (model units). */
  width: Float32Array;
  batches: EdgeBatch[];
}

/** Opacity of an edge as the stylesheet draws it (style.ts: 0.75, inactive 0.45). */
export const EDGE_ALPHA = { normal: 0.75, inactive: 0.45, dimmed: 0.06, highlighted: 1 } as const;
const DASH = [6, 4];

function hasClass(classes: cytoscape.ElementDefinition['classes'], name: string): boolean {
  if (!classes) return false;
  return Array.isArray(classes) ? classes.includes(name) : classes.split(/\s+/).includes(name);
}

/**
 * Flat arrays of the edges among the elements, whose ends are nodes among the elements (an
 * edge to a missing node is left out, as cytoscape would refuse it). Nodes without a
 * position sit at 0,0 until one is set.
 */
export function buildEdgeBulk(elements: readonly cytoscape.ElementDefinition[]): EdgeBulk {
  const nodeIndex = new Map<string, number>();
  const xs: number[] = [];
  const ys: number[] = [];
  for (const el of elements) {
    if (el.group !== 'nodes' || !el.data.id) continue;
    nodeIndex.set(el.data.id, xs.length);
    xs.push(el.position?.x ?? 0);
    ys.push(el.position?.y ?? 0);
  }
  const ids: string[] = [];
  const definitions: cytoscape.ElementDefinition[] = [];
  const source: number[] = [];
  const target: number[] = [];
  const byKey = new Map<string, { color: string; width: number; dashed: boolean; halo: boolean; edges: number[] }>();
  const inBatch = (key: string, look: { color: string; width: number; dashed: boolean; halo: boolean }, index: number) => {
    let batch = byKey.get(key);
    if (!batch) byKey.set(key, (batch = { ...look, edges: [] }));
    batch.edges.push(index);
  };
  const widths: number[] = [];
  for (const el of elements) {
    if (el.group !== 'edges' || !el.data.id) continue;
    const s = nodeIndex.get(el.data.source as string);
    const t = nodeIndex.get(el.data.target as string);
    if (s === undefined || t === undefined) continue;
    const index = ids.length;
    ids.push(el.data.id);
    definitions.push(el);
    source.push(s);
    target.push(t);
    const color = typeof el.data.color === 'string' ? el.data.color : '#9AA0A6';
    const width = Math.max(1, Math.round(Number(el.data.width) || 1));
    widths.push(width);
    const dashed = hasClass(el.classes, 'inactive');
    inBatch(`${color}|${width}|${dashed ? 1 : 0}`, { color, width, dashed, halo: false }, index);
    if (hasClass(el.classes, 'flagged')) {
      const haloWidth = width + 2 * EDGE_FLAG_PADDING;
      inBatch(`halo|${haloWidth}`, { color: FLAG_COLOR, width: haloWidth, dashed: false, halo: true }, index);
    }
  }
  // Haloes under every edge; then thin before wide, so wide (big-volume) flows stay visible on top.
  const batches = [...byKey.values()]
    .sort((a, b) => Number(b.halo) - Number(a.halo) || a.width - b.width || Number(b.dashed) - Number(a.dashed) || (a.color < b.color ? -1 : a.color > b.color ? 1 : 0))
    .map((b) => ({ color: b.color, width: b.width, dashed: b.dashed, halo: b.halo, edges: Uint32Array.from(b.edges) }));
  return {
    ids,
    definitions,
    source: Int32Array.from(source),
    target: Int32Array.from(target),
    x: Float64Array.from(xs),
    y: Float64Array.from(ys),
    nodeIndex,
    edgeIndex: new Map(ids.map((id, i) => [id, i])),
    width: Float32Array.from(widths),
    batches,
  };
}

/** Moves a node; false when the node is not in the bulk. */
export function setNodePosition(bulk: EdgeBulk, id: string, position: { x: number; y: number }): boolean {
  const i = bulk.nodeIndex.get(id);
  if (i === undefined) return false;
  bulk.x[i] = position.x;
  bulk.y[i] = position.y;
  return true;
}

export interface DrawOptions {
  viewport: Viewport;
  /** Size of the drawing in screen pixels (for culling). */
  width: number;
  height: number;
  /** Edges not to draw (drawn elsewhere: selected edges live in cytoscape). */
  skip?: ReadonlySet<number>;
  /** Focus / routes: these edges full strength, all others faint; null for none. */
  highlighted?: ReadonlySet<number> | null;
  /** Draw only edges touching these nodes (a drag overlay), or, with `exclude`, all others. */
  nodes?: ReadonlySet<number> | null;
  excludeNodes?: boolean;
}

/**
 * Strokes the edges in model coordinates: the target must already carry the viewport
 * transform (screen = model * zoom + pan); the viewport here only decides what is on screen.
 * Returns how many edges were drawn (a halo is not counted).
 */
export function drawEdgeBulk(target: StrokeTarget, bulk: EdgeBulk, options: DrawOptions): number {
  const { zoom, pan } = options.viewport;
  const margin = 20;
  // The visible model rectangle.
  const x1 = (-margin - pan.x) / zoom;
  const y1 = (-margin - pan.y) / zoom;
  const x2 = (options.width + margin - pan.x) / zoom;
  const y2 = (options.height + margin - pan.y) / zoom;
  const { x, y, source, target: to } = bulk;
  const skip = options.skip;
  const highlighted = options.highlighted ?? null;
  const nodes = options.nodes ?? null;
  const exclude = options.excludeNodes === true;
  let drawn = 0;
  // Dashes shorter than a couple of pixels cannot be seen and cost Skia dearly (each dash is
  // its own piece of path): zoomed out, inactive flows are told apart by opacity alone.
  const dashVisible = DASH[0]! * zoom >= 2;
  target.lineCap = 'butt';
  // Highlighting draws every batch twice: the faint rest first, then the highlighted edges.
  const passes: ('faint' | 'strong' | 'plain')[] = highlighted ? ['faint', 'strong'] : ['plain'];
  for (const pass of passes) {
    for (const batch of bulk.batches) {
      let started = false;
      const edges = batch.edges;
      for (let k = 0; k < edges.length; k++) {
        const e = edges[k]!;
        if (skip && skip.has(e)) continue;
        if (highlighted && highlighted.has(e) !== (pass === 'strong')) continue;
        const s = source[e]!;
        const t = to[e]!;
        if (nodes) {
          const touches = nodes.has(s) || nodes.has(t);
          if (touches === exclude) continue;
        }
        const ax = x[s]!;
        const ay = y[s]!;
        const bx = x[t]!;
        const by = y[t]!;
        if ((ax < x1 && bx < x1) || (ax > x2 && bx > x2) || (ay < y1 && by < y1) || (ay > y2 && by > y2)) continue;
        if (!started) {
          started = true;
          target.strokeStyle = batch.color;
          target.lineWidth = batch.width;
          target.setLineDash(batch.dashed && dashVisible ? DASH : []);
          if (batch.halo) target.globalAlpha = pass === 'faint' ? EDGE_ALPHA.dimmed * FLAG_OPACITY : FLAG_OPACITY;
          else target.globalAlpha = pass === 'faint' ? EDGE_ALPHA.dimmed : pass === 'strong' ? EDGE_ALPHA.highlighted : batch.dashed ? EDGE_ALPHA.inactive : EDGE_ALPHA.normal;
          target.beginPath();
        }
        target.moveTo(ax, ay);
        target.lineTo(bx, by);
        if (!batch.halo) drawn++;
      }
      if (started) target.stroke();
    }
  }
  target.globalAlpha = 1;
  target.setLineDash([]);
  return drawn;
}

/** Squared distance from point p to segment a-b. */
function segmentDistance2(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  let t = length2 === 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / length2;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  const cx = ax + t * dx - px;
  const cy = ay + t * dy - py;
  return cx * cx + cy * cy;
}

/**
 * The edge nearest to a model-space point, within `tolerance` model units plus half the
 * edge's width; -1 for none. A linear scan: 100,000 segments take about a millisecond,
 * less than a grid would cost to keep up to date while nodes are dragged.
 */
export function edgeAt(bulk: EdgeBulk, point: { x: number; y: number }, tolerance: number, skip?: ReadonlySet<number>): number {
  let best = -1;
  let bestD = Infinity;
  for (let e = 0; e < bulk.ids.length; e++) {
    if (skip && skip.has(e)) continue;
    const s = bulk.source[e]!;
    const t = bulk.target[e]!;
    const reach = tolerance + bulk.width[e]! / 2;
    const d2 = segmentDistance2(point.x, point.y, bulk.x[s]!, bulk.y[s]!, bulk.x[t]!, bulk.y[t]!);
    if (d2 <= reach * reach && d2 < bestD) {
      bestD = d2;
      best = e;
    }
  }
  return best;
}

export interface SvgEdgePath {
  d: string;
  color: string;
  width: number;
  /** Dash and gap lengths, for inactive flows; null for a solid line. */
  dash: number[] | null;
  opacity: number;
}

/**
 * The edges as SVG path data in screen coordinates of the viewport scaled by `scale`, one
 * entry per batch that has a visible edge: for the SVG export.
 */
export function edgeBulkSvgPaths(
  bulk: EdgeBulk,
  options: Omit<DrawOptions, 'nodes' | 'excludeNodes'> & { scale: number },
): SvgEdgePath[] {
  const { zoom, pan } = options.viewport;
  const k = options.scale;
  const out: SvgEdgePath[] = [];
  const round = (v: number) => Math.round(v * 10) / 10;
  // The culling and pass logic of drawEdgeBulk, through a target that records paths. Style
  // is always set before beginPath there, so beginPath reads it.
  let current: { parts: string[]; color: string; width: number; dashed: boolean; opacity: number } | null = null;
  let dashed = false;
  const recorder: StrokeTarget = {
    strokeStyle: '',
    lineWidth: 1,
    globalAlpha: 1,
    lineCap: 'butt',
    setLineDash(segments) {
      dashed = segments.length > 0;
    },
    beginPath() {
      current = { parts: [], color: String(recorder.strokeStyle), width: recorder.lineWidth, dashed, opacity: recorder.globalAlpha };
    },
    moveTo(x, y) {
      current?.parts.push(`M${round((x * zoom + pan.x) * k)} ${round((y * zoom + pan.y) * k)}`);
    },
    lineTo(x, y) {
      current?.parts.push(`L${round((x * zoom + pan.x) * k)} ${round((y * zoom + pan.y) * k)}`);
    },
    stroke() {
      if (current && current.parts.length) {
        const scaled = zoom * k;
        out.push({
          d: current.parts.join(''),
          color: current.color,
          width: round(current.width * scaled),
          dash: current.dashed ? DASH.map((v) => round(v * scaled)) : null,
          opacity: current.opacity,
        });
      }
      current = null;
    },
  };
  drawEdgeBulk(recorder, bulk, options);
  return out;
}
