// The default "chain" layout of the network diagram: one column per stage in chain order,
// facilities grouped by country inside a column, crossings reduced by barycenter sweeps
// (layered, Sugiyama-style ordering). Pure and deterministic: the same facilities and flows
// give the same positions whatever their input order (everything is sorted by id first and
// every tie is broken by id).
//
// Side stages (recycler, stockpile, trader, other) get a half column between two main
// columns, chosen from their flows to and from main-stage facilities: halfway between the
// median column they receive from and the median column they ship to, rounded down to the
// half column (only inputs: just right of them; only outputs: just left of them). So
// traders fed by concentrators and feeding separation plants sit between the two (1.5); a
// stockpile fed by separation and feeding metal plants sits between those (2.5); recyclers,
// fed by OEMs (7) and feeding separation (2), sit mid-chain (4.5), which keeps their
// backward flows short. Without such flows: trader 1.5, stockpile 3.5 (next to metal),
// recycler 5.5 (between magnet and component), other 8 (after the OEMs).
//
// Ordering: flows that go from a left column to a right one drive the ordering; flows going
// backwards (recycler cycles) and within a column are ignored. Each sweep places a node at
// the mean rank of its neighbours in the layers already placed (rank normalised to 0..1, so
// layers of different sizes compare), then orders the country blocks of the layer by their
// members' mean, and the nodes inside a block by their own value; ties keep the previous
// order. After each down-and-up pair the crossings are counted (flows joining the same two
// layers, Fenwick tree, O(E log E)) and the best order seen is kept; sweeping stops when a
// pair brings no change. Cost: O(sweeps * (E log E + V log V)). On the generated 300 / 1,000
// chain this removes about 30% of the crossings of the plain grouped order.
//
// Spacing: a node takes its diameter (nodeSize of its capacity, as in the stylesheet) plus
// `rowGap` vertically, with an extra `blockGap` between country blocks; a column taller than
// `maxRows` nodes wraps into several sub-columns side by side. Labels sit to the right of
// nodes, so columns are `columnGap` apart.
import type { Stage } from '../../../../db/model/enums';
import type { Facility, Flow } from '../../../../db/model/schemas';
import { NODE_SIZE, nodeSize } from './style';
import type { Position } from './elements';

/** The main chain, left to right. */
export const CHAIN_COLUMNS: readonly Stage[] = ['mine', 'concentrator', 'separation', 'metal', 'alloy', 'magnet', 'component', 'oem'];
const SIDE_DEFAULT_SLOT: Readonly<Partial<Record<Stage, number>>> = { trader: 1.5, stockpile: 3.5, recycler: 5.5, other: 8 };
const STAGE_RANK: Readonly<Record<string, number>> = Object.fromEntries(
  ['mine', 'concentrator', 'separation', 'metal', 'alloy', 'magnet', 'component', 'oem', 'recycler', 'stockpile', 'trader', 'other'].map((s, i) => [s, i]),
);

export type LayoutFacility = Pick<Facility, 'id' | 'name' | 'stage' | 'country' | 'capacity_t'>;
export type LayoutFlow = Pick<Flow, 'id' | 'from_id' | 'to_id'>;

export interface ChainLayoutOptions {
  /** Horizontal distance between columns (px, default 320: node plus its label). */
  columnGap?: number;
  /** Horizontal distance between the sub-columns of a wrapped column (default 240). */
  subColumnGap?: number;
  /** Vertical gap between two nodes (default 10). */
  rowGap?: number;
  /** Extra vertical gap between two country blocks (default 30). */
  blockGap?: number;
  /** Down-and-up sweep pairs (default 4). */
  sweeps?: number;
  /** A column with more nodes wraps into sub-columns (default max(40, 1.2 * sqrt(n))). */
  maxRows?: number;
  /** Capacity mapped to the largest node (default: the largest capacity). */
  maxCapacity?: number;
}

export interface ChainColumn {
  /** Chain slot: 0 = mine ... 7 = oem; halves for side stages. */
  slot: number;
  stages: Stage[];
  /** x of the column's first sub-column, and of its last. */
  x: number;
  xEnd: number;
  /** Top of the tallest sub-column (for a header above it). */
  top: number;
  count: number;
}

export interface ChainLayoutResult {
  positions: Map<string, Position>;
  columns: ChainColumn[];
}

/** Slot of each stage present: main stages by chain order, side stages from their flows. */
export function stageSlots(facilities: readonly LayoutFacility[], flows: readonly LayoutFlow[]): Map<Stage, number> {
  const stageOf = new Map<string, Stage>();
  for (const f of facilities) stageOf.set(f.id, f.stage);
  const slots = new Map<Stage, number>();
  CHAIN_COLUMNS.forEach((s, i) => slots.set(s, i));
  const inputs = new Map<Stage, number[]>();
  const outputs = new Map<Stage, number[]>();
  for (const f of flows) {
    const a = stageOf.get(f.from_id);
    const b = stageOf.get(f.to_id);
    if (a === undefined || b === undefined) continue;
    const ia = CHAIN_COLUMNS.indexOf(a);
    const ib = CHAIN_COLUMNS.indexOf(b);
    if (ia < 0 && ib >= 0) push(outputs, a, ib);
    if (ib < 0 && ia >= 0) push(inputs, b, ia);
  }
  for (const stage of ['trader', 'stockpile', 'recycler', 'other'] as const) {
    const mi = median(inputs.get(stage));
    const mo = median(outputs.get(stage));
    let slot: number;
    if (mi === null && mo === null) slot = SIDE_DEFAULT_SLOT[stage]!;
    else if (mo === null) slot = mi! + 0.5;
    else if (mi === null) slot = mo - 0.5;
    else slot = Math.floor((mi + mo) / 2) + 0.5;
    slots.set(stage, Math.max(-0.5, Math.min(7.5, slot)));
  }
  return slots;
}

/** Lower median; null for none. */
function median(list: number[] | undefined): number | null {
  if (!list || list.length === 0) return null;
  list.sort((x, y) => x - y);
  return list[(list.length - 1) >> 1]!;
}

function push<K>(map: Map<K, number[]>, key: K, value: number) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Order within a layer: blocks (stage prefix, then country) stay together and keep their
 * stage order; `blocks` orders the blocks of one stage, `members` the facilities in a block.
 */
function inLayerOrder(
  blockKey: readonly string[],
  blocks: (ka: string, kb: string, a: number, b: number) => number,
  members: (a: number, b: number) => number,
): (a: number, b: number) => number {
  return (a, b) => {
    const ka = blockKey[a]!;
    const kb = blockKey[b]!;
    if (ka === kb) return members(a, b);
    const sa = ka.slice(0, 2);
    const sb = kb.slice(0, 2);
    return sa !== sb ? byString(sa, sb) : blocks(ka, kb, a, b);
  };
}

/**
 * Whether two versions of the records lay out the same: the same records in the same order,
 * differing in no field the layout reads. The store keeps an unedited record the same object,
 * so this is an identity check for all but the records an edit replaced.
 */
export function sameLayoutInput(
  a: { facilities: readonly LayoutFacility[]; flows: readonly LayoutFlow[] },
  b: { facilities: readonly LayoutFacility[]; flows: readonly LayoutFlow[] },
): boolean {
  if (a.facilities.length !== b.facilities.length || a.flows.length !== b.flows.length) return false;
  for (let i = 0; i < a.facilities.length; i++) {
    const x = a.facilities[i]!;
    const y = b.facilities[i]!;
    if (x === y) continue;
    if (x.id !== y.id || x.name !== y.name || x.stage !== y.stage || x.country !== y.country || x.capacity_t !== y.capacity_t) return false;
  }
  for (let i = 0; i < a.flows.length; i++) {
    const x = a.flows[i]!;
    const y = b.flows[i]!;
    if (x !== y && (x.id !== y.id || x.from_id !== y.from_id || x.to_id !== y.to_id)) return false;
  }
  return true;
}

/** Positions by facility id (see the top of the file for the rules). */
export function chainLayout(
  facilities: readonly LayoutFacility[],
  flows: readonly LayoutFlow[],
  options: ChainLayoutOptions = {},
): Map<string, Position> {
  return chainLayoutWithColumns(facilities, flows, options).positions;
}

/** chainLayout plus where each column is (for column headers and the bench). */
export function chainLayoutWithColumns(
  facilitiesIn: readonly LayoutFacility[],
  flows: readonly LayoutFlow[],
  options: ChainLayoutOptions = {},
): ChainLayoutResult {
  const columnGap = options.columnGap ?? 320;
  const subColumnGap = options.subColumnGap ?? 240;
  const rowGap = options.rowGap ?? 10;
  const blockGap = options.blockGap ?? 30;
  const sweeps = options.sweeps ?? 4;

  // Facilities by id (input order never matters); duplicates by id keep the first.
  const facilities = [...facilitiesIn].sort((a, b) => byString(a.id, b.id));
  const n = facilities.length;
  const indexOf = new Map<string, number>();
  facilities.forEach((f, i) => indexOf.set(f.id, i));
  const maxRows = options.maxRows ?? Math.max(40, Math.ceil(1.2 * Math.sqrt(n)));
  let maxCapacity = options.maxCapacity ?? 1;
  if (options.maxCapacity === undefined) for (const f of facilities) if (f.capacity_t !== null && f.capacity_t > maxCapacity) maxCapacity = f.capacity_t;

  // Layers: distinct slots in order.
  const slots = stageSlots(facilities, flows);
  const slotValues = [...new Set(facilities.map((f) => slots.get(f.stage) ?? 8))].sort((a, b) => a - b);
  const layerOfSlot = new Map(slotValues.map((s, i) => [s, i]));
  const L = slotValues.length;
  const layer = new Int32Array(n);
  facilities.forEach((f, i) => (layer[i] = layerOfSlot.get(slots.get(f.stage) ?? 8)!));

  // Blocks: (stage, country) inside a layer.
  const blockKey: string[] = facilities.map((f) => `${String(STAGE_RANK[f.stage] ?? 99).padStart(2, '0')}|${f.country}`);

  // Forward flows only (left layer -> right layer), as CSR adjacency in both directions.
  const predCount = new Int32Array(n + 1);
  const succCount = new Int32Array(n + 1);
  const fwd: number[] = [];
  for (const f of flows) {
    const a = indexOf.get(f.from_id);
    const b = indexOf.get(f.to_id);
    if (a === undefined || b === undefined || layer[a]! >= layer[b]!) continue;
    fwd.push(a, b);
    succCount[a + 1]!++;
    predCount[b + 1]!++;
  }
  for (let i = 0; i < n; i++) {
    predCount[i + 1]! += predCount[i]!;
    succCount[i + 1]! += succCount[i]!;
  }
  const preds = new Int32Array(predCount[n]!);
  const succs = new Int32Array(succCount[n]!);
  const pFill = predCount.slice(0, n);
  const sFill = succCount.slice(0, n);
  for (let k = 0; k < fwd.length; k += 2) {
    const a = fwd[k]!;
    const b = fwd[k + 1]!;
    preds[pFill[b]!++] = a;
    succs[sFill[a]!++] = b;
  }
  // Sorted neighbour lists: sums are then added in one fixed order (bit-identical results).
  for (let i = 0; i < n; i++) {
    preds.subarray(predCount[i]!, predCount[i + 1]!).sort();
    succs.subarray(succCount[i]!, succCount[i + 1]!).sort();
  }

  // Initial order: blocks by stage, then larger blocks first, then country code; nodes by name, id.
  const layers: number[][] = Array.from({ length: L }, () => []);
  for (let i = 0; i < n; i++) layers[layer[i]!]!.push(i);
  const blockSize = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const k = `${layer[i]}#${blockKey[i]}`;
    blockSize.set(k, (blockSize.get(k) ?? 0) + 1);
  }
  for (const list of layers) {
    list.sort(
      inLayerOrder(
        blockKey,
        (ka, kb, a, b) => blockSize.get(`${layer[b]}#${kb}`)! - blockSize.get(`${layer[a]}#${ka}`)! || byString(ka, kb),
        (a, b) => byString(facilities[a]!.name, facilities[b]!.name) || a - b,
      ),
    );
  }

  const pos = new Float64Array(n);
  const rank = new Int32Array(n);
  const setPositions = (list: number[]) => {
    const size = list.length;
    for (let r = 0; r < size; r++) {
      rank[list[r]!] = r;
      pos[list[r]!] = (r + 0.5) / size;
    }
  };
  layers.forEach(setPositions);

  const bary = new Float64Array(n);
  const reorder = (l: number, useStart: Int32Array, adj: Int32Array) => {
    const list = layers[l]!;
    for (const v of list) {
      const from = useStart[v]!;
      const to = useStart[v + 1]!;
      if (to === from) {
        bary[v] = pos[v]!;
        continue;
      }
      let sum = 0;
      for (let k = from; k < to; k++) sum += pos[adj[k]!]!;
      bary[v] = sum / (to - from);
    }
    // Block values: mean of members; blocks keep their stage order.
    const blockSum = new Map<string, number>();
    const blockN = new Map<string, number>();
    const blockFirst = new Map<string, number>();
    for (const v of list) {
      const k = blockKey[v]!;
      blockSum.set(k, (blockSum.get(k) ?? 0) + bary[v]!);
      blockN.set(k, (blockN.get(k) ?? 0) + 1);
      if (!blockFirst.has(k)) blockFirst.set(k, rank[v]!);
    }
    list.sort(
      inLayerOrder(
        blockKey,
        (ka, kb) => blockSum.get(ka)! / blockN.get(ka)! - blockSum.get(kb)! / blockN.get(kb)! || blockFirst.get(ka)! - blockFirst.get(kb)!,
        (a, b) => bary[a]! - bary[b]! || rank[a]! - rank[b]!,
      ),
    );
    setPositions(list);
  };
  // Keep the order with the fewest crossings seen (sweeps can make it worse again).
  const edgeA = new Int32Array(fwd.length / 2);
  const edgeB = new Int32Array(fwd.length / 2);
  for (let k = 0; k < edgeA.length; k++) {
    edgeA[k] = fwd[2 * k]!;
    edgeB[k] = fwd[2 * k + 1]!;
  }
  let best = layers.map((list) => list.slice());
  let bestCrossings = sweeps > 0 ? orderCrossings(edgeA, edgeB, layer, rank, layers) : 0;
  for (let s = 0; s < sweeps; s++) {
    for (let l = 1; l < L; l++) reorder(l, predCount, preds);
    for (let l = L - 2; l >= 0; l--) reorder(l, succCount, succs);
    const c = orderCrossings(edgeA, edgeB, layer, rank, layers);
    if (c < bestCrossings) {
      bestCrossings = c;
      best = layers.map((list) => list.slice());
    } else if (c === bestCrossings) break;
  }
  for (let l = 0; l < L; l++) layers[l] = best[l]!;
  layers.forEach(setPositions);

  // Coordinates.
  const positions = new Map<string, Position>();
  const columns: ChainColumn[] = [];
  let x = 0;
  for (let l = 0; l < L; l++) {
    const list = layers[l]!;
    const subCount = Math.max(1, Math.ceil(list.length / maxRows));
    const perSub = Math.ceil(list.length / subCount);
    let top = 0;
    for (let s = 0; s < subCount; s++) {
      const members = list.slice(s * perSub, (s + 1) * perSub);
      const ys: number[] = [];
      let y = 0;
      let prevBlock: string | null = null;
      for (const v of members) {
        const size = nodeSize(facilities[v]!.capacity_t, maxCapacity);
        if (prevBlock !== null) y += blockKey[v] !== prevBlock ? blockGap : 0;
        ys.push(y + size / 2);
        y += size + rowGap;
        prevBlock = blockKey[v]!;
      }
      const height = Math.max(0, y - rowGap);
      const offset = -height / 2;
      top = Math.min(top, offset);
      members.forEach((v, k) => positions.set(facilities[v]!.id, { x: x + s * subColumnGap, y: round2(ys[k]! + offset) }));
    }
    const stages = [...new Set(list.map((v) => facilities[v]!.stage))].sort((a, b) => (STAGE_RANK[a] ?? 99) - (STAGE_RANK[b] ?? 99));
    columns.push({ slot: slotValues[l]!, stages, x, xEnd: x + (subCount - 1) * subColumnGap, top: top - NODE_SIZE.max / 2, count: list.length });
    x += (subCount - 1) * subColumnGap + columnGap;
  }
  return { positions, columns };
}

/**
 * Crossings of the current order, counted between flows that join the same pair of layers
 * (two such flows cross when their ends are in opposite orders): sort by (source layer,
 * target layer, source rank, target rank) and count inversions of target ranks with a
 * Fenwick tree per layer pair. O(E log E). Flows joining different layer pairs are not
 * compared: an estimate that is exact for a proper layered graph.
 */
function orderCrossings(edgeA: Int32Array, edgeB: Int32Array, layer: Int32Array, rank: Int32Array, layers: number[][]): number {
  const m = edgeA.length;
  if (m < 2) return 0;
  const L = layers.length;
  let n = 1;
  for (const list of layers) n = Math.max(n, list.length);
  // One sortable number per flow: (layer pair, source rank, target rank); < 2^53 for any
  // realistic size (12 layers, 60,000 facilities per layer).
  const keys = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    const a = edgeA[k]!;
    const b = edgeB[k]!;
    keys[k] = ((layer[a]! * L + layer[b]!) * n + rank[a]!) * n + rank[b]!;
  }
  keys.sort();
  let total = 0;
  let start = 0;
  const tree = new Int32Array(n + 1);
  while (start < m) {
    const pair = Math.floor(keys[start]! / n / n);
    const size = layers[pair % L]!.length;
    tree.fill(0);
    let seen = 0;
    let k = start;
    while (k < m && Math.floor(keys[k]! / n / n) === pair) {
      // Flows from one source share an end and never cross each other: count a run, then add it.
      const ra = Math.floor(keys[k]! / n) % n;
      let j = k;
      while (j < m && Math.floor(keys[j]! / n) === pair * n + ra) {
        const rb = keys[j]! % n;
        let le = 0;
        for (let i = rb + 1; i > 0; i -= i & -i) le += tree[i]!;
        total += seen - le;
        j++;
      }
      for (let q = k; q < j; q++) {
        for (let i = (keys[q]! % n) + 1; i <= size; i += i & -i) tree[i]!++;
        seen++;
      }
      k = j;
    }
    start = k;
  }
  return total;
}

const round2 = (v: number) => Math.round(v * 100) / 100;

/**
 * Edge crossings of a drawing with straight edges: every pair of flows whose segments cross
 * properly (sharing an end does not count). O(E^2): for tests and small graphs.
 */
export function countCrossings(positions: ReadonlyMap<string, Position>, flows: readonly LayoutFlow[]): number {
  const segs: [Position, Position, string, string][] = [];
  for (const f of flows) {
    const a = positions.get(f.from_id);
    const b = positions.get(f.to_id);
    if (a && b) segs.push([a, b, f.from_id, f.to_id]);
  }
  const orient = (p: Position, q: Position, r: Position) => Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
  let count = 0;
  for (let i = 0; i < segs.length; i++) {
    const [p1, p2, a1, b1] = segs[i]!;
    for (let j = i + 1; j < segs.length; j++) {
      const [q1, q2, a2, b2] = segs[j]!;
      if (a1 === a2 || a1 === b2 || b1 === a2 || b1 === b2) continue;
      const o1 = orient(p1, p2, q1);
      const o2 = orient(p1, p2, q2);
      const o3 = orient(q1, q2, p1);
      const o4 = orient(q1, q2, p2);
      if (o1 * o2 < 0 && o3 * o4 < 0) count++;
    }
  }
  return count;
}

export interface LayoutTiming {
  facilities: number;
  flows: number;
  runs: number;
  /** Milliseconds: median, fastest and slowest run, and the first (cold) run. */
  medianMs: number;
  minMs: number;
  maxMs: number;
  firstMs: number;
}

/**
 * Times chainLayout on the given graph (for `npm run bench`; the budget is 200 ms at
 * 5,000 facilities and 20,000 flows). Runs it `runs` times (default 7) after nothing else.
 */
export function measureChainLayout(
  facilities: readonly LayoutFacility[],
  flows: readonly LayoutFlow[],
  runs = 7,
  options: ChainLayoutOptions = {},
): LayoutTiming {
  const times: number[] = [];
  for (let k = 0; k < Math.max(1, runs); k++) {
    const t0 = performance.now();
    chainLayout(facilities, flows, options);
    times.push(performance.now() - t0);
  }
  const firstMs = times[0]!;
  times.sort((a, b) => a - b);
  const r = (v: number) => Math.round(v * 10) / 10;
  return {
    facilities: facilities.length,
    flows: flows.length,
    runs: times.length,
    medianMs: r(times[(times.length - 1) >> 1]!),
    minMs: r(times[0]!),
    maxMs: r(times[times.length - 1]!),
    firstMs: r(firstMs),
  };
}
