// The analysis graph: plain arrays of facility, flow and material records turned into
// compact typed arrays with CSR adjacency (both directions), so that every analysis runs
// in linear passes over Int32Array/Float64Array at 20,000 facilities and 100,000 flows.
// Pure: no node:*, no database; the renderer can build it in a Web Worker.
import { CONFIDENCE_RANK, STAGES, type Confidence, type FacilityStatus, type Stage } from '../model/enums';
import type { Facility, Flow, Material } from '../model/schemas';
import { strongComponents, type ComponentOrder } from './order';

/** The fields of a facility that the analyses read (a full Facility record fits). */
/** `confidence` may be left out (taken as medium, the records' default). */
export type GraphFacility = Pick<Facility, 'id' | 'name' | 'stage' | 'country' | 'owner_country' | 'status' | 'capacity_t' | 'stock_t'> &
  Partial<Pick<Facility, 'confidence'>>;
export type GraphFlow = Pick<Flow, 'id' | 'from_id' | 'to_id' | 'material_id' | 'volume_t' | 'status'> & Partial<Pick<Flow, 'confidence'>>;
export type GraphMaterial = Pick<Material, 'id' | 'name'>;

export interface GraphInput {
  facilities: readonly GraphFacility[];
  flows: readonly GraphFlow[];
  materials: readonly GraphMaterial[];
}

export interface GraphOptions {
  /** Count construction and planned facilities and flows as well as operating ones. */
  include_planned?: boolean;
}

export interface Graph {
  includePlanned: boolean;
  /** Counted facilities (nodes) 0..n-1 and counted flows (edges) 0..m-1. */
  n: number;
  m: number;
  ids: string[];
  names: string[];
  /** Index into STAGES. */
  stage: Uint8Array;
  /** Index into `countries`: location, and controlling owner (falling back to location). */
  country: Uint16Array;
  owner: Uint16Array;
  countries: string[];
  capacity: Float64Array;
  stock: Float64Array;
  /** Confidence of each node and of each edge: CONFIDENCE_RANK (0 low, 1 medium, 2 high). */
  nodeConfidence: Uint8Array;
  edgeConfidence: Uint8Array;
  /** 1 for a facility or flow under construction or planned (counted only with include_planned). */
  nodePlanned: Uint8Array;
  edgePlanned: Uint8Array;
  from: Int32Array;
  to: Int32Array;
  volume: Float64Array;
  /** Index into `materials`, or -1 for a material the input did not list. */
  material: Int32Array;
  materials: GraphMaterial[];
  flowIds: string[];
  /** CSR: the edges leaving node v are outEdge[outStart[v] .. outStart[v+1]). */
  outStart: Int32Array;
  outEdge: Int32Array;
  inStart: Int32Array;
  inEdge: Int32Array;
  /** Sum of volumes in and out of each node, t/yr. */
  inbound: Float64Array;
  outbound: Float64Array;
  /** Strongly connected components in upstream-before-downstream order. */
  components: ComponentOrder;
  /** Node of each counted facility id. */
  indexOf: Map<string, number>;
  /** Every facility of the input, counted or not, for resolving names and explaining why one does not count. */
  everyFacility: readonly GraphFacility[];
  /** Every flow of the input, counted or not, for the same reason. */
  everyFlow: readonly GraphFlow[];
}

const STAGE_INDEX = new Map<string, number>(STAGES.map((s, i) => [s, i]));
const rankOf = (confidence: Confidence | undefined) => CONFIDENCE_RANK[confidence ?? 'medium'];
const PLANNED: ReadonlySet<FacilityStatus> = new Set(['operating', 'construction', 'planned']);

/** Operating records always count; construction and planned ones with include_planned; idle and closed never. */
export function statusCounts(status: FacilityStatus, includePlanned: boolean): boolean {
  return status === 'operating' || (includePlanned && PLANNED.has(status));
}

export function stageOf(graph: Graph, node: number): Stage {
  return STAGES[graph.stage[node]!]!;
}

/**
 * Builds the graph. A flow counts when its status counts, both ends count and it has a
 * volume above zero: a flow without a volume carries no mass in any analysis.
 */
export function buildGraph(input: GraphInput, options: GraphOptions = {}): Graph {
  const includePlanned = options.include_planned === true;
  const countryIndex = new Map<string, number>();
  const countries: string[] = [];
  const countryOf = (code: string) => {
    let k = countryIndex.get(code);
    if (k === undefined) {
      k = countries.length;
      countries.push(code);
      countryIndex.set(code, k);
    }
    return k;
  };

  const counted = input.facilities.filter((f) => statusCounts(f.status, includePlanned));
  const n = counted.length;
  const ids = new Array<string>(n);
  const names = new Array<string>(n);
  const stage = new Uint8Array(n);
  const country = new Uint16Array(n);
  const owner = new Uint16Array(n);
  const capacity = new Float64Array(n);
  const stock = new Float64Array(n);
  const nodeConfidence = new Uint8Array(n);
  const nodePlanned = new Uint8Array(n);
  const indexOf = new Map<string, number>();
  for (let v = 0; v < n; v++) {
    const f = counted[v]!;
    ids[v] = f.id;
    names[v] = f.name;
    stage[v] = STAGE_INDEX.get(f.stage) ?? STAGES.length - 1;
    country[v] = countryOf(f.country);
    owner[v] = countryOf(f.owner_country ?? f.country);
    capacity[v] = f.capacity_t ?? 0;
    stock[v] = f.stock_t ?? 0;
    nodeConfidence[v] = rankOf(f.confidence);
    nodePlanned[v] = f.status === 'operating' ? 0 : 1;
    indexOf.set(f.id, v);
  }

  const materialIndex = new Map(input.materials.map((mat, i) => [mat.id, i]));
  const kept: GraphFlow[] = [];
  const ends: number[] = [];
  for (const flow of input.flows) {
    if (!statusCounts(flow.status, includePlanned) || !(flow.volume_t !== null && flow.volume_t > 0)) continue;
    const a = indexOf.get(flow.from_id);
    const b = indexOf.get(flow.to_id);
    if (a === undefined || b === undefined || a === b) continue;
    kept.push(flow);
    ends.push(a, b);
  }
  const m = kept.length;
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  const volume = new Float64Array(m);
  const material = new Int32Array(m);
  const flowIds = new Array<string>(m);
  const edgeConfidence = new Uint8Array(m);
  const edgePlanned = new Uint8Array(m);
  const inbound = new Float64Array(n);
  const outbound = new Float64Array(n);
  for (let e = 0; e < m; e++) {
    const flow = kept[e]!;
    from[e] = ends[2 * e]!;
    to[e] = ends[2 * e + 1]!;
    volume[e] = flow.volume_t!;
    material[e] = materialIndex.get(flow.material_id) ?? -1;
    flowIds[e] = flow.id;
    edgeConfidence[e] = rankOf(flow.confidence);
    edgePlanned[e] = flow.status === 'operating' ? 0 : 1;
    outbound[from[e]!]! += volume[e]!;
    inbound[to[e]!]! += volume[e]!;
  }
  const [outStart, outEdge] = compressed(n, from);
  const [inStart, inEdge] = compressed(n, to);
  const graph: Graph = {
    includePlanned, n, m, ids, names, stage, country, owner, countries, capacity, stock, nodeConfidence, edgeConfidence, nodePlanned, edgePlanned,
    from, to, volume, material, materials: [...input.materials], flowIds,
    outStart, outEdge, inStart, inEdge, inbound, outbound,
    components: { order: new Int32Array(0), start: new Int32Array(1), cyclic: new Uint8Array(0) },
    indexOf,
    everyFacility: input.facilities,
    everyFlow: input.flows,
  };
  graph.components = strongComponents(graph);
  orderLoopsByStage(graph);
  return graph;
}

/**
 * Where material usually sits in the chain: side nodes placed where they feed in (traders
 * before separation, stockpiles before metal, recyclers last, as they close the loop).
 */
const CHAIN_RANK: Readonly<Record<Stage, number>> = {
  mine: 0, concentrator: 1, trader: 2, separation: 3, stockpile: 4, metal: 5, alloy: 6, magnet: 7, component: 8, oem: 9, recycler: 10, other: 11,
};

/**
 * Within a recycling loop, facilities in chain order: then one Gauss-Seidel sweep carries
 * material from mine-side to OEM-side and only the recycled part needs further sweeps
 * (in Tarjan's stack order a long loop needed a sweep per stage).
 */
function orderLoopsByStage(graph: Graph): void {
  const { order, start, cyclic } = graph.components;
  const rank = (v: number) => CHAIN_RANK[STAGES[graph.stage[v]!]!];
  for (let c = 0; c + 1 < start.length; c++) {
    if (cyclic[c]) order.subarray(start[c]!, start[c + 1]!).sort((a, b) => rank(a) - rank(b) || a - b);
  }
}

/** Counting sort of edge indices by their key node: CSR start offsets and edge list. */
function compressed(n: number, key: Int32Array): [Int32Array, Int32Array] {
  const start = new Int32Array(n + 1);
  for (let e = 0; e < key.length; e++) start[key[e]! + 1]!++;
  for (let v = 0; v < n; v++) start[v + 1]! += start[v]!;
  const fill = start.slice(0, n);
  const edges = new Int32Array(key.length);
  for (let e = 0; e < key.length; e++) edges[fill[key[e]!]!++] = e;
  return [start, edges];
}

/**
 * Share of a node's output that it originated rather than passed on from its inputs: all of
 * it for a mine (or any facility with no recorded inbound), the excess when it ships more
 * than it receives, none otherwise. Proportional tracing: the rest of its output carries
 * its inbound mix, in the proportions its inbound flows arrive.
 */
export function originatedShare(graph: Graph, v: number): number {
  return originated(graph.inbound[v]!, graph.outbound[v]!);
}

/** originatedShare of a facility receiving `inn` and shipping `out` t/yr. */
export function originated(inn: number, out: number): number {
  if (out <= 0) return inn > 0 ? 0 : 1;
  return inn >= out ? 0 : (out - inn) / out;
}
