import { describe, expect, it } from 'vitest';
import { LodestoneError } from '../../../../db/errors';
import type { ChokepointsResult, ProvenanceResult, ScenarioResult } from '../../../../db/model/analysis';
import type { DataChecksResult } from '../../../../db/model/checks';
import type { AnalysisRecords } from './protocol';
import { AnalysisRunner, errorDataOf } from './runner';

const fac = (id: string, stage: string, country: string, extra: Partial<AnalysisRecords['facilities'][number]> = {}) => ({
  id, name: id, stage, country, owner_country: null, status: 'operating', capacity_t: null, capacity_material_id: null, stock_t: null, ...extra,
}) as AnalysisRecords['facilities'][number];
const flow = (id: string, from_id: string, to_id: string, volume_t: number) => ({ id, from_id, to_id, material_id: 'm', volume_t, status: 'operating' }) as AnalysisRecords['flows'][number];

/** Two routes to one magnet maker: 75 t through a Chinese metal plant, 25 t through a Japanese one. */
const records: AnalysisRecords = {
  materials: [{ id: 'm', name: 'NdPr', form: 'oxide' }],
  facilities: [fac('mine', 'mine', 'AU'), fac('cn-metal', 'metal', 'CN'), fac('jp-metal', 'metal', 'JP'), fac('magnet', 'magnet', 'US'), fac('oem', 'oem', 'US')],
  flows: [flow('a', 'mine', 'cn-metal', 75), flow('b', 'mine', 'jp-metal', 25), flow('c', 'cn-metal', 'magnet', 75), flow('d', 'jp-metal', 'magnet', 25), flow('e', 'magnet', 'oem', 100)],
};

describe('AnalysisRunner', () => {
  it('answers the API’s analysis operations on the records it holds', () => {
    const runner = new AnalysisRunner();
    runner.setRecords(1, records);
    const p = runner.run('analysis.provenance', { facilities: ['oem'] }) as ProvenanceResult;
    expect(p.inbound_t).toBe(100);
    expect(p.stages.metal).toEqual([
      { country: 'CN', share: 0.75 },
      { country: 'JP', share: 0.25 },
    ]);
    const c = runner.run('analysis.chokepoints', {}) as ChokepointsResult;
    expect(c.targets).toEqual(['oem']);
    expect(c.single_points_of_failure).toEqual(expect.arrayContaining(['mine', 'magnet']));
    const s = runner.run('analysis.scenario', { scenario: { name: 'Ban', months: 2, disruptions: [{ kind: 'country', country: 'CN', fraction: 1, start_month: 1 }] } }) as ScenarioResult;
    expect(s.facilities.find((f) => f.id === 'oem')!.supply_ratio).toEqual([0.25, 0.25]);
    expect((runner.run('analysis.checks', {}) as DataChecksResult).findings).toEqual([]);
  });

  it('runs the data checks on the fields sent for them: capacity material and material form', () => {
    const runner = new AnalysisRunner();
    runner.setRecords(1, { ...records, facilities: records.facilities.map((f) => (f.id === 'magnet' ? { ...f, capacity_t: 80, capacity_material_id: 'm' } : f)) });
    const checks = runner.run('analysis.checks', { include_planned: true }) as DataChecksResult;
    expect(checks.findings.map((f) => [f.check, f.record.id, f.message])).toEqual([['above-capacity', 'magnet', 'Ships 100 t/yr of NdPr, 125% of its capacity of 80 t/yr.']]);
    expect(checks.include_planned).toBe(true);
  });

  it('rebuilds the graph when given new records', () => {
    const runner = new AnalysisRunner();
    runner.setRecords(1, records);
    runner.run('analysis.concentrationAll', {});
    runner.setRecords(2, { ...records, flows: records.flows.map((f) => (f.id === 'b' ? { ...f, volume_t: 75 } : f)) });
    const p = runner.run('analysis.provenance', { facility: 'jp-metal' }) as ProvenanceResult;
    expect(p.inbound_t).toBe(75);
    expect(runner.version).toBe(2);
  });

  it('refuses bad input as the host does: a fraction of 1.5, an unknown facility', () => {
    const runner = new AnalysisRunner();
    runner.setRecords(1, records);
    const bad = () => runner.run('analysis.scenario', { scenario: { name: 'x', disruptions: [{ kind: 'facility', id: 'mine', fraction: 1.5, start_month: 1 }] } });
    expect(bad).toThrow(LodestoneError);
    expect(() => bad()).toThrow(/Fraction must be between 0 and 1/);
    try {
      runner.run('analysis.provenance', { facility: 'nowhere' });
      expect.unreachable();
    } catch (error) {
      expect(errorDataOf(error)).toMatchObject({ code: 'validation', issues: [{ path: 'facility', message: 'No facility with id or name "nowhere"' }] });
    }
  });
});
