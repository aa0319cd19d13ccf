// Invariants on generated chains (bench/generate.ts, seeded), which have recycling loops,
// traders, stockpiles and every status.
import { describe, expect, it } from 'vitest';
import { generateChain } from '../../../bench/generate';
import { scenarioFields } from '../../model/analysis';
import { STAGES } from '../../model/enums';
import { chokepoints, defaultTargets } from '../chokepoints';
import { concentrationOverview } from '../concentration';
import { buildGraph } from '../graph';
import { provenance, provenanceOfAll } from '../provenance';
import { runScenario } from '../scenario';
import { generatedInput } from './fixtures';

const generated = generateChain({ facilities: 600, flows: 2500, seed: 7 });
const graph = buildGraph(generatedInput(generated));
const scaled = buildGraph(generatedInput(generated, 7.3));
const fed = Array.from({ length: graph.n }, (_, v) => v).filter((v) => graph.inbound[v]! > 0);

describe('invariants on a generated chain', () => {
  it('has recycling loops (so the loop code is exercised)', () => {
    expect(Array.from(graph.components.cyclic).some(Boolean)).toBe(true);
  });

  it('mass balance: the origins of every facility\'s inbound add up to 1; each stage\'s country shares add up to at most 1', () => {
    const table = provenanceOfAll(graph);
    const k = table.trace.space.k;
    for (const v of fed) {
      const result = provenance(graph, [v], { maxRoutes: 10_000 });
      expect(result.origins.reduce((sum, o) => sum + o.share, 0)).toBeCloseTo(1, 9);
      // Low is also below high; both are shares of the inbound mass.
      const { low_share, below_high_share } = result.evidence;
      expect(low_share).toBeGreaterThanOrEqual(0);
      expect(below_high_share).toBeGreaterThanOrEqual(low_share - 1e-9);
      expect(below_high_share).toBeLessThanOrEqual(1 + 1e-9);
      for (const shares of Object.values(result.stages)) {
        expect(shares.reduce((sum, s) => sum + s.share, 0)).toBeLessThanOrEqual(1 + 1e-9);
      }
      // The whole-graph table gives the same stage shares as the one-facility trace.
      expect(table.of(v).stages).toEqual(Object.fromEntries(Object.entries(result.stages).map(([stage, list]) => [stage, list.map((s) => ({ country: s.country, share: expect.closeTo(s.share, 9) }))])));
      expect(k).toBeGreaterThan(0);
    }
  });

  it('routes add up, stage by stage, to the stage shares', () => {
    const oem = defaultTargets(graph).filter((t) => graph.inbound[t]! > 0).slice(0, 5);
    for (const t of oem) {
      const result = provenance(graph, [t], { maxRoutes: 100_000 });
      const fromRoutes = new Map<string, number>();
      for (const route of result.routes) for (const hop of route.path) fromRoutes.set(`${hop.stage} ${hop.country}`, (fromRoutes.get(`${hop.stage} ${hop.country}`) ?? 0) + route.share);
      for (const [stage, shares] of Object.entries(result.stages)) {
        for (const s of shares) expect(Math.abs((fromRoutes.get(`${stage} ${s.country}`) ?? 0) - s.share)).toBeLessThanOrEqual(result.routes_other_share + 1e-4);
      }
    }
  });

  it('shares do not change when every volume is scaled', () => {
    for (const v of fed.slice(0, 80)) {
      const a = provenance(graph, [v]).stages;
      const b = provenance(scaled, [v]).stages;
      for (const stage of STAGES) {
        expect((b[stage] ?? []).map((s) => s.country)).toEqual((a[stage] ?? []).map((s) => s.country));
        (b[stage] ?? []).forEach((s, i) => expect(s.share).toBeCloseTo(a[stage]![i]!.share, 9));
      }
    }
    const before = chokepoints(graph, defaultTargets(graph));
    const after = chokepoints(scaled, defaultTargets(scaled));
    expect(after.countries.map((c) => c.country)).toEqual(before.countries.map((c) => c.country));
    after.facilities.forEach((f, i) => expect(f.share).toBeCloseTo(before.facilities[i]!.share, 9));
    const throughput = concentrationOverview(scaled).stages.map((s) => s.throughput.hhi);
    concentrationOverview(graph).stages.forEach((s, i) => expect(throughput[i]).toBeCloseTo(s.throughput.hhi, 6));
  });

  it('concentration: shares add up to 1 and HHI lies between 10,000/N and 10,000', () => {
    for (const { capacity, throughput } of concentrationOverview(graph).stages) {
      for (const result of [capacity, throughput]) {
        if (result.shares.length === 0) continue;
        expect(result.shares.reduce((sum, s) => sum + s.share, 0)).toBeCloseTo(1, 9);
        expect(result.hhi).toBeGreaterThanOrEqual(10_000 / result.shares.length - 1e-6);
        expect(result.hhi).toBeLessThanOrEqual(10_000 + 1e-6);
      }
    }
  });

  it('chokepoint country shares lie in [0, 1] and some country carries everything (every tonne was somewhere)', () => {
    const result = chokepoints(graph, defaultTargets(graph));
    for (const c of result.countries) expect(c.share).toBeGreaterThan(0), expect(c.share).toBeLessThanOrEqual(1 + 1e-9);
    expect(result.countries.reduce((sum, c) => sum + c.share, 0)).toBeGreaterThanOrEqual(1 - 1e-9);
  });

  it('scenario: supply ratios lie in [0, 1], and a harder ban never leaves anyone better supplied', () => {
    const ban = (fraction: number) =>
      runScenario(graph, scenarioFields.parse({ name: 'ban', months: 12, disruptions: [{ kind: 'country', country: 'CN', fraction, start_month: 2 }] }));
    const half = new Map(ban(0.5).facilities.map((f) => [f.id, f]));
    const full = ban(1);
    let worse = 0;
    for (const f of full.facilities) {
      const h = half.get(f.id)!;
      f.supply_ratio.forEach((r, i) => {
        expect(r).toBeGreaterThanOrEqual(0);
        expect(r).toBeLessThanOrEqual(1);
        expect(r).toBeLessThanOrEqual(h.supply_ratio[i]! + 1e-9);
        if (r < h.supply_ratio[i]! - 1e-6) worse++;
      });
      expect(f.shortfall_t).toBeGreaterThanOrEqual(h.shortfall_t - 1e-6);
    }
    expect(worse).toBeGreaterThan(0);
  });
});
