// Small graphs whose answers are worked out by hand, here in the comments.
import { describe, expect, it } from 'vitest';
import { scenarioFields } from '../../model/analysis';
import { chokepoints } from '../chokepoints';
import { concentration } from '../concentration';
import { buildGraph } from '../graph';
import { provenance } from '../provenance';
import { resolveFacility } from '../resolve';
import { runScenario } from '../scenario';
import { chain } from './fixtures';

const near = (value: number) => expect.closeTo(value, 9);

// Two routes to a US prime. Ore from the US is separated in China, ore from Australia by
// Lynas in Malaysia (Australian-owned); both go to one Chinese metal plant, which mixes
// them 100:50, so its metal is 2/3 US ore and 1/3 AU ore. It ships 60 to a Chinese and 60
// to a Japanese magnet maker; they ship 40 and 60 to the prime (inbound 100).
const twoRoutes = chain(
  [
    ['mineUS', 'mine', 'US'],
    ['mineAU', 'mine', 'AU'],
    ['sepCN', 'separation', 'CN'],
    ['sepMY', 'separation', 'MY', { owner_country: 'AU' }],
    ['metalCN', 'metal', 'CN'],
    ['magnetCN', 'magnet', 'CN'],
    ['magnetJP', 'magnet', 'JP'],
    ['prime', 'oem', 'US'],
  ],
  [
    ['mineUS', 'sepCN', 1000],
    ['mineAU', 'sepMY', 1000],
    ['sepCN', 'metalCN', 100],
    ['sepMY', 'metalCN', 50],
    ['metalCN', 'magnetCN', 60],
    ['metalCN', 'magnetJP', 60],
    ['magnetCN', 'prime', 40],
    ['magnetJP', 'prime', 60],
  ],
);

describe('a two-route chain through China and Japan', () => {
  const graph = buildGraph(twoRoutes);
  const prime = resolveFacility(graph, 'prime', 'facility');

  it('provenance by location: every stage, and the four routes with their shares', () => {
    const result = provenance(graph, [prime]);
    expect(result.facility).toEqual({ id: 'prime', name: 'prime' });
    expect(result.inbound_t).toBe(100);
    expect(result.stages).toEqual({
      mine: [{ country: 'US', share: near(2 / 3) }, { country: 'AU', share: near(1 / 3) }],
      separation: [{ country: 'CN', share: near(2 / 3) }, { country: 'MY', share: near(1 / 3) }],
      metal: [{ country: 'CN', share: near(1) }],
      magnet: [{ country: 'JP', share: near(0.6) }, { country: 'CN', share: near(0.4) }],
    });
    const routes = result.routes.map((r) => [r.path.map((h) => `${h.stage} ${h.country}`).join(' > '), r.share, r.tonnes]);
    expect(routes).toEqual([
      ['mine US > separation CN > metal CN > magnet JP', near(0.4), near(40)],
      ['mine US > separation CN > metal CN > magnet CN', near(0.4 * (2 / 3)), near(80 / 3)],
      ['mine AU > separation MY > metal CN > magnet JP', near(0.2), near(20)],
      ['mine AU > separation MY > metal CN > magnet CN', near(0.4 / 3), near(40 / 3)],
    ]);
    expect(result.origins).toEqual([
      { stage: 'mine', country: 'US', share: near(2 / 3) },
      { stage: 'mine', country: 'AU', share: near(1 / 3) },
    ]);
  });

  it('provenance by owner: the Malaysian plant counts as Australian', () => {
    const result = provenance(graph, [prime], { by: 'owner' });
    expect(result.stages.separation).toEqual([{ country: 'CN', share: near(2 / 3) }, { country: 'AU', share: near(1 / 3) }]);
  });

  it('chokepoints: shares through each facility and country; the metal plant is the single point of failure', () => {
    const result = chokepoints(graph, [prime]);
    expect(Object.fromEntries(result.facilities.map((f) => [f.id, f.share]))).toEqual({
      metalCN: near(1), magnetJP: near(0.6), magnetCN: near(0.4), sepCN: near(2 / 3), mineUS: near(2 / 3), sepMY: near(1 / 3), mineAU: near(1 / 3),
    });
    expect(result.facilities[0]!.id).toBe('metalCN');
    expect(result.countries).toEqual([
      { country: 'CN', share: near(1) },
      { country: 'US', share: near(2 / 3) },
      { country: 'JP', share: near(0.6) },
      { country: 'AU', share: near(1 / 3) },
      { country: 'MY', share: near(1 / 3) },
    ]);
    expect(result.single_points_of_failure).toEqual(['metalCN']);
    expect(result.single_points_of_failure_detail[0]).toMatchObject({ targets: 1, cuts_share: 1, all_targets: true });
  });

  it('a 50% Chinese export ban on magnets to the US halves the Chinese magnet route from month 2', () => {
    const scenario = scenarioFields.parse({
      name: 'ban', months: 3, disruptions: [{ kind: 'country', country: 'CN', to_countries: ['US'], fraction: 0.5, start_month: 2 }],
    });
    const result = runScenario(graph, scenario);
    // The prime plans 100/12 a month: 40/12 from magnetCN, of which half is banned -> 80%.
    expect(result.facilities.find((f) => f.id === 'prime')!.supply_ratio).toEqual([1, 0.8, 0.8]);
    // Chinese shipments to Japan are exports too, but not to the US: the Japanese magnet maker is whole.
    expect(result.facilities.find((f) => f.id === 'magnetJP')!.supply_ratio).toEqual([1, 1, 1]);
    expect(result.facilities.find((f) => f.id === 'prime')!.shortfall_t).toBeCloseTo(2 * (100 / 12) * 0.2, 5);
  });
});

// A recycling loop: separation in China takes 90 of ore and 10 of recycled oxide from a
// Japanese recycler; it ships 100 to a Japanese magnet maker, which ships 80 to a US prime
// and 20 of scrap to the recycler (which recovers 10). One tonne in ten at separation has
// been recycled; everything has passed the mine, separation and magnet stages.
const loop = chain(
  [['mine', 'mine', 'CN'], ['sep', 'separation', 'CN'], ['magnet', 'magnet', 'JP'], ['prime', 'oem', 'US'], ['recycler', 'recycler', 'JP']],
  [['mine', 'sep', 90], ['recycler', 'sep', 10], ['sep', 'magnet', 100], ['magnet', 'prime', 80], ['magnet', 'recycler', 20]],
);

describe('a recycler cycle', () => {
  const graph = buildGraph(loop);
  const prime = resolveFacility(graph, 'prime', 'facility');

  it('converges to the shares worked out by hand', () => {
    const result = provenance(graph, [prime]);
    expect(result.stages).toEqual({
      mine: [{ country: 'CN', share: near(1) }],
      separation: [{ country: 'CN', share: near(1) }],
      magnet: [{ country: 'JP', share: near(1) }],
      recycler: [{ country: 'JP', share: near(0.1) }],
    });
    expect(result.routes.map((r) => [r.path.map((h) => h.stage).join('>'), r.share])).toEqual([
      ['mine>separation>magnet', near(0.9)],
      // Routes settle to 1e-6 (they are for display; see routes.ts), stage shares to 1e-12.
      ['mine>recycler>separation>magnet', expect.closeTo(0.1, 6)],
    ]);
    expect(result.origins).toEqual([{ stage: 'mine', country: 'CN', share: near(1) }]);
  });

  it('chokepoints count each pass round the loop (documented) and cap facility shares at 1', () => {
    const result = chokepoints(graph, [prime]);
    const share = Object.fromEntries(result.facilities.map((f) => [f.id, f.share]));
    // Recycled tonnes pass the recycler 0.1 + 0.01 + ... = 1/9 times on average.
    expect(share.recycler).toBeCloseTo(1 / 9, 9);
    expect(share.sep).toBe(1);
    expect(result.countries).toEqual([{ country: 'CN', share: near(1) }, { country: 'JP', share: near(1) }]);
    // All three cut everything (ties in id order).
    expect(result.single_points_of_failure).toEqual(['magnet', 'mine', 'sep']);
  });

  it('the monthly simulation settles the loop within each month: undisturbed, everyone is fully supplied', () => {
    const result = runScenario(graph, scenarioFields.parse({ name: 'baseline', months: 2 }));
    for (const f of result.facilities) expect(f.supply_ratio).toEqual([1, 1]);
    // Without the mine, separation only gets the recycled 10%, which then dwindles to nothing.
    const cut = runScenario(graph, scenarioFields.parse({ name: 'cut', months: 1, disruptions: [{ kind: 'facility', id: 'mine', fraction: 1, start_month: 1 }] }));
    const ratio = (id: string) => cut.facilities.find((f) => f.id === id)!.supply_ratio[0]!;
    expect(ratio('sep')).toBe(0);
    expect(ratio('prime')).toBe(0);
  });
});

// A stockpile that covers exactly three months: it passes on 1,200 t/yr (100 a month) from
// China to a US metal plant and holds 300 t. When China stops exporting, it ships from
// stock for months 1-3 and is empty in month 4. The metal plant has 50 t of its own, half a
// month: in month 4 it gets half its need (0.5, not below 0.5), in month 5 nothing.
const buffered = chain(
  [['mineCN', 'mine', 'CN'], ['dla', 'stockpile', 'US', { stock_t: 300 }], ['metalUS', 'metal', 'US', { stock_t: 50 }]],
  [['mineCN', 'dla', 1200], ['dla', 'metalUS', 1200]],
);

describe('a stockpile that covers exactly three months', () => {
  const graph = buildGraph(buffered);
  const ban = scenarioFields.parse({ name: 'China export ban', months: 6, disruptions: [{ kind: 'country', country: 'CN', fraction: 1, start_month: 1 }] });

  it('ships from stock for three months, then the metal plant runs short', () => {
    const result = runScenario(graph, ban);
    const of = (id: string) => result.facilities.find((f) => f.id === id)!;
    expect(of('dla').supply_ratio).toEqual([1, 1, 1, 0, 0, 0]);
    expect(of('dla').months_to_shortfall).toBe(4);
    expect(of('dla').shortfall_t).toBe(300);
    expect(of('metalUS').supply_ratio).toEqual([1, 1, 1, 0.5, 0, 0]);
    expect(of('metalUS').months_to_shortfall).toBe(5);
    expect(of('metalUS').shortfall_t).toBe(250);
    expect(result.facilities[0]!.id).toBe('dla'); // the earliest shortfall first
  });

  it('without the ban the stockpile only passes material on and never runs down', () => {
    const result = runScenario(graph, { ...ban, disruptions: [] });
    for (const f of result.facilities) expect(f.months_to_shortfall).toBeNull();
  });

  it('a ban that ends after month 2 is covered by the stock', () => {
    const result = runScenario(graph, scenarioFields.parse({ ...ban, disruptions: [{ kind: 'country', country: 'CN', fraction: 1, start_month: 1, end_month: 2 }] }));
    expect(result.facilities.find((f) => f.id === 'metalUS')!.supply_ratio).toEqual([1, 1, 1, 1, 1, 1]);
  });
});

describe('concentration', () => {
  const graph = buildGraph(
    chain(
      [
        ['a', 'separation', 'CN', { capacity_t: 80 }],
        ['b', 'separation', 'MY', { capacity_t: 10 }],
        ['c', 'separation', 'US', { capacity_t: 10 }],
        ['d', 'separation', 'US', { capacity_t: 999, status: 'planned' }],
        ['m', 'metal', 'CN'],
      ],
      [['a', 'm', 30], ['b', 'm', 30], ['c', 'm', 40]],
    ),
  );

  it('capacity shares, HHI 80² + 10² + 10² = 6,600, highly concentrated; planned plants do not count', () => {
    expect(concentration(graph, 'separation', 'capacity')).toEqual({
      stage: 'separation', basis: 'capacity', total: 100, hhi: near(6600), highly_concentrated: true, facilities: 3,
      shares: [{ country: 'CN', value: 80, share: 0.8 }, { country: 'MY', value: 10, share: 0.1 }, { country: 'US', value: 10, share: 0.1 }],
    });
  });

  it('throughput shares: 40/30/30 gives 1,600 + 900 + 900 = 3,400', () => {
    const result = concentration(graph, 'separation', 'throughput');
    expect(result.shares.map((s) => [s.country, s.share])).toEqual([['US', 0.4], ['CN', 0.3], ['MY', 0.3]]);
    expect(result.hhi).toBeCloseTo(3400, 9);
  });

  it('with planned facilities the US plant counts', () => {
    const planned = buildGraph({ facilities: graph.everyFacility, flows: graph.everyFlow, materials: [] }, { include_planned: true });
    expect(concentration(planned, 'separation', 'capacity').shares[0]).toEqual({ country: 'US', value: 1009, share: 1009 / 1099 });
  });
});

// Twenty mines, in twenty countries, ship 1, 2, ... 20 t to one Japanese magnet plant (210 t),
// which ships all of it to a prime. A facility keeps its 15 largest routes and carries the
// rest on as "other routes": here the mines of 1 to 5 t, (1 + 2 + 3 + 4 + 5) / 210.
describe('a magnet plant fed by twenty mines: routes past the fifteenth become "other"', () => {
  const countries = ['AU', 'BR', 'CA', 'CL', 'DE', 'FR', 'GB', 'IN', 'KR', 'MX', 'MY', 'NO', 'PE', 'RU', 'SE', 'TH', 'US', 'VN', 'ZA', 'EE'];
  const graph = buildGraph(
    chain(
      [...countries.map((c): [string, 'mine', string] => [`mine${c}`, 'mine', c]), ['magnetJP', 'magnet', 'JP'], ['prime', 'oem', 'US']],
      [...countries.map((c, i): [string, string, number] => [`mine${c}`, 'magnetJP', i + 1]), ['magnetJP', 'prime', 210]],
    ),
  );

  it('lists the 15 largest routes, largest first, and 15/210 as other routes', () => {
    const result = provenance(graph, [resolveFacility(graph, 'prime', 'facility')]);
    const largest = countries.slice(5).reverse();
    expect(result.routes.map((r) => r.path.map((h) => `${h.stage} ${h.country}`).join(' > '))).toEqual(largest.map((c) => `mine ${c} > magnet JP`));
    expect(result.routes.map((r) => r.share)).toEqual(largest.map((c) => near((countries.indexOf(c) + 1) / 210)));
    expect(result.routes_other_share).toBeCloseTo(15 / 210, 12);
    expect(result.stages.mine).toHaveLength(20);
  });
});
