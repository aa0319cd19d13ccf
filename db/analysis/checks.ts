// Data checks: records that the analyses read in a way the analyst probably does not mean
// (a facility shipping more than it receives is counted as an origin; a flow to a closed
// facility is silently left out) and likely slips of entry (a volume above capacity, a flow
// running back up the chain, a facility entered twice). What counts follows buildGraph
// exactly: a facility counts by its status, a flow when its status and both ends count and
// it has a volume above zero. Pure and linear in the records.
import { STAGE_LABELS, STAGES, type Stage } from '../model/enums';
import type { Facility, Flow, Material } from '../model/schemas';
import { checkedFlowName, tonnesText, DATA_CHECK_INFO, DATA_CHECKS, type CheckedRecord, type CheckFinding, type DataCheck, type DataChecksResult } from '../model/checks';
import { statusCounts } from './graph';

export type CheckFacility = Pick<Facility, 'id' | 'name' | 'stage' | 'status' | 'capacity_t' | 'capacity_material_id'>;
export type CheckFlow = Pick<Flow, 'id' | 'from_id' | 'to_id' | 'material_id' | 'volume_t' | 'status'>;
export type CheckMaterial = Pick<Material, 'id' | 'name' | 'form'>;

export interface CheckInput {
  facilities: readonly CheckFacility[];
  flows: readonly CheckFlow[];
  materials: readonly CheckMaterial[];
}

/** Shipping up to this share more than it receives is rounding in the sources, not a finding. */
export const BALANCE_TOLERANCE = 0.01;
/** Stages that may ship what they did not receive: they dig it, recover it or hold it. */
const ORIGIN_STAGES: ReadonlySet<Stage> = new Set(['mine', 'recycler', 'stockpile']);
/** Stages whose material should go on towards an OEM. */
const PASSING_STAGES: ReadonlySet<Stage> = new Set(['concentrator', 'separation', 'metal', 'alloy', 'magnet', 'component', 'trader']);
/** The chain proper, in order: a flow from a later one of these to an earlier one runs upstream. */
const CHAIN_ORDER = new Map<Stage, number>(STAGES.slice(0, STAGES.indexOf('oem') + 1).map((s, i) => [s, i]));

const byName = new Intl.Collator('en').compare;

const percent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * A facility name as a person would read it: case, accents, spaces and punctuation aside.
 * Looser than csv/format's nameKey (case only), by which names are unique and resolved.
 */
export function lookalikeKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

export function dataChecks(input: CheckInput, options: { include_planned?: boolean } = {}): DataChecksResult {
  const includePlanned = options.include_planned ?? false;
  // Facilities by index: the sums below are typed arrays, not maps keyed per flow.
  const indexOf = new Map(input.facilities.map((f, i) => [f.id, i]));
  const facilityById = (id: string): CheckFacility | undefined => input.facilities[indexOf.get(id) ?? -1];
  const materialById = new Map(input.materials.map((m) => [m.id, m]));
  const facilityCounts = (f: CheckFacility | undefined) => f !== undefined && statusCounts(f.status, includePlanned);
  const facilityRecord = (f: CheckFacility): CheckedRecord => ({ type: 'facility', id: f.id, name: f.name });
  const flowRecord = (flow: CheckFlow): CheckedRecord => {
    const end = (id: string) => facilityById(id)?.name ?? id;
    const material = materialById.get(flow.material_id)?.name ?? flow.material_id;
    return { type: 'flow', id: flow.id, name: checkedFlowName(end(flow.from_id), end(flow.to_id), material) };
  };

  const findings: CheckFinding[] = [];
  const add = (check: DataCheck, record: CheckedRecord, message: string, tonnes: number | null, related: CheckedRecord[] = []) =>
    findings.push({ check, severity: DATA_CHECK_INFO[check].severity, record, related, message, tonnes });

  // Per facility, over the flows that count: tonnes in and out, and in and out of its capacity material.
  const n = input.facilities.length;
  const inbound = new Float64Array(n);
  const outbound = new Float64Array(n);
  const capacityIn = new Float64Array(n);
  const capacityOut = new Float64Array(n);
  const hasCountedFlow = new Uint8Array(n);

  for (const flow of input.flows) {
    if (!statusCounts(flow.status, includePlanned)) continue;
    const u = indexOf.get(flow.from_id);
    const v = indexOf.get(flow.to_id);
    const from = u === undefined ? undefined : input.facilities[u];
    const to = v === undefined ? undefined : input.facilities[v];
    const volume = flow.volume_t ?? 0;
    if (from && to && CHAIN_ORDER.has(from.stage) && CHAIN_ORDER.has(to.stage)) {
      const upstream = CHAIN_ORDER.get(from.stage)! > CHAIN_ORDER.get(to.stage)!;
      if (upstream && materialById.get(flow.material_id)?.form !== 'scrap') {
        add('runs-upstream', flowRecord(flow), `Runs from ${STAGE_LABELS[from.stage]} back to ${STAGE_LABELS[to.stage]}: if it is not scrap going back, its ends may be swapped.`, volume || null);
      }
    }
    const leftOut = [from, to].filter((end) => !facilityCounts(end)) as CheckFacility[];
    if (leftOut.length > 0) {
      if (volume > 0) {
        const which = leftOut.map((end) => `${end.name} is ${end.status}`).join(' and ');
        add('flow-end-not-counted', flowRecord(flow), `The flow is ${flow.status}, but ${which}: its ${tonnesText(volume)} is left out of the analyses.`, volume, leftOut.map(facilityRecord));
      }
      continue;
    }
    if (volume <= 0) {
      add('flow-without-volume', flowRecord(flow), `It is ${flow.status} but has ${flow.volume_t === null ? 'no volume' : 'a volume of 0'}: it carries nothing in the analyses.`, null);
      continue;
    }
    // Both ends count, so both were found.
    outbound[u!]! += volume;
    inbound[v!]! += volume;
    if (from!.capacity_material_id === flow.material_id) capacityOut[u!]! += volume;
    if (to!.capacity_material_id === flow.material_id) capacityIn[v!]! += volume;
    hasCountedFlow[u!] = hasCountedFlow[v!] = 1;
  }

  for (const [i, facility] of input.facilities.entries()) {
    if (!facilityCounts(facility)) continue;
    const record = facilityRecord(facility);
    const received = inbound[i]!;
    const shipped = outbound[i]!;
    if (!hasCountedFlow[i]) {
      const counted = (facility.capacity_t ?? 0) > 0 ? 'only the concentration by capacity counts it' : 'the analyses leave it out';
      add('no-flows', record, `No flow in or out counts: ${counted}.`, null);
      continue;
    }
    if (!ORIGIN_STAGES.has(facility.stage) && shipped > received * (1 + BALANCE_TOLERANCE)) {
      const excess = shipped - received;
      const message =
        received > 0
          ? `Ships ${tonnesText(shipped)} but receives ${tonnesText(received)}: the ${tonnesText(excess)} more (${percent(excess / shipped)} of what it ships) counts as originating here.`
          : `Ships ${tonnesText(shipped)} and receives nothing that counts: all of it counts as originating here.`;
      add('ships-more-than-receives', record, message, excess);
    }
    if (PASSING_STAGES.has(facility.stage) && received > 0 && shipped === 0) {
      add('dead-end', record, `Receives ${tonnesText(received)} and ships nothing that counts: it reaches no OEM in the analyses.`, received);
    }
    const capacity = facility.capacity_t;
    const capacityMaterial = facility.capacity_material_id;
    if (capacity !== null && capacity > 0 && capacityMaterial !== null) {
      const handled = capacityOut[i]! > 0 ? capacityOut[i]! : capacityIn[i]!;
      if (handled > capacity * (1 + BALANCE_TOLERANCE)) {
        const verb = capacityOut[i]! > 0 ? 'Ships' : 'Receives';
        const material = materialById.get(capacityMaterial)?.name ?? capacityMaterial;
        add('above-capacity', record, `${verb} ${tonnesText(handled)} of ${material}, ${percent(handled / capacity)} of its capacity of ${tonnesText(capacity)}.`, handled - capacity);
      }
    }
  }

  sameNames(input.facilities, facilityRecord, add);

  const order = new Map(DATA_CHECKS.map((c, i) => [c, i]));
  const severityRank = (f: CheckFinding) => (f.severity === 'warning' ? 0 : 1);
  findings.sort(
    (a, b) =>
      severityRank(a) - severityRank(b) ||
      order.get(a.check)! - order.get(b.check)! ||
      (b.tonnes ?? -1) - (a.tonnes ?? -1) ||
      byName(a.record.name, b.record.name),
  );
  const warning = findings.filter((f) => f.severity === 'warning').length;
  return {
    include_planned: includePlanned,
    checked: { facilities: input.facilities.length, flows: input.flows.length },
    findings,
    counts: { warning, notice: findings.length - warning },
    reviewed: { warning: 0, notice: 0 },
  };
}

/** One finding per facility whose name reads the same as another's, whatever their status. */
function sameNames(
  facilities: readonly CheckFacility[],
  facilityRecord: (f: CheckFacility) => CheckedRecord,
  add: (check: DataCheck, record: CheckedRecord, message: string, tonnes: number | null, related: CheckedRecord[]) => void,
): void {
  const groups = new Map<string, CheckFacility[]>();
  for (const f of facilities) {
    const key = lookalikeKey(f.name);
    if (key === '') continue;
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    for (const f of group) {
      const others = group.filter((o) => o !== f);
      const named = others.length === 1 ? `"${others[0]!.name}"` : `${others.length} other facilities`;
      add('same-name', facilityRecord(f), `Reads the same as ${named}: one facility entered twice?`, null, others.map(facilityRecord));
    }
  }
}
