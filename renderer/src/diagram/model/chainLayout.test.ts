import { describe, expect, it } from 'vitest';
import { generateChain, prng } from '../../../../bench/generate';
import type { Stage } from '../../../../db/model/enums';
import { chainLayout, chainLayoutWithColumns, countCrossings, measureChainLayout, sameLayoutInput, stageSlots, type LayoutFacility, type LayoutFlow } from './chainLayout';
import { nodeSize } from './style';

function generated(facilities: number, flows: number) {
  const chain = generateChain({ facilities, flows, seed: 7 });
  const byName = new Map(chain.facilities.map((f) => [f.name, f.id]));
  const ids = new Set(chain.facilities.map((f) => f.id));
  const fac: LayoutFacility[] = chain.facilities.map((f) => ({ id: f.id, name: f.name, stage: f.stage, country: f.country, capacity_t: f.capacity_t }));
  const fl: LayoutFlow[] = chain.flows.map((f) => ({
    id: f.id,
    from_id: ids.has(f.from) ? f.from : byName.get(f.from)!,
    to_id: ids.has(f.to) ? f.to : byName.get(f.to)!,
  }));
  return { fac, fl };
}

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const random = prng(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const node = (id: string, stage: Stage, country = 'CN', capacity_t: number | null = null): LayoutFacility => ({ id, name: id, stage, country, capacity_t });
const edge = (from_id: string, to_id: string): LayoutFlow => ({ id: `${from_id}>${to_id}`, from_id, to_id });

describe('chainLayout', () => {
  it('puts the stages in chain order, left to right, and side stages between', () => {
    const stages: Stage[] = ['oem', 'magnet', 'mine', 'component', 'alloy', 'separation', 'metal', 'concentrator', 'trader', 'stockpile', 'recycler'];
    const fac = stages.map((s) => node(s, s));
    const fl = [edge('concentrator', 'trader'), edge('trader', 'separation'), edge('separation', 'stockpile'), edge('stockpile', 'metal'), edge('oem', 'recycler'), edge('recycler', 'separation')];
    const pos = chainLayout(fac, fl);
    const x = (id: string) => pos.get(id)!.x;
    const order = ['mine', 'concentrator', 'separation', 'metal', 'alloy', 'magnet', 'component', 'oem'];
    for (let i = 1; i < order.length; i++) expect(x(order[i]!)).toBeGreaterThan(x(order[i - 1]!));
    expect(x('trader')).toBeGreaterThan(x('concentrator'));
    expect(x('trader')).toBeLessThan(x('separation'));
    expect(x('stockpile')).toBeGreaterThan(x('separation'));
    expect(x('stockpile')).toBeLessThan(x('metal'));
    expect(stageSlots(fac, fl).get('recycler')).toBe(4.5);
    expect(stageSlots(fac, []).get('stockpile')).toBe(3.5);
  });

  it('is deterministic: shuffled input gives the same positions', () => {
    const { fac, fl } = generated(400, 1500);
    const a = chainLayout(fac, fl);
    const b = chainLayout(shuffle(fac, 1), shuffle(fl, 2));
    expect(b.size).toBe(fac.length);
    for (const [id, p] of a) expect(b.get(id)).toEqual(p);
  });

  it('never overlaps two nodes', () => {
    const { fac, fl } = generated(1500, 5000);
    const pos = chainLayout(fac, fl, { maxRows: 50 });
    const maxCap = Math.max(...fac.map((f) => f.capacity_t ?? 0));
    const items = fac.map((f) => ({ ...pos.get(f.id)!, r: nodeSize(f.capacity_t, maxCap) / 2 })).sort((a, b) => a.x - b.x || a.y - b.y);
    let checked = 0;
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length && items[j]!.x - items[i]!.x < 60; j++) {
        const a = items[i]!;
        const b = items[j]!;
        const overlapX = Math.abs(a.x - b.x) < a.r + b.r;
        const overlapY = Math.abs(a.y - b.y) < a.r + b.r;
        expect(overlapX && overlapY).toBe(false);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('groups facilities by country inside a column', () => {
    const { fac, fl } = generated(600, 2000);
    const pos = chainLayout(fac, fl, { maxRows: 10_000 });
    const columns = new Map<number, LayoutFacility[]>();
    for (const f of fac) {
      const x = pos.get(f.id)!.x;
      columns.set(x, [...(columns.get(x) ?? []), f]);
    }
    expect(columns.size).toBeGreaterThanOrEqual(8);
    for (const list of columns.values()) {
      list.sort((a, b) => pos.get(a.id)!.y - pos.get(b.id)!.y);
      const seen = new Set<string>();
      let prev = '';
      for (const f of list) {
        const key = `${f.stage}|${f.country}`;
        if (key !== prev) {
          expect(seen.has(key)).toBe(false);
          seen.add(key);
          prev = key;
        }
      }
    }
  });

  it('has fewer crossings than the naive order on a small graph', () => {
    // Three layers of four; naive (by id) order crosses everything, the sweep untangles it.
    const fac = [
      node('m1', 'mine'), node('m2', 'mine'), node('m3', 'mine'), node('m4', 'mine'),
      node('c1', 'concentrator'), node('c2', 'concentrator'), node('c3', 'concentrator'), node('c4', 'concentrator'),
      node('s1', 'separation'), node('s2', 'separation'), node('s3', 'separation'), node('s4', 'separation'),
    ];
    const fl = [
      edge('m1', 'c4'), edge('m2', 'c3'), edge('m3', 'c2'), edge('m4', 'c1'),
      edge('c1', 's3'), edge('c2', 's1'), edge('c3', 's4'), edge('c4', 's2'),
      edge('m1', 'c3'),
    ];
    const naive = countCrossings(chainLayout(fac, fl, { sweeps: 0 }), fl);
    const swept = countCrossings(chainLayout(fac, fl), fl);
    expect(naive).toBeGreaterThanOrEqual(8);
    expect(swept).toBeLessThan(naive);
    expect(swept).toBeLessThanOrEqual(1);
  });

  it('ignores backward (recycling) flows and reports its columns', () => {
    const fac = [node('m', 'mine'), node('s', 'separation'), node('o', 'oem'), node('r', 'recycler')];
    const fl = [edge('m', 's'), edge('s', 'o'), edge('o', 'r'), edge('r', 's')];
    const { positions, columns } = chainLayoutWithColumns(fac, fl);
    expect(positions.size).toBe(4);
    expect(columns.map((c) => c.stages.join())).toEqual(['mine', 'separation', 'recycler', 'oem']);
  });

  it('wraps a tall column into sub-columns', () => {
    const fac = Array.from({ length: 25 }, (_, i) => node(`m${String(i).padStart(2, '0')}`, 'mine'));
    const { positions, columns } = chainLayoutWithColumns(fac, [], { maxRows: 10 });
    expect(new Set([...positions.values()].map((p) => p.x)).size).toBe(3);
    expect(columns[0]!.xEnd).toBeGreaterThan(columns[0]!.x);
  });

  it('reports timings for the bench', () => {
    const { fac, fl } = generated(200, 600);
    const t = measureChainLayout(fac, fl, 3);
    expect(t).toMatchObject({ facilities: 200, flows: 600, runs: 3 });
    expect(t.minMs).toBeLessThanOrEqual(t.medianMs);
    expect(t.medianMs).toBeLessThanOrEqual(t.maxMs);
  });

  it('handles empty input', () => {
    expect(chainLayout([], []).size).toBe(0);
  });

  it('knows when an edit leaves the layout as it was: a field it does not read, or a record replaced by an equal one', () => {
    const facilities = [node('m', 'mine'), node('s', 'separation')];
    const flows = [edge('m', 's')];
    const before = { facilities, flows };
    const operator = { facilities: [facilities[0]!, { ...facilities[1]!, operator: 'Someone' } as LayoutFacility], flows };
    expect(sameLayoutInput(before, operator)).toBe(true);
    expect(sameLayoutInput(before, { facilities, flows: [{ ...flows[0]!, volume_t: 5 } as LayoutFlow] })).toBe(true);
    expect(sameLayoutInput(before, { facilities: [facilities[0]!, { ...facilities[1]!, stage: 'metal' }], flows })).toBe(false);
    expect(sameLayoutInput(before, { facilities: [facilities[0]!, { ...facilities[1]!, name: 'Renamed' }], flows })).toBe(false);
    expect(sameLayoutInput(before, { facilities: [facilities[0]!, { ...facilities[1]!, capacity_t: 9 }], flows })).toBe(false);
    expect(sameLayoutInput(before, { facilities, flows: [{ ...flows[0]!, to_id: 'm' }] })).toBe(false);
    expect(sameLayoutInput(before, { facilities: [...facilities].reverse(), flows })).toBe(false);
    expect(sameLayoutInput(before, { facilities, flows: [] })).toBe(false);
  });
});
