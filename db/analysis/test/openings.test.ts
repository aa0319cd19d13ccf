// Facilities coming online in a scenario, on a graph small enough to work out by hand.
import { describe, expect, it } from 'vitest';
import { LodestoneError } from '../../errors';
import { scenarioFields, type DisruptionInput } from '../../model/analysis';
import { buildGraph, type GraphInput } from '../graph';
import { scenarioOp } from '../ops';
import { runScenario } from '../scenario';
import { chain } from './fixtures';

// A US prime gets 1,200 t/yr from a Chinese separation plant (fed by a Chinese mine). A US
// separation plant is planned: it would take 600 t/yr of Australian ore and ship 600 t/yr
// to the prime. A planned magnet plant would take 100 t/yr from the Chinese plant; nobody
// brings it online, so it takes no part. Each month the prime needs 100 t.
const planned = { status: 'planned' } as const;
const input: GraphInput = chain(
  [
    ['mineCN', 'mine', 'CN'],
    ['sepCN', 'separation', 'CN'],
    ['mineAU', 'mine', 'AU'],
    ['sepUS', 'separation', 'US', planned],
    ['magnetX', 'magnet', 'US', planned],
    ['prime', 'oem', 'US'],
    ['closedMine', 'mine', 'BR', { status: 'idle' }],
  ],
  [
    ['mineCN', 'sepCN', 1200],
    ['sepCN', 'prime', 1200],
    ['mineAU', 'sepUS', 600, 'mat', planned],
    ['sepUS', 'prime', 600, 'mat', planned],
    ['sepCN', 'magnetX', 100, 'mat', planned],
  ],
);
const withPlanned = buildGraph(input, { include_planned: true });
const graphFor = (includePlanned: boolean) => (includePlanned ? withPlanned : buildGraph(input));

const ban: DisruptionInput = { kind: 'country', country: 'CN', fraction: 1, start_month: 1 };
const online = (extra: Partial<DisruptionInput> = {}): DisruptionInput => ({ kind: 'online', id: 'sepUS', fraction: 1, start_month: 3, ...extra }) as DisruptionInput;

function run(disruptions: DisruptionInput[], months = 4, includePlanned = false) {
  const result = scenarioOp(graphFor, includePlanned, scenarioFields.parse({ name: 's', months, disruptions }));
  const of = (id: string) => result.facilities.find((f) => f.id === id);
  return { result, of };
}

function refusal(body: () => unknown): { path: string; message: string } {
  try {
    body();
  } catch (error) {
    expect(error).toBeInstanceOf(LodestoneError);
    return (error as LodestoneError).issues![0]!;
  }
  throw new Error('not refused');
}

describe('a facility that comes online', () => {
  it('makes up part of a ban from its first month, without raising what its customer needs', () => {
    const { of } = run([ban, online()]);
    // Months 1-2: the ban stops all of the prime's supply. From month 3 the US plant ships
    // 50 t a month against a need that stays 100 t: half.
    expect(of('prime')!.supply_ratio).toEqual([0, 0, 0.5, 0.5]);
    expect(of('prime')!.shortfall_t).toBe(100 + 100 + 50 + 50);
    expect(of('prime')!.months_to_shortfall).toBe(1);
    // Before it opens the plant needs nothing; after, it gets all 50 t of ore it needs.
    expect(of('sepUS')!.supply_ratio).toEqual([1, 1, 1, 1]);
    expect(of('sepUS')!.online_from).toBe(3);
    expect(of('prime')!.online_from).toBeUndefined();
  });

  it('runs at its fraction of its recorded volumes, and only in its months', () => {
    expect(run([ban, online({ fraction: 0.5 })]).of('prime')!.supply_ratio).toEqual([0, 0, 0.25, 0.25]);
    expect(run([ban, online({ end_month: 3 })]).of('prime')!.supply_ratio).toEqual([0, 0, 0.5, 0]);
  });

  it('adds supply beyond need without counting it: undisturbed, the prime stays fully supplied', () => {
    const { result } = run([online()]);
    for (const f of result.facilities) expect(f.supply_ratio).toEqual([1, 1, 1, 1]);
  });

  it('leaves out the planned facilities nobody brings online, and their flows', () => {
    const { result, of } = run([ban, online()]);
    expect(of('magnetX')).toBeUndefined();
    expect(result.facilities.map((f) => f.id).sort()).toEqual(['mineAU', 'mineCN', 'prime', 'sepCN', 'sepUS']);
    // The Chinese plant still needs only its mine's 1,200 t and gets all of it.
    expect(of('sepCN')!.supply_ratio).toEqual([1, 1, 1, 1]);
  });

  it('runs short when its own suppliers are planned too and stay closed', () => {
    const extended = chain(
      [...input.facilities.map((f) => [f.id, f.stage, f.country, f] as const), ['mineUS', 'mine', 'US', planned]] as never,
      [['mineAU', 'sepUS', 600, 'mat', planned], ['mineUS', 'sepUS', 600, 'mat', planned], ['sepUS', 'prime', 600, 'mat', planned], ['sepCN', 'prime', 1200]],
    );
    const graph = buildGraph(extended, { include_planned: true });
    const scenario = (disruptions: DisruptionInput[]) => scenarioFields.parse({ name: 's', months: 3, disruptions });
    const alone = runScenario(graph, scenario([online({ start_month: 1 })]), 'disruptions', false);
    // It planned 1,200 t of ore and gets the Australian 600: half.
    expect(alone.facilities.find((f) => f.id === 'sepUS')!.supply_ratio).toEqual([0.5, 0.5, 0.5]);
    const both = runScenario(graph, scenario([online({ start_month: 1 }), online({ id: 'mineUS', start_month: 2 })]), 'disruptions', false);
    expect(both.facilities.find((f) => f.id === 'sepUS')!.supply_ratio).toEqual([0.5, 1, 1]);
  });

  it('counts planned facilities from the start when the run includes them, except the ones named to come later', () => {
    const { of } = run([ban, online()], 4, true);
    expect(of('magnetX')).toBeDefined();
    expect(of('prime')!.supply_ratio).toEqual([0, 0, 0.5, 0.5]);
    // Without the opening, counting planned facilities puts the US plant there from month 1,
    // and its 600 t count in the prime's need: 50 of 150 t.
    expect(run([ban], 4, true).of('prime')!.supply_ratio.map((r) => Math.round(r * 1000) / 1000)).toEqual([0.333, 0.333, 0.333, 0.333]);
  });

  it('can be disrupted like any facility once it is there', () => {
    const outage: DisruptionInput = { kind: 'facility', id: 'sepUS', fraction: 1, start_month: 4 };
    expect(run([ban, online(), outage]).of('prime')!.supply_ratio).toEqual([0, 0, 0.5, 0]);
  });

  it('is refused for a facility that is operating, idle or named twice, naming the field', () => {
    expect(refusal(() => run([online({ id: 'prime' })]))).toEqual({
      path: 'scenario.disruptions.0.id',
      message: 'Facility "prime" is already operating: only a planned or under-construction facility can come online',
    });
    expect(refusal(() => run([ban, online({ id: 'closedMine' })])).message).toBe(
      'Facility "closedMine" is idle: only a planned or under-construction facility can come online (for a restart, set its status to planned)',
    );
    expect(refusal(() => run([online(), online({ start_month: 5 })]))).toEqual({
      path: 'scenario.disruptions.1.id',
      message: 'Facility "sepUS" already comes online in scenario.disruptions.0; name it once',
    });
    expect(refusal(() => run([online({ id: 'nowhere' })])).message).toBe('No facility with id or name "nowhere"');
  });

  it('does not let other disruptions reach planned facilities that take no part', () => {
    const outage: DisruptionInput = { kind: 'facility', id: 'magnetX', fraction: 1, start_month: 1 };
    expect(refusal(() => run([online(), outage]))).toEqual({
      path: 'scenario.disruptions.1.id',
      message: 'Facility "magnetX" is planned or under construction: it counts only when planned facilities are included (--include-planned) or it comes online in this scenario',
    });
    expect(refusal(() => run([online(), { kind: 'flow', id: 'f5', fraction: 1, start_month: 1 }])).message).toBe(
      'Flow "f5" does not count (status planned; its ends must count too)',
    );
  });
});
