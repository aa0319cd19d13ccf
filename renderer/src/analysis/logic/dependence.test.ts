import { describe, expect, it } from 'vitest';
import type { ProvenanceResult } from '../../../../db/model/analysis';
import { dependenceModel, OTHER_COUNTRIES } from './dependence';

const result = (stages: ProvenanceResult['stages']): ProvenanceResult => ({
  facility: { id: 'f', name: 'F' },
  inbound_t: 100,
  by: 'location',
  stages,
  origins: [],
  routes: [],
  routes_other_share: 0,
  evidence: { low_share: 0, below_high_share: 0, weakest: [] },
});

describe('dependenceModel', () => {
  it('keeps the stages from mine to magnet that carry material, in chain order', () => {
    const model = dependenceModel(
      result({
        magnet: [{ country: 'JP', share: 1 }],
        mine: [{ country: 'AU', share: 0.4 }, { country: 'CN', share: 0.6 }],
        alloy: [],
        component: [{ country: 'US', share: 1 }],
        trader: [{ country: 'CN', share: 0.2 }],
      }),
    );
    expect(model.stages.map((s) => s.stage)).toEqual(['mine', 'magnet']);
    expect(model.stages.map((s) => s.label)).toEqual(['Mine', 'Magnet']);
  });

  it('puts the country with the most material first, in the diagram colours, with its share per stage', () => {
    const model = dependenceModel(
      result({
        mine: [{ country: 'CN', share: 0.56 }, { country: 'AU', share: 0.16 }, { country: 'US', share: 0.13 }],
        separation: [{ country: 'CN', share: 0.8 }, { country: 'MY', share: 0.16 }],
        metal: [{ country: 'CN', share: 0.81 }, { country: 'JP', share: 0.17 }],
        magnet: [{ country: 'JP', share: 0.63 }, { country: 'US', share: 0.17 }, { country: 'CN', share: 0.11 }],
      }),
    );
    expect(model.series[0]).toEqual({ country: 'CN', name: 'China', color: '#C8102E', shares: [0.56, 0.8, 0.81, 0.11] });
    expect(model.series[1]!.country).toBe('JP');
    expect(model.series[1]!.shares).toEqual([0, 0, 0.17, 0.63]);
    expect(model.leader).toEqual({ country: 'CN', name: 'China', shares: [0.56, 0.8, 0.81, 0.11] });
    // Every stage's stack adds up to the shares given.
    const totals = model.stages.map((_, i) => model.series.reduce((sum, s) => sum + s.shares[i]!, 0));
    expect(totals.map((t) => Math.round(t * 100))).toEqual([85, 96, 98, 91]);
  });

  it('folds the smallest countries into "Other countries" without losing their share', () => {
    const mine = ['CN', 'US', 'AU', 'MM', 'IN', 'BR'].map((country, i) => ({ country, share: 0.3 - i * 0.05 }));
    const model = dependenceModel(result({ mine }), 4);
    expect(model.series.map((s) => s.country)).toEqual(['CN', 'US', 'AU', '']);
    const other = model.series[3]!;
    expect(other.name).toBe(OTHER_COUNTRIES);
    expect(other.shares[0]).toBeCloseTo(0.15 + 0.1 + 0.05, 10);
  });

  it('has no leader when nothing arrives', () => {
    const model = dependenceModel(result({}));
    expect(model).toEqual({ stages: [], series: [], notThrough: [], leader: null });
  });

  it('gives each stage the share that passed through none of its facilities, folded countries included', () => {
    const mine = ['CN', 'US', 'AU', 'MM', 'IN'].map((country) => ({ country, share: 0.2 }));
    const model = dependenceModel(
      result({
        mine,
        concentrator: [{ country: 'CN', share: 0.47 }, { country: 'US', share: 0.13 }, { country: 'AU', share: 0.11 }],
        alloy: [{ country: 'CN', share: 0.09 }],
        // rounding in the analysis: a stage the material wholly passed through may add up to a hair under 1
        metal: [{ country: 'CN', share: 0.6 }, { country: 'JP', share: 0.3999999 }],
      }),
      3,
    );
    expect(model.stages.map((s) => s.stage)).toEqual(['mine', 'concentrator', 'metal', 'alloy']);
    expect(model.notThrough[0]).toBe(0);
    expect(model.notThrough[1]).toBeCloseTo(0.29, 10);
    expect(model.notThrough[2]).toBe(0);
    expect(model.notThrough[3]).toBeCloseTo(0.91, 10);
    // countries and the rest fill every bar to the whole inbound
    model.stages.forEach((_, i) => expect(model.series.reduce((n, s) => n + s.shares[i]!, model.notThrough[i]!)).toBeCloseTo(1, 5));
  });
});
