// The analysis and scenario operations through the api.ts service: validation at the
// boundary, facility resolution by id or name, saved scenarios re-run, the graph cache.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorOf, tempWorkspace, type TestWorkspace } from '../../test/helpers';

let t: TestWorkspace;
beforeEach(() => {
  t = tempWorkspace();
});
afterEach(() => t.cleanup());

function seed() {
  const { service } = t;
  const oxide = service.run('materials.create', { name: 'NdPr oxide', form: 'oxide' });
  const mine = service.run('facilities.create', { name: 'Mount Weld', stage: 'mine', country: 'AU' });
  const sep = service.run('facilities.create', { name: 'Baotou separation', stage: 'separation', country: 'CN', capacity_t: 900 });
  const lynas = service.run('facilities.create', { name: 'Lynas Malaysia', stage: 'separation', country: 'MY', owner_country: 'AU', capacity_t: 100 });
  const oem = service.run('facilities.create', { name: 'Prime', stage: 'oem', country: 'US' });
  service.run('facilities.create', { name: 'Prime', stage: 'oem', country: 'GB' });
  service.run('flows.create', { from_id: mine.id, to_id: sep.id, material_id: oxide.id, volume_t: 300 });
  service.run('flows.create', { from_id: mine.id, to_id: lynas.id, material_id: oxide.id, volume_t: 100 });
  service.run('flows.create', { from_id: sep.id, to_id: oem.id, material_id: oxide.id, volume_t: 30 });
  service.run('flows.create', { from_id: lynas.id, to_id: oem.id, material_id: oxide.id, volume_t: 10 });
  return { oxide, mine, sep, lynas, oem };
}


describe('analysis operations', () => {
  it('provenance by id, by owner, and by a unique name; an ambiguous or unknown name is refused by field', () => {
    const { oem, lynas } = seed();
    const result = t.service.run('analysis.provenance', { facility: oem.id, by: 'owner' });
    expect(result.stages.separation).toEqual([{ country: 'CN', share: 0.75 }, { country: 'AU', share: 0.25 }]);
    expect(t.service.run('analysis.provenance', { facility: 'lynas malaysia' }).facility).toEqual({ id: lynas.id, name: 'Lynas Malaysia' });
    expect(errorOf(() => t.service.run('analysis.provenance', { facility: 'Prime' })).message).toMatch(/^facility: More than one facility is named "Prime" \(.*\); use its id$/);
    expect(errorOf(() => t.service.run('analysis.provenance', { facility: 'Nowhere' })).message).toBe('facility: No facility with id or name "Nowhere"');
    expect(errorOf(() => t.service.run('analysis.chokepoints', { targets: [oem.id, 'Nowhere'] })).message).toBe('targets.1: No facility with id or name "Nowhere"');
  });

  it('concentration, and the cache follows edits', () => {
    const { lynas } = seed();
    expect(t.service.run('analysis.concentration', { stage: 'separation' })).toMatchObject({ total: 1000, hhi: 8200, highly_concentrated: true });
    t.service.run('facilities.update', { id: lynas.id, changes: { capacity_t: 900 } });
    expect(t.service.run('analysis.concentration', { stage: 'separation' })).toMatchObject({ total: 1800, hhi: 5000 });
    const all = t.service.run('analysis.concentrationAll', {});
    expect(all.stages.find((s) => s.stage === 'separation')!.throughput.shares.map((s) => s.country)).toEqual(['CN', 'MY']);
  });

  it('refuses a scenario with fraction 1.5, an end before its start, or an unknown facility, naming the field', () => {
    const { sep } = seed();
    const run = (disruption: object) => errorOf(() => t.service.run('analysis.scenario', { scenario: { name: 's', months: 6, disruptions: [disruption] } }));
    expect(run({ kind: 'facility', id: sep.id, fraction: 1.5, start_month: 1 }).message).toBe('scenario.disruptions.0.fraction: Fraction must be between 0 and 1');
    expect(run({ kind: 'facility', id: sep.id, fraction: 1, start_month: 4, end_month: 2 }).message).toBe(
      'scenario.disruptions.0.end_month: End month 2 is before start month 4',
    );
    expect(run({ kind: 'facility', id: 'Atlantis', fraction: 1, start_month: 1 }).message).toBe('scenario.disruptions.0.id: No facility with id or name "Atlantis"');
    expect(run({ kind: 'country', country: 'XX', fraction: 1, start_month: 1 }).message).toMatch(/^scenario\.disruptions\.0\.country: Country must be an ISO/);
    expect(run({ kind: 'meteor', fraction: 1, start_month: 1 }).message).toMatch(/^scenario\.disruptions\.0\.kind: Disruption kind must be one of/);
    expect(run({ kind: 'facility', id: sep.id, fraction: 1, start_month: 0 }).code).toBe('validation');
  });

  it('saves a scenario, runs it (with a months override), and its edit is undoable', () => {
    const { oem } = seed();
    const saved = t.service.run('scenarios.create', {
      scenario: { name: 'China export ban', months: 3, disruptions: [{ kind: 'country', country: 'CN', fraction: 1, start_month: 2 }] },
    });
    const run = t.service.run('scenarios.run', { id: saved.id, months: 4 });
    expect(run.months).toBe(4);
    const prime = run.facilities.find((f) => f.id === oem.id)!;
    // 30 of its 40 come from China: 25% from month 2.
    expect(prime.supply_ratio).toEqual([1, 0.25, 0.25, 0.25]);
    expect(prime.months_to_shortfall).toBe(2);
    expect(run.facilities[0]!.id).toBe(oem.id);
    t.service.run('scenarios.update', { id: saved.id, revision: 1, scenario: { name: 'Lifted', months: 3 } });
    expect(t.service.run('scenarios.run', { id: saved.id }).facilities.every((f) => f.months_to_shortfall === null)).toBe(true);
    expect(t.service.run('history.undo', {}).label).toBe('Edit scenario "Lifted"');
    expect(t.service.run('scenarios.list', {}).map((s) => s.name)).toEqual(['China export ban']);
    t.service.run('scenarios.delete', { id: saved.id });
    expect(errorOf(() => t.service.run('scenarios.run', { id: saved.id })).code).toBe('not_found');
  });

  it('data checks read the stored records and follow edits: a separation plant shipping more than it receives', () => {
    const { sep, oem, oxide } = seed();
    expect(t.service.run('analysis.checks', {}).findings.map((f) => f.check)).toEqual(['no-flows', 'same-name', 'same-name']); // the two primes, one without flows
    t.service.run('flows.create', { from_id: sep.id, to_id: oem.id, material_id: oxide.id, volume_t: 400 });
    const result = t.service.run('analysis.checks', { include_planned: true });
    expect(result.include_planned).toBe(true);
    expect(result.findings[0]).toMatchObject({ check: 'ships-more-than-receives', record: { id: sep.id, name: 'Baotou separation' }, tonnes: 130 });
    expect(errorOf(() => t.service.run('analysis.checks', { include_planned: 'yes' } as never)).code).toBe('validation');
  });
});
