// Cytoscape element JSON for the network diagram, diagram filters and graph walks
// (upstream / downstream chain, routes between two facilities). Pure functions.
import type cytoscape from 'cytoscape';
import { CONFIDENCE_RANK, type Confidence, type Stage } from '../../../../db/model/enums';
import type { Facility, Flow, Material } from '../../../../db/model/schemas';
import { countryColor, edgeWidth, materialColor, nodeSize, stageShape } from './style';

export interface DiagramData {
  facilities: readonly Facility[];
  flows: readonly Flow[];
  materials: readonly Material[];
}

export interface Position {
  x: number;
  y: number;
}

export interface BuildOptions {
  /** Saved or computed positions by facility id; nodes without one get no position. */
  positions?: ReadonlyMap<string, Position>;
  /** Override the scale maxima (default: the largest capacity / volume in the data). */
  maxCapacity?: number;
  maxVolume?: number;
  /** Facilities and flows with an open data-check warning: they get the class `flagged`. */
  flagged?: ReadonlySet<string>;
}

/** Largest finite capacity and flow volume (at least 1), the maxima of the size scales. */
export function scaleMaxima(data: Pick<DiagramData, 'facilities' | 'flows'>): { maxCapacity: number; maxVolume: number } {
  let maxCapacity = 1;
  let maxVolume = 1;
  for (const f of data.facilities) if (f.capacity_t !== null && f.capacity_t > maxCapacity) maxCapacity = f.capacity_t;
  for (const f of data.flows) if (f.volume_t !== null && f.volume_t > maxVolume) maxVolume = f.volume_t;
  return { maxCapacity, maxVolume };
}

/**
 * A label is the record's name as plain text: cytoscape draws it onto the canvas, never as
 * HTML, so `<img src=x onerror=alert(1)>` shows as those characters. Only line breaks and
 * runs of whitespace are collapsed so a label stays on one line (ellipsis in the style).
 */
export function plainLabel(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}

/**
 * One node per facility and one edge per flow whose two ends exist (a flow to a missing
 * facility would make cytoscape throw). Node data: id, label, name, stage, country,
 * ownerCountry, status, confidence, capacity, capacityMaterialId, capacityMaterial (name),
 * and the precomputed style fields color, shape, size. Edge data: id, source, target,
 * materialId, material (name), volume, year, status, confidence, color, width.
 * Classes: `stage-<stage>`, `status-<status>`, `confidence-<c>`, `inactive` when the
 * status is anything but operating, and `flagged` for a record in `options.flagged`.
 */
export function buildElements(data: DiagramData, options: BuildOptions = {}): cytoscape.ElementDefinition[] {
  const maxima = scaleMaxima(data);
  const maxCapacity = options.maxCapacity ?? maxima.maxCapacity;
  const maxVolume = options.maxVolume ?? maxima.maxVolume;
  const materialById = new Map(data.materials.map((m) => [m.id, m]));
  const materialColors = new Map<string, string>();
  const colorOf = (id: string) => {
    let c = materialColors.get(id);
    if (c === undefined) materialColors.set(id, (c = materialColor(id, materialById)));
    return c;
  };
  const out: cytoscape.ElementDefinition[] = [];
  const present = new Set<string>();
  for (const f of data.facilities) {
    present.add(f.id);
    const element: cytoscape.ElementDefinition = {
      group: 'nodes',
      data: {
        id: f.id,
        label: plainLabel(f.name),
        name: f.name,
        stage: f.stage,
        country: f.country,
        ownerCountry: f.owner_country,
        status: f.status,
        confidence: f.confidence,
        capacity: f.capacity_t,
        capacityMaterialId: f.capacity_material_id,
        capacityMaterial: f.capacity_material_id ? (materialById.get(f.capacity_material_id)?.name ?? f.capacity_material_id) : null,
        color: countryColor(f.country),
        shape: stageShape(f.stage),
        size: nodeSize(f.capacity_t, maxCapacity),
      },
      classes: elementClasses(f, options.flagged, `stage-${f.stage}`),
    };
    const position = options.positions?.get(f.id);
    if (position) element.position = { x: position.x, y: position.y };
    out.push(element);
  }
  for (const f of data.flows) {
    if (!present.has(f.from_id) || !present.has(f.to_id)) continue;
    out.push({
      group: 'edges',
      data: {
        id: f.id,
        source: f.from_id,
        target: f.to_id,
        materialId: f.material_id,
        material: materialById.get(f.material_id)?.name ?? f.material_id,
        volume: f.volume_t,
        year: f.year,
        status: f.status,
        confidence: f.confidence,
        color: colorOf(f.material_id),
        width: edgeWidth(f.volume_t, maxVolume),
      },
      classes: elementClasses(f, options.flagged),
    });
  }
  return out;
}

function elementClasses(record: Pick<Facility, 'id' | 'status' | 'confidence'>, flagged: ReadonlySet<string> | undefined, first?: string): string[] {
  const classes = first ? [first] : [];
  classes.push(`status-${record.status}`, `confidence-${record.confidence}`);
  if (record.status !== 'operating') classes.push('inactive');
  if (flagged?.has(record.id)) classes.push('flagged');
  return classes;
}

export interface DiagramFilter {
  countries?: string[];
  stages?: Stage[];
  /** Material ids. */
  materials?: string[];
  /** Element symbols, e.g. ['Dy', 'Tb']. */
  elements?: string[];
  statuses?: string[];
  year?: number | null;
  minVolume?: number | null;
  /** Flows of at least this confidence ("medium" keeps medium and high). */
  minConfidence?: Confidence | null;
}

/**
 * What the diagram shows under a filter. An empty or missing dimension does not filter.
 *
 * Facility dimensions (countries, stages, statuses): a facility is shown only if it passes
 * every one given (statuses apply to facilities AND flows).
 * Flow dimensions (materials, elements, statuses, year, minVolume, minConfidence): a flow
 * passes if its material is one of `materials`, its material lists at least one of
 * `elements`, its status is one of `statuses`, its year equals `year` (flows without a year
 * fail a year filter), its volume is at least `minVolume` (flows without a volume fail it),
 * and its confidence is at least `minConfidence`.
 * A flow is shown only if it passes AND both its ends are shown.
 * When a material or element filter is set, a facility must also have at least one shown
 * flow (in or out) to be shown: "which facilities handle dysprosium" hides the rest. Year,
 * minimum volume and minimum confidence filter flows only, so facilities keep showing
 * without them ("the chain as far as I trust it" still shows every facility).
 */
export function filterDiagram(
  data: DiagramData,
  filter: DiagramFilter,
): { facilityIds: Set<string>; flowIds: Set<string> } {
  const set = <T>(values: readonly T[] | undefined) => (values && values.length ? new Set(values) : null);
  const countries = set(filter.countries?.map((c) => c.toUpperCase()));
  const stages = set<string>(filter.stages);
  const statuses = set(filter.statuses);
  const materials = set(filter.materials);
  const elements = set(filter.elements);
  const year = filter.year ?? null;
  const minVolume = filter.minVolume ?? null;
  const minRank = filter.minConfidence ? CONFIDENCE_RANK[filter.minConfidence] : null;

  const candidate = new Set<string>();
  for (const f of data.facilities) {
    if (countries && !countries.has(f.country)) continue;
    if (stages && !stages.has(f.stage)) continue;
    if (statuses && !statuses.has(f.status)) continue;
    candidate.add(f.id);
  }
  let elementMaterials: Set<string> | null = null;
  if (elements) {
    elementMaterials = new Set();
    for (const m of data.materials) if (m.elements.some((e) => elements.has(e))) elementMaterials.add(m.id);
  }
  const flowIds = new Set<string>();
  const touched = new Set<string>();
  for (const f of data.flows) {
    if (!candidate.has(f.from_id) || !candidate.has(f.to_id)) continue;
    if (materials && !materials.has(f.material_id)) continue;
    if (elementMaterials && !elementMaterials.has(f.material_id)) continue;
    if (statuses && !statuses.has(f.status)) continue;
    if (year !== null && f.year !== year) continue;
    if (minVolume !== null && (f.volume_t === null || f.volume_t < minVolume)) continue;
    if (minRank !== null && CONFIDENCE_RANK[f.confidence] < minRank) continue;
    flowIds.add(f.id);
    touched.add(f.from_id);
    touched.add(f.to_id);
  }
  const needsFlow = materials !== null || elementMaterials !== null;
  const facilityIds = needsFlow ? touched : candidate;
  return { facilityIds, flowIds };
}

type FlowEnds = Pick<Flow, 'id' | 'from_id' | 'to_id'>;

interface Adjacency {
  out: Map<string, FlowEnds[]>;
  in: Map<string, FlowEnds[]>;
}

function adjacency(flows: readonly FlowEnds[]): Adjacency {
  const out = new Map<string, FlowEnds[]>();
  const inc = new Map<string, FlowEnds[]>();
  for (const f of flows) {
    const o = out.get(f.from_id);
    if (o) o.push(f);
    else out.set(f.from_id, [f]);
    const i = inc.get(f.to_id);
    if (i) i.push(f);
    else inc.set(f.to_id, [f]);
  }
  return { out, in: inc };
}

/** Breadth-first reach; returns node -> hop distance. Each node visited once (cycle-safe). */
function reach(
  starts: Iterable<string>,
  next: Map<string, FlowEnds[]>,
  forward: boolean,
  edges?: Set<string>,
  stop?: string,
): Map<string, number> {
  const dist = new Map<string, number>();
  const queue: string[] = [];
  for (const s of starts) {
    if (!dist.has(s)) {
      dist.set(s, 0);
      queue.push(s);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    const d = dist.get(node)!;
    if (node === stop) continue;
    for (const f of next.get(node) ?? []) {
      edges?.add(f.id);
      const other = forward ? f.to_id : f.from_id;
      if (!dist.has(other)) {
        dist.set(other, d + 1);
        queue.push(other);
      }
    }
  }
  return dist;
}

/**
 * The whole chain feeding `ids` (upstream, transitively) and fed by them (downstream), and
 * the flows along it. The start ids themselves are in neither set unless a cycle brings the
 * walk back to them. Linear in the flows; cycles (recycling) are safe.
 */
export function upstreamDownstream(
  flows: readonly FlowEnds[],
  ids: Iterable<string>,
): { upstream: Set<string>; downstream: Set<string>; edges: Set<string> } {
  const starts = [...ids];
  const adj = adjacency(flows);
  const edges = new Set<string>();
  const up = reach(starts, adj.in, false, edges);
  const down = reach(starts, adj.out, true, edges);
  const startSet = new Set(starts);
  // A start id counts as upstream (downstream) only when a path of length >= 1 leads to it.
  const upstream = new Set<string>();
  const downstream = new Set<string>();
  const upReached = new Set<string>();
  const downReached = new Set<string>();
  for (const f of flows) {
    if (up.has(f.to_id) && up.has(f.from_id)) upReached.add(f.from_id);
    if (down.has(f.from_id) && down.has(f.to_id)) downReached.add(f.to_id);
  }
  for (const id of up.keys()) if (!startSet.has(id) || upReached.has(id)) upstream.add(id);
  for (const id of down.keys()) if (!startSet.has(id) || downReached.has(id)) downstream.add(id);
  return { upstream, downstream, edges };
}

/**
 * Every facility and flow on some directed path from `fromId` to `toId`: the intersection
 * of what `fromId` reaches forward and what reaches `toId` backward; a flow u -> v is on a
 * route when u is reached from `fromId` and v reaches `toId`. Linear time, cycle-safe.
 * `limit` (optional) bounds the route length in flows: only flows on a path of at most
 * `limit` flows count (still linear: hop distances from both breadth-first walks).
 * Empty sets when there is no route (or fromId === toId).
 */
export function routesBetween(
  flows: readonly FlowEnds[],
  fromId: string,
  toId: string,
  limit?: number,
): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  if (fromId === toId) return { nodes, edges };
  const adj = adjacency(flows);
  // Routes stop at their ends: the forward walk does not go on past toId, the backward walk
  // not past fromId.
  const fwd = reach([fromId], adj.out, true, undefined, toId);
  const bwd = reach([toId], adj.in, false, undefined, fromId);
  if (!fwd.has(toId)) return { nodes, edges };
  const max = limit === undefined || limit === null ? Infinity : limit;
  for (const f of flows) {
    const a = fwd.get(f.from_id);
    const b = bwd.get(f.to_id);
    if (a === undefined || b === undefined) continue;
    if (a + 1 + b > max) continue;
    if (f.from_id === toId || f.to_id === fromId) continue;
    edges.add(f.id);
    nodes.add(f.from_id);
    nodes.add(f.to_id);
  }
  return { nodes, edges };
}
