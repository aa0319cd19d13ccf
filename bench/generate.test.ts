import { describe, expect, it } from 'vitest';
import { STAGES } from '../db/model/enums';
import { isCountryCode } from '../db/model/countries';
import { chainToCsv, generateChain, prng } from './generate';
import { percentile } from './run';

describe('generateChain', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    const a = chainToCsv(generateChain({ facilities: 500, flows: 1500, seed: 42 }));
    const b = chainToCsv(generateChain({ facilities: 500, flows: 1500, seed: 42 }));
    const c = chainToCsv(generateChain({ facilities: 500, flows: 1500, seed: 43 }));
    expect(b).toEqual(a);
    expect(c.facilities).not.toBe(a.facilities);
  });

  it('makes the requested numbers of records, with valid countries, stages and references', () => {
    const chain = generateChain({ facilities: 1000, flows: 4000 });
    expect(chain.facilities).toHaveLength(1000);
    expect(chain.flows).toHaveLength(4000);
    const ids = new Set(chain.facilities.map((f) => f.id));
    const names = new Set(chain.facilities.map((f) => f.name));
    expect(names.size).toBe(1000); // names are unique, so flows may use them
    for (const f of chain.facilities) {
      expect(STAGES).toContain(f.stage);
      expect(isCountryCode(f.country)).toBe(true);
    }
    const materials = new Set(chain.materials.map((m) => m.name));
    for (const flow of chain.flows) {
      expect(ids.has(flow.from) || names.has(flow.from)).toBe(true);
      expect(ids.has(flow.to) || names.has(flow.to)).toBe(true);
      expect(flow.from).not.toBe(flow.to);
      expect(materials.has(flow.material)).toBe(true);
    }
  });

  it('looks like the real chain: China dominates separation and magnets, not OEMs; recyclers close cycles', () => {
    const chain = generateChain({ facilities: 4000, flows: 10000 });
    const share = (stage: string) => {
      const at = chain.facilities.filter((f) => f.stage === stage);
      return at.filter((f) => f.country === 'CN').length / at.length;
    };
    expect(share('separation')).toBeGreaterThan(0.7);
    expect(share('magnet')).toBeGreaterThan(0.7);
    expect(share('oem')).toBeLessThan(0.35);
    const stageOf = new Map(chain.facilities.flatMap((f) => [[f.id, f.stage], [f.name, f.stage]]));
    const routes = new Set(chain.flows.map((f) => `${stageOf.get(f.from)}>${stageOf.get(f.to)}`));
    for (const route of ['mine>concentrator', 'separation>metal', 'magnet>component', 'component>oem', 'oem>recycler', 'recycler>separation']) {
      expect(routes).toContain(route);
    }
    const byCountry = chain.flows.filter((f) => {
      const from = chain.facilities.find((x) => x.id === f.from);
      const to = chain.facilities.find((x) => x.id === f.to);
      return from && to && from.country !== to.country;
    });
    expect(byCountry.length).toBeGreaterThan(100);
  });

  it('handles tiny sizes', () => {
    expect(generateChain({ facilities: 0, flows: 10 }).flows).toHaveLength(0);
    const small = generateChain({ facilities: 5, flows: 3 });
    expect(small.facilities).toHaveLength(5);
  });
});

describe('helpers', () => {
  it('prng is uniform enough and repeatable', () => {
    const r = prng(1);
    const values = Array.from({ length: 10000 }, r);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(values.reduce((s, v) => s + v, 0) / values.length).toBeCloseTo(0.5, 1);
    expect(prng(1)()).toBe(values[0]);
  });

  it('percentile picks by nearest rank', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 95)).toBe(95);
    expect(percentile([7], 95)).toBe(7);
  });
});
