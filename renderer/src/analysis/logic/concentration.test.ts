import { describe, expect, it } from 'vitest';
import type { ConcentrationOverview, ConcentrationResult } from '../../../../db/model/analysis';
import { STAGES, type Stage } from '../../../../db/model/enums';
import { concentrationRows, miningVsChain } from './concentration';

function result(stage: Stage, basis: 'capacity' | 'throughput', values: Record<string, number>): ConcentrationResult {
  const total = Object.values(values).reduce((a, b) => a + b, 0);
  const shares = Object.entries(values)
    .map(([country, value]) => ({ country, value, share: value / total }))
    .sort((a, b) => b.value - a.value);
  const hhi = shares.reduce((s, x) => s + (100 * x.share) ** 2, 0);
  return { stage, basis, total, hhi, highly_concentrated: hhi > 1800, facilities: shares.length, shares };
}

function overview(byStage: Partial<Record<Stage, Record<string, number>>>): ConcentrationOverview {
  return {
    stages: STAGES.map((stage) => ({
      stage,
      capacity: result(stage, 'capacity', byStage[stage] ?? {}),
      throughput: result(stage, 'throughput', {}),
    })),
  };
}

const sample = overview({
  mine: { CN: 60, US: 25, AU: 15 },
  separation: { CN: 90, MY: 6, US: 2, FR: 2 },
  metal: { CN: 94, JP: 4, GB: 2 },
  component: { US: 97, JP: 3 },
});

describe('concentrationRows', () => {
  it('lists chain stages with a total, the top three countries and the 1,800 mark', () => {
    const rows = concentrationRows(sample, 'capacity');
    expect(rows.map((r) => r.stage)).toEqual(['mine', 'separation', 'metal', 'component']);
    const separation = rows[1]!;
    expect(separation.top.map((c) => [c.name, Math.round(c.share * 100)])).toEqual([
      ['China', 90],
      ['Malaysia', 6],
      ['United States', 2],
    ]);
    expect(Math.round(separation.hhi)).toBe(8144);
    expect(separation.highlyConcentrated).toBe(true);
    expect(rows[0]!.hhi).toBeCloseTo(60 ** 2 + 25 ** 2 + 15 ** 2, 6);
  });

  it('is empty on a basis with no values', () => {
    expect(concentrationRows(sample, 'throughput')).toEqual([]);
  });

  it('does not mark an HHI of 1,800 or below', () => {
    const even = overview({ mine: { CN: 1, US: 1, AU: 1, BR: 1, IN: 1, MM: 1 } });
    const [row] = concentrationRows(even, 'capacity');
    expect(Math.round(row!.hhi)).toBe(1667);
    expect(row!.highlyConcentrated).toBe(false);
  });
});

describe('miningVsChain', () => {
  it('sets each country’s share of mining beside its largest share from mine to magnet', () => {
    const compare = miningVsChain(sample, 'capacity');
    expect(compare.rows.map((r) => [r.country, Math.round(r.mining * 100), Math.round(r.peak * 100), r.peakStage])).toEqual([
      ['CN', 60, 94, 'metal'],
      ['US', 25, 25, 'mine'],
      ['AU', 15, 15, 'mine'],
      ['MY', 0, 6, 'separation'],
      ['JP', 0, 4, 'metal'],
      ['FR', 0, 2, 'separation'],
    ]);
    expect(compare.miningHhi).toBeCloseTo(4450, 6);
    expect(compare.peakHhi?.stage).toBe('metal');
  });
});
