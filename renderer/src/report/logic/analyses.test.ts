// The report's tables from real analyses of the sample workspace (the core's service, as the
// host runs them, in db/test/sample-workspace.setup.ts).
import { describe, expect, inject, it } from 'vitest';
import { reportConcentrationRows } from './concentration';
import { OTHER_COLOR, provenanceStageRows, reportOems, routeText } from './provenance';

const sample = inject('sampleWorkspace');
const overview = sample.concentration;
const f35 = sample.f35Provenance;

describe('concentration rows', () => {
  it('has every chain stage with figures, in chain order, both bases side by side', () => {
    const rows = reportConcentrationRows(overview);
    expect(rows.map((r) => r.stage)).toEqual(['mine', 'concentrator', 'separation', 'metal', 'alloy', 'magnet', 'component']);
    const separation = rows.find((r) => r.stage === 'separation')!;
    expect(Math.round(separation.capacity!.hhi)).toBe(8411);
    expect(separation.capacity!.highlyConcentrated).toBe(true);
    expect(separation.capacity!.top[0]).toMatchObject({ country: 'CN', name: 'China' });
    expect(separation.capacity!.top).toHaveLength(3);
    expect(separation.throughput!.total).toBeGreaterThan(0);
    expect(separation.throughput!.hhi).not.toBe(separation.capacity!.hhi);
  });

  it('keeps a stage with only one basis, the other null', () => {
    const only = {
      stages: overview.stages.map((s) => (s.stage === 'metal' ? { ...s, throughput: { ...s.throughput, total: 0, shares: [] } } : s)),
    };
    const metal = reportConcentrationRows(only).find((r) => r.stage === 'metal')!;
    expect(metal.capacity).not.toBeNull();
    expect(metal.throughput).toBeNull();
  });
});

describe('provenance rows', () => {
  it('shows China at separation and metal for the F-35, largest country first', () => {
    const rows = provenanceStageRows(f35);
    expect(rows.map((r) => r.stage)).toEqual(['mine', 'concentrator', 'separation', 'metal', 'alloy', 'magnet']);
    const separation = rows.find((r) => r.stage === 'separation')!;
    expect(separation.parts[0]!.name).toBe('China');
    expect(separation.parts[0]!.share).toBeCloseTo(0.797, 3);
    expect(separation.parts[0]!.color).toBe('#C8102E');
    const metal = rows.find((r) => r.stage === 'metal')!;
    expect(metal.parts[0]!.share).toBeCloseTo(0.812, 3);
  });

  it('names at most four countries a stage and folds the rest into "other", which sums to the stage share', () => {
    const mine = provenanceStageRows(f35, 4).find((r) => r.stage === 'mine')!;
    // Six mining countries: three named, three folded.
    expect(mine.parts.map((p) => p.country)).toEqual(['CN', 'AU', 'US']);
    const named = mine.parts.reduce((s, p) => s + p.share, 0);
    expect(mine.other).toBeCloseTo(mine.through - named, 10);
    expect(mine.other).toBeGreaterThan(0.1);
    expect(OTHER_COLOR).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('writes routes as country and stage hops', () => {
    expect(f35.routes).toHaveLength(3);
    const text = routeText(f35.routes[0]!);
    expect(text.startsWith('China mine → ')).toBe(true);
    expect(text).toContain('China separation');
    expect(text.split(' → ')).toHaveLength(f35.routes[0]!.path.length);
  });
});

describe('report OEMs', () => {
  it('takes operating OEMs by name, planned ones only when asked', () => {
    const { facilities } = sample;
    const oems = reportOems(facilities, false);
    expect(oems).toHaveLength(9);
    expect(oems.map((o) => o.name)).toEqual([...oems.map((o) => o.name)].sort((a, b) => a.localeCompare(b)));
    const planned = { ...oems[0]!, id: 'planned-oem', name: 'A planned prime', status: 'planned' as const };
    expect(reportOems([...facilities, planned], false)).toHaveLength(9);
    expect(reportOems([...facilities, planned], true)[0]!.id).toBe('planned-oem');
  });
});
