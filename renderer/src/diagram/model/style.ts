// Style mapping of the network diagram: colours, shapes, sizes and the cytoscape stylesheet.
// Pure functions; no cytoscape instance.
//
// Speed: buildElements (elements.ts) PRECOMPUTES each element's colour, shape, size and
// width into its data (`color`, `shape`, `size`, `width`, `arrow`), and the stylesheet reads
// them with `data(...)`. That is cheaper for cytoscape than `mapData()` (no per-element
// interpolation on every style pass) and lets us use sqrt scales, which mapData cannot
// express. `diagramStylesheet({ precomputed: false })` falls back to linear mapData mappers
// over `capacity` / `volume` for elements built elsewhere.
//
// WebGL note: cytoscape's WebGL mode draws edges as plain lines (no dash pattern) and
// non-simple node shapes as textures, so "planned" elements differ by opacity and colour
// as well as by dashes: they still read as distinct in WebGL mode.
import type cytoscape from 'cytoscape';
import { COUNTRY_NAMES } from '../../../../db/model/countries';
import { STAGES, STAGE_LABELS, type MaterialForm, type Stage } from '../../../../db/model/enums';
import type { Facility, Material } from '../../../../db/model/schemas';

/**
 * Fixed colours for the countries that matter most in the rare-earth chain. Chosen to stay
 * apart for the common colour-vision deficiencies (Okabe-Ito and Paul Tol hues first; China,
 * the dominant country, a strong red that is also much darker than its neighbours).
 */
export const COUNTRY_COLORS: Readonly<Record<string, string>> = {
  CN: '#C8102E', // strong red
  US: '#1F5FBF', // blue
  JP: '#E69F00', // orange
  AU: '#009E73', // bluish green
  MM: '#8C564B', // brown
  MY: '#56B4E9', // sky blue
  DE: '#4D4D4D', // dark grey
  FR: '#7B61FF', // violet
  GB: '#CC79A7', // reddish purple
  KR: '#0F8B8D', // teal
  VN: '#B8A200', // olive yellow
  BR: '#66A61E', // green
  IN: '#F0762A', // vermillion-orange
  RU: '#6A3D9A', // dark purple
  CA: '#A6761D', // ochre
  EE: '#1B9E77', // jade
  GL: '#88CCEE', // pale cyan
};

/** FNV-1a 32-bit hash: small, fast and stable across runs and platforms. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function hslToHex(h: number, s: number, l: number): string {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    const c = l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(255 * c)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${f(0)}${f(8)}${f(4)}`.toUpperCase();
}

/**
 * The colour of a country's nodes. Fixed palette for the main rare-earth countries; any
 * other code gets a deterministic colour from a hash of the code, with hues kept away from
 * China's red (so nothing reads as "China" by mistake) and a mid lightness that shows
 * against the white canvas.
 */
export function countryColor(code: string): string {
  const key = (code ?? '').trim().toUpperCase();
  const fixed = COUNTRY_COLORS[key];
  if (fixed) return fixed;
  const h = hashString(key);
  const hue = 25 + (h % 310); // 25..334: skips the reds around 0
  const sat = 0.45 + ((h >>> 9) % 3) * 0.1;
  const light = 0.38 + ((h >>> 13) % 3) * 0.07;
  return hslToHex(hue, sat, light);
}

export type NodeShape = cytoscape.Css.NodeShape;

/** One distinct, readable shape per stage (the legend lists them). */
export const STAGE_SHAPES: Readonly<Record<Stage, NodeShape>> = {
  mine: 'triangle',
  concentrator: 'diamond',
  separation: 'hexagon',
  metal: 'rectangle',
  alloy: 'pentagon',
  magnet: 'star',
  component: 'round-rectangle',
  oem: 'ellipse',
  recycler: 'vee',
  stockpile: 'barrel',
  trader: 'tag',
  other: 'octagon',
};

export function stageShape(stage: Stage | string): NodeShape {
  return STAGE_SHAPES[stage as Stage] ?? 'ellipse';
}

export const NODE_SIZE = { min: 18, max: 60 } as const;
export const EDGE_WIDTH = { min: 1, max: 12 } as const;

/** sqrt scale on [0, max] -> [lo, hi], clamped; lo for unknown, zero or non-finite input. */
function sqrtScale(value: number | null | undefined, max: number, lo: number, hi: number): number {
  if (value === null || value === undefined || !Number.isFinite(value) || value <= 0) return lo;
  if (!Number.isFinite(max) || max <= 0) return lo;
  const t = Math.sqrt(Math.min(value, max) / max);
  return Math.round((lo + t * (hi - lo)) * 10) / 10;
}

/** Node diameter in px: sqrt of capacity (area proportional to capacity), 18..60. */
export function nodeSize(capacity: number | null | undefined, maxCapacity: number): number {
  return sqrtScale(capacity, maxCapacity, NODE_SIZE.min, NODE_SIZE.max);
}

/** Edge width in px: sqrt of volume, 1..12. */
export function edgeWidth(volume: number | null | undefined, maxVolume: number): number {
  return sqrtScale(volume, maxVolume, EDGE_WIDTH.min, EDGE_WIDTH.max);
}

/** One hue family per material form, in chain order from earthy ore to finished product. */
export const FORM_COLORS: Readonly<Record<MaterialForm, readonly string[]>> = {
  ore: ['#8B6F47', '#7A5C3A', '#9C7F57'],
  concentrate: ['#C08A2B', '#A87820', '#D49B3A'],
  oxide: ['#2A9D8F', '#1F7F74', '#3DB5A6'],
  metal: ['#5B7DB1', '#46679A', '#7593C4'],
  alloy: ['#8E6BBE', '#7656A6', '#A384D0'],
  magnet: ['#C2417E', '#A62F69', '#D65E95'],
  component: ['#4E9A3A', '#3C7F2B', '#66B050'],
  product: ['#7F7F2F', '#6A6A22', '#96963F'],
  scrap: ['#8A8A8A', '#707070', '#A0A0A0'],
};
const UNKNOWN_MATERIAL_COLOR = '#9AA0A6';

/**
 * A material's edge colour: the hue family of its form, the shade picked from a hash of its
 * element list (so NdPr oxide and Dy oxide differ a little but both read as "oxide").
 * Accepts the materials as an array or a Map by id.
 */
export function materialColor(materialId: string, materials: readonly Material[] | ReadonlyMap<string, Material>): string {
  const material = isMap(materials) ? materials.get(materialId) : materials.find((m) => m.id === materialId);
  if (!material) return UNKNOWN_MATERIAL_COLOR;
  const family = FORM_COLORS[material.form] ?? [UNKNOWN_MATERIAL_COLOR];
  const key = material.elements.length ? [...material.elements].sort().join(',') : material.id;
  return family[hashString(key) % family.length]!;
}

function isMap<K, V>(value: unknown): value is ReadonlyMap<K, V> {
  return value instanceof Map;
}

export interface StylesheetOptions {
  maxCapacity: number;
  maxVolume: number;
  /** Elements carry precomputed `size`, `width`, `color`, `shape` (default true, see top). */
  precomputed?: boolean;
  /** Labels smaller than this on screen are not drawn (px, default 7). */
  minZoomedFontSize?: number;
  /**
   * The zoom the labels are sized for (labelSizeAt); default 1, the plain sizes. The
   * component rebuilds the stylesheet as the zoom changes, in steps.
   */
  labelZoom?: number;
  /**
   * A big graph: edges are drawn in bulk outside cytoscape (edgeBulk.ts), which holds only
   * the nodes and the selected edges; nodes get labels only with the class `labelled`.
   */
  bulk?: boolean;
}

/** Label size on screen (px) from zoom 1 down to LABEL_HOLD_ZOOM; smaller below. */
export const LABEL_SCREEN_PX = 11;
export const LABEL_HOLD_ZOOM = 0.3;
/** Widest label in model units when zoomed out: about a chain column (280) less the node. */
const LABEL_MAX_MODEL_WIDTH = 250;

/**
 * Node label size in model units for a zoom. Zoomed out (down to LABEL_HOLD_ZOOM) labels
 * keep their screen size, so the whole chain fitted into a window still reads; their width
 * is capped near a column's width so a name stops (…) before the next column. Zoomed in,
 * they grow with the drawing as everything else does. Below the hold zoom they shrink
 * until min-zoomed-font-size hides them.
 */
export function labelSizeAt(zoom: number): { fontSize: number; maxWidth: number; outline: number; margin: number } {
  const z = Math.min(1, Math.max(LABEL_HOLD_ZOOM, Number.isFinite(zoom) && zoom > 0 ? zoom : 1));
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    fontSize: round(LABEL_SCREEN_PX / z),
    maxWidth: Math.round(Math.min(150 / z, LABEL_MAX_MODEL_WIDTH)),
    outline: round(2 / z),
    margin: round(4 / z),
  };
}

/**
 * The zoom steps labels are re-sized at (each step restyles every node): about 15% apart,
 * only inside the range where labelSizeAt changes.
 */
export function labelZoomStep(zoom: number): number {
  const z = Math.min(1, Math.max(LABEL_HOLD_ZOOM, zoom));
  const step = Math.round(Math.log(z) / Math.log(1.15));
  return Math.round(Math.pow(1.15, step) * 1000) / 1000;
}

/** The halo of a facility or flow with an open data-check warning (the legend draws it too). */
export const FLAG_COLOR = '#F5A300';
export const FLAG_OPACITY = 0.55;
/** How far a flagged edge's halo reaches beyond each side of its line (the bulk edge layer draws it too). */
export const EDGE_FLAG_PADDING = 4;
/** What a focus leaves of the elements outside it. */
const DIMMED_OPACITY = 0.12;

export const INACTIVE_FACILITY_STATUSES = ['planned', 'construction', 'idle', 'closed'] as const;

/**
 * The cytoscape stylesheet. Classes set by buildElements: `stage-<stage>`, `status-<status>`,
 * `inactive` (facility not operating / flow not operating), `confidence-low`, `flagged` (an
 * open data-check warning). Classes the
 * component toggles: `dimmed` (faded out while focusing), `highlighted` (on a route or in the
 * focused chain), `focus` (the focused elements themselves), `hidden` (filtered out).
 */
export function diagramStylesheet(options: StylesheetOptions): cytoscape.StylesheetJson {
  const precomputed = options.precomputed ?? true;
  const maxCapacity = Math.max(1, options.maxCapacity);
  const maxVolume = Math.max(1, options.maxVolume);
  const minZoomed = options.minZoomedFontSize ?? 7;
  const size = precomputed ? 'data(size)' : `mapData(capacity, 0, ${maxCapacity}, ${NODE_SIZE.min}, ${NODE_SIZE.max})`;
  const width = precomputed ? 'data(width)' : `mapData(volume, 0, ${maxVolume}, ${EDGE_WIDTH.min}, ${EDGE_WIDTH.max})`;
  const labelSize = labelSizeAt(options.labelZoom ?? 1);
  const nodeLabel = {
    label: 'data(label)',
    color: '#1F2328',
    'font-size': labelSize.fontSize,
    'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    'text-halign': 'right',
    'text-valign': 'center',
    'text-margin-x': labelSize.margin,
    'text-wrap': 'ellipsis',
    'text-max-width': `${labelSize.maxWidth}px`,
    'text-outline-color': '#FFFFFF',
    'text-outline-width': labelSize.outline,
    'text-outline-opacity': 0.85,
    'min-zoomed-font-size': minZoomed,
  } as const;
  const nodeShape = {
    'background-color': precomputed ? 'data(color)' : '#888888',
    shape: precomputed ? ('data(shape)' as unknown as NodeShape) : 'ellipse',
    width: size,
    height: size,
  } as const;
  // Bulk mode (a big graph): every property cytoscape applies costs per node, so nodes carry
  // only their shape until zoomed in close enough to read labels (class `labelled`).
  const nodeRules: cytoscape.StylesheetJson = options.bulk
    ? [
        { selector: 'node', style: nodeShape },
        { selector: 'node.labelled', style: nodeLabel },
      ]
    : [{ selector: 'node', style: { ...nodeShape, 'border-width': 1, 'border-color': '#FFFFFF', 'border-opacity': 0.9, ...nodeLabel } }];
  const sheet: cytoscape.StylesheetJson = [
    ...nodeRules,
    // Not operating: hollow-looking (light fill), dashed border in the country colour.
    {
      selector: 'node.inactive',
      style: {
        'background-opacity': 0.35,
        'border-width': 2,
        'border-style': 'dashed',
        'border-color': precomputed ? 'data(color)' : '#888888',
        'border-opacity': 1,
        color: '#57606A',
      },
    },
    { selector: 'node.status-closed', style: { 'background-opacity': 0.15, 'border-style': 'dotted' } },
    {
      selector: 'edge',
      style: {
        width,
        'line-color': precomputed ? 'data(color)' : '#9AA0A6',
        'target-arrow-color': precomputed ? 'data(color)' : '#9AA0A6',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        opacity: 0.75,
      },
    },
    // Planned / construction / idle / closed flows: dashed and lighter.
    {
      selector: 'edge.inactive',
      style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4], opacity: 0.45 },
    },
    {
      selector: 'node:selected',
      style: { 'border-width': 4, 'border-color': '#0B5FFF', 'border-style': 'solid', 'border-opacity': 1, 'z-index': 20 },
    },
    {
      selector: 'edge:selected',
      style: { 'line-color': '#0B5FFF', 'target-arrow-color': '#0B5FFF', opacity: 1, 'z-index': 20 },
    },
    // An open data-check warning: an amber halo round the node or along the flow, apart from
    // the border (status, selection and focus draw with that) and the fill (the country).
    { selector: 'node.flagged', style: { 'underlay-color': FLAG_COLOR, 'underlay-opacity': FLAG_OPACITY, 'underlay-padding': 7, 'underlay-shape': 'ellipse' } },
    { selector: 'edge.flagged', style: { 'underlay-color': FLAG_COLOR, 'underlay-opacity': FLAG_OPACITY, 'underlay-padding': EDGE_FLAG_PADDING } },
    { selector: '.dimmed', style: { opacity: DIMMED_OPACITY, 'text-opacity': 0 } },
    // cytoscape draws an underlay at its own opacity, whatever the element's.
    { selector: '.flagged.dimmed', style: { 'underlay-opacity': FLAG_OPACITY * DIMMED_OPACITY } },
    {
      selector: 'node.highlighted',
      style: { 'border-width': 3, 'border-color': '#111111', 'border-opacity': 1, opacity: 1, 'z-index': 10, 'font-weight': 'bold' },
    },
    { selector: 'edge.highlighted', style: { opacity: 1, 'z-index': 10, 'line-style': 'solid' } },
    { selector: 'node.focus', style: { 'border-width': 4, 'border-color': '#111111', 'z-index': 30 } },
    { selector: '.hidden', style: { display: 'none' } },
  ];
  return sheet;
}

export interface LegendCountry {
  code: string;
  name: string;
  color: string;
  count: number;
}
export interface LegendStage {
  stage: Stage;
  label: string;
  shape: NodeShape;
  count: number;
}

/**
 * Legend: the countries present (most facilities first, then by code) with their colours,
 * and every stage present (chain order) with its shape.
 */
export function legendEntries(facilities: readonly Pick<Facility, 'country' | 'stage'>[]): {
  countries: LegendCountry[];
  stages: LegendStage[];
} {
  const byCountry = new Map<string, number>();
  const byStage = new Map<Stage, number>();
  for (const f of facilities) {
    byCountry.set(f.country, (byCountry.get(f.country) ?? 0) + 1);
    byStage.set(f.stage, (byStage.get(f.stage) ?? 0) + 1);
  }
  const countries = [...byCountry]
    .map(([code, count]) => ({ code, name: COUNTRY_NAMES[code] ?? code, color: countryColor(code), count }))
    .sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const stages = STAGES.filter((s) => byStage.has(s)).map((stage) => ({
    stage,
    label: STAGE_LABELS[stage],
    shape: stageShape(stage),
    count: byStage.get(stage)!,
  }));
  return { countries, stages };
}
