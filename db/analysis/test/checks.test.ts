// Data checks on small chains worked out by hand, and against what buildGraph counts on a
// generated chain (the checks must call an origin or a left-out flow exactly what the
// analyses treat as one).
import { describe, expect, it } from 'vitest';
import { generateChain } from '../../../bench/generate';
import { checksSummary, warningsLine } from '../../model/checks';
import type { FacilityStatus, MaterialForm, Stage } from '../../model/enums';
import { dataChecks, lookalikeKey, type CheckFacility, type CheckFlow, type CheckInput } from '../checks';
import { buildGraph, originatedShare } from '../graph';
import { generatedInput } from './fixtures';

type FacilitySpec = [id: string, stage: Stage, extra?: Partial<CheckFacility>];
type FlowSpec = [from: string, to: string, volume: number | null, material?: string, extra?: Partial<CheckFlow>];

/** Facilities named by their id; flows numbered f1, f2, ...; materials "ore", "oxide" and "scrap". */
function records(facilities: FacilitySpec[], flows: FlowSpec[]): CheckInput {
  const form = (id: string): MaterialForm => (id === 'ore' ? 'ore' : id === 'scrap' ? 'scrap' : 'oxide');
  return {
    facilities: facilities.map(([id, stage, extra]) => ({ id, name: id, stage, status: 'operating', capacity_t: null, capacity_material_id: null, ...extra })),
    flows: flows.map(([from_id, to_id, volume_t, material_id, extra], i) => ({
      id: `f${i + 1}`, from_id, to_id, volume_t, material_id: material_id ?? 'oxide', status: 'operating', ...extra,
    })),
    materials: ['ore', 'oxide', 'scrap'].map((id) => ({ id, name: id === 'oxide' ? 'NdPr oxide' : id, form: form(id) })),
  };
}

const balanced: FacilitySpec[] = [
  ['mine', 'mine'],
  ['sep', 'separation'],
  ['metal', 'metal'],
  ['magnet', 'magnet'],
  ['oem', 'oem'],
];
const balancedFlows: FlowSpec[] = [
  ['mine', 'sep', 1000, 'ore'],
  ['sep', 'metal', 100],
  ['metal', 'magnet', 90],
  ['magnet', 'oem', 80],
];

const checksOf = (input: CheckInput, includePlanned = false) => dataChecks(input, { include_planned: includePlanned }).findings.map((f) => `${f.check} ${f.record.id}`);

describe('data checks', () => {
  it('find nothing in a chain that loses material at every stage', () => {
    const result = dataChecks(records(balanced, balancedFlows));
    expect(result.findings).toEqual([]);
    expect(result.counts).toEqual({ warning: 0, notice: 0 });
    expect(result.checked).toEqual({ facilities: 5, flows: 4 });
  });

  it('flag a facility shipping more than it receives, beyond 1%, with the excess the analyses call its own', () => {
    // The alloy maker gets 30 t of metal and ships 100 t of alloy: 70 t count as originating there.
    const input = records(
      [...balanced, ['alloy', 'alloy']],
      [['mine', 'sep', 1000, 'ore'], ['sep', 'metal', 100], ['metal', 'alloy', 30], ['alloy', 'magnet', 100], ['magnet', 'oem', 101]],
    );
    const [finding, ...rest] = dataChecks(input).findings;
    expect(rest).toEqual([]); // the magnet plant's 101 from 100 is within 1%
    expect(finding).toMatchObject({ check: 'ships-more-than-receives', severity: 'warning', record: { type: 'facility', id: 'alloy' }, tonnes: 70 });
    expect(finding!.message).toBe('Ships 100 t/yr but receives 30 t/yr: the 70 t/yr more (70% of what it ships) counts as originating here.');
    input.flows[4]!.volume_t = 102;
    expect(checksOf(input)).toEqual(['ships-more-than-receives alloy', 'ships-more-than-receives magnet']);
  });

  it('let mines, recyclers and stockpiles ship what they did not receive, but not a separation plant', () => {
    const input = records(
      [['recycler', 'recycler'], ['stock', 'stockpile'], ['sep', 'separation'], ['mine', 'mine'], ['oem', 'oem']],
      [['recycler', 'oem', 5], ['stock', 'oem', 5], ['sep', 'oem', 12.5], ['mine', 'oem', 1]],
    );
    const findings = dataChecks(input).findings;
    expect(findings.map((f) => `${f.check} ${f.record.id}`)).toEqual(['ships-more-than-receives sep']);
    expect(findings[0]!.message).toBe('Ships 12.5 t/yr and receives nothing that counts: all of it counts as originating here.');
  });

  it('flag a counted flow with an end that does not count, naming that end; planned ends count with include_planned', () => {
    const input = records(
      [...balanced, ['closed', 'separation', { name: 'Old plant', status: 'closed' }], ['planned', 'magnet', { name: 'New magnets', status: 'planned' }]],
      [...balancedFlows, ['mine', 'closed', 50, 'ore'], ['planned', 'oem', 20], ['mine', 'closed', 50, 'ore', { status: 'closed' }]],
    );
    const findings = dataChecks(input).findings;
    expect(findings.map((f) => `${f.check} ${f.record.id}`)).toEqual(['flow-end-not-counted f5', 'flow-end-not-counted f6']);
    expect(findings[0]!.message).toBe('The flow is operating, but Old plant is closed: its 50 t/yr is left out of the analyses.');
    expect(findings[0]!.record.name).toBe('mine → Old plant (ore)');
    expect(findings[0]!.related).toEqual([{ type: 'facility', id: 'closed', name: 'Old plant' }]);
    // Counted, the planned magnet plant ships 20 t it never received.
    expect(checksOf(input, true)).toEqual(['ships-more-than-receives planned', 'flow-end-not-counted f5']);
  });

  it('note a flow without a volume, and a facility whose material goes no further before the OEM stage', () => {
    const input = records(balanced, [...balancedFlows.slice(0, 2), ['metal', 'magnet', null], ['magnet', 'oem', 0]]);
    const findings = dataChecks(input).findings;
    expect(findings.map((f) => `${f.severity} ${f.check} ${f.record.id}`)).toEqual([
      'notice flow-without-volume f4', // "magnet → oem" sorts before "metal → magnet"
      'notice flow-without-volume f3',
      'notice dead-end metal',
      'notice no-flows magnet',
      'notice no-flows oem',
    ]);
    expect(findings[0]!.message).toBe('It is operating but has a volume of 0: it carries nothing in the analyses.');
    expect(findings[1]!.message).toBe('It is operating but has no volume: it carries nothing in the analyses.');
    expect(findings[2]!.message).toBe('Receives 100 t/yr and ships nothing that counts: it reaches no OEM in the analyses.');
  });

  it('say whether a facility without flows still counts by its capacity', () => {
    const input = records([['idle', 'separation', { capacity_t: 500 }], ['alone', 'metal']], []);
    expect(dataChecks(input).findings.map((f) => [f.record.id, f.message])).toEqual([
      ['alone', 'No flow in or out counts: the analyses leave it out.'],
      ['idle', 'No flow in or out counts: only the concentration by capacity counts it.'],
    ]);
  });

  it('compare a capacity with what is shipped of its material, or else received of it', () => {
    const input = records(balanced, balancedFlows);
    Object.assign(input.facilities[1]!, { capacity_t: 80, capacity_material_id: 'oxide' }); // ships 100 oxide
    Object.assign(input.facilities[0]!, { capacity_t: 2000, capacity_material_id: 'ore' }); // ships 1,000 ore: fine
    Object.assign(input.facilities[2]!, { capacity_t: 50, capacity_material_id: 'scrap' }); // handles no scrap
    Object.assign(input.facilities[3]!, { capacity_t: 85, capacity_material_id: 'oxide' }); // receives 90 oxide, ships oxide 80
    const findings = dataChecks(input).findings;
    expect(findings.map((f) => [f.record.id, f.message, f.tonnes])).toEqual([
      ['sep', 'Ships 100 t/yr of NdPr oxide, 125% of its capacity of 80 t/yr.', 20],
    ]);
    Object.assign(input.facilities[3]!, { capacity_t: 70 });
    expect(dataChecks(input).findings.map((f) => f.message)).toContain('Ships 80 t/yr of NdPr oxide, 114% of its capacity of 70 t/yr.');
    input.flows[3]!.material_id = 'ore'; // the magnet plant now ships ore, so its oxide is what it receives
    expect(dataChecks(input).findings.map((f) => f.message)).toContain('Receives 90 t/yr of NdPr oxide, 129% of its capacity of 70 t/yr.');
  });

  it('note a flow back up the chain unless it carries scrap or involves a recycler', () => {
    const input = records(
      [...balanced, ['recycler', 'recycler']],
      [...balancedFlows, ['magnet', 'sep', 5], ['magnet', 'sep', 5, 'scrap'], ['magnet', 'recycler', 5], ['recycler', 'sep', 5]],
    );
    const findings = dataChecks(input).findings.filter((f) => f.check === 'runs-upstream');
    expect(findings.map((f) => [f.record.id, f.message])).toEqual([['f5', 'Runs from Magnet back to Separation: if it is not scrap going back, its ends may be swapped.']]);
  });

  it('note facilities whose names read the same, whatever their status', () => {
    const input = records(
      [['a', 'mine', { name: 'Baotou Steel' }], ['b', 'mine', { name: 'baotou  steel.', status: 'closed' }], ['c', 'mine', { name: 'Baotóu-Steel' }], ['d', 'mine', { name: 'Baotou Steel 2' }]],
      [],
    );
    const same = dataChecks(input).findings.filter((f) => f.check === 'same-name');
    expect(same.map((f) => [f.record.id, f.related.map((r) => r.id), f.message])).toEqual([
      ['b', ['a', 'c'], 'Reads the same as 2 other facilities: one facility entered twice?'],
      ['a', ['b', 'c'], 'Reads the same as 2 other facilities: one facility entered twice?'],
      ['c', ['a', 'b'], 'Reads the same as 2 other facilities: one facility entered twice?'],
    ]);
    expect(lookalikeKey('Baotóu-Steel')).toBe(lookalikeKey('BAOTOU STEEL'));
    expect(lookalikeKey('—')).toBe('');
  });

  it('list warnings first, then by check, the most tonnes first', () => {
    const input = records(
      [['sep1', 'separation'], ['sep2', 'separation'], ['oem', 'oem'], ['x', 'magnet'], ['y', 'magnet', { name: 'X' }]],
      [['sep1', 'oem', 10], ['sep2', 'oem', 30]],
    );
    expect(checksOf(input)).toEqual(['ships-more-than-receives sep2', 'ships-more-than-receives sep1', 'no-flows x', 'no-flows y', 'same-name x', 'same-name y']);
    expect(dataChecks(input).counts).toEqual({ warning: 2, notice: 4 });
    expect(checksSummary(dataChecks(input))).toBe('2 warnings and 4 notices in 5 facilities and 2 flows');
    expect(warningsLine(dataChecks(input))).toBe('2 open warnings in the data checks');
    const one = dataChecks(records([['sep', 'separation'], ['oem', 'oem']], [['sep', 'oem', 1]]));
    expect(checksSummary(one)).toBe('1 warning and 0 notices in 2 facilities and 1 flow');
    expect(checksSummary(dataChecks(records([['alone', 'separation']], [])))).toBe('0 warnings and 1 notice in 1 facility and 0 flows');
  });
});

describe('data checks agree with what the analyses count', () => {
  const generated = generateChain({ facilities: 600, flows: 2500, seed: 7 });
  const graphInput = generatedInput(generated);
  const input: CheckInput = {
    facilities: graphInput.facilities.map((f) => ({ ...f, capacity_material_id: null })),
    flows: graphInput.flows,
    materials: generated.materials.map((m) => ({ id: m.id, name: m.name, form: m.form as MaterialForm })),
  };

  for (const includePlanned of [false, true]) {
    it(`flags as origins exactly the facilities the graph gives an originated share (include_planned ${includePlanned})`, () => {
      const graph = buildGraph(graphInput, { include_planned: includePlanned });
      const { findings } = dataChecks(input, { include_planned: includePlanned });
      const flagged = new Set(findings.filter((f) => f.check === 'ships-more-than-receives').map((f) => f.record.id));
      const origins = new Set<string>();
      for (let v = 0; v < graph.n; v++) {
        const stage = graph.everyFacility.find((f) => f.id === graph.ids[v])!.stage;
        const share = originatedShare(graph, v);
        if (graph.outbound[v]! > 0 && !['mine', 'recycler', 'stockpile'].includes(stage) && share > 0.01 / 1.01) origins.add(graph.ids[v]!);
      }
      expect(flagged.size).toBeGreaterThan(0);
      expect([...flagged].sort()).toEqual([...origins].sort());
    });

    it(`leaves out, by its findings, exactly the flows the graph leaves out (include_planned ${includePlanned})`, () => {
      const graph = buildGraph(graphInput, { include_planned: includePlanned });
      const counted = new Set(graph.flowIds);
      const { findings } = dataChecks(input, { include_planned: includePlanned });
      const explained = new Set(findings.filter((f) => f.check === 'flow-end-not-counted' || f.check === 'flow-without-volume').map((f) => f.record.id));
      const statusCounts = (s: FacilityStatus) => s === 'operating' || (includePlanned && (s === 'construction' || s === 'planned'));
      for (const flow of input.flows) {
        if (!statusCounts(flow.status)) continue; // left out by its own status: intended, not a finding
        expect(counted.has(flow.id) !== explained.has(flow.id), flow.id).toBe(true);
      }
      expect(explained.size).toBeGreaterThan(0);
    });
  }
});
