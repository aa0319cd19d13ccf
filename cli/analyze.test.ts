// `lodestone analyze ...` and `lodestone scenario run ...`: JSON in the interfaces.md
// shape, tables otherwise, one-line errors with a non-zero status.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService } from '../db/service';
import { openWorkspace } from '../db/workspace';
import { runCaptured } from './test-run';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-analyze-'));
const db = path.join(tmp, 'chain.db');
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

beforeAll(() => {
  const ws = openWorkspace(db);
  const service = createService(ws);
  const oxide = service.run('materials.create', { id: 'mat-ox', name: 'NdPr oxide', form: 'oxide' });
  const add = (id: string, stage: 'mine' | 'separation' | 'magnet' | 'oem', country: string, extra = {}) =>
    service.run('facilities.create', { id, name: `${id} plant`, stage, country, ...extra });
  add('mine-us', 'mine', 'US');
  add('sep-cn', 'separation', 'CN', { capacity_t: 900 });
  add('sep-us', 'separation', 'US', { capacity_t: 100, status: 'planned' });
  add('magnet-jp', 'magnet', 'JP', { stock_t: 5 });
  add('prime', 'oem', 'US');
  const flow = (from_id: string, to_id: string, volume_t: number) => service.run('flows.create', { from_id, to_id, material_id: oxide.id, volume_t });
  flow('mine-us', 'sep-cn', 1000);
  flow('sep-cn', 'magnet-jp', 120);
  flow('magnet-jp', 'prime', 120);
  ws.close();
});

const lodestone = (...args: string[]) => runCaptured(['--db', db, ...args]);

describe('lodestone analyze', () => {
  it('concentration --json prints stage, basis, total, hhi and sorted shares; --include-planned counts the planned plant', async () => {
    const result = await lodestone('analyze', 'concentration', '--stage', 'separation', '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ stage: 'separation', basis: 'capacity', total: 900, hhi: 10000, shares: [{ country: 'CN', value: 900, share: 1 }] });
    const planned = JSON.parse((await lodestone('analyze', 'concentration', '--stage', 'separation', '--include-planned', '--json')).stdout);
    expect(planned.shares).toEqual([{ country: 'CN', value: 900, share: 0.9 }, { country: 'US', value: 100, share: 0.1 }]);
    expect(planned.hhi).toBeCloseTo(8200, 6);
    const table = await lodestone('analyze', 'concentration', '--stage', 'separation', '--basis', 'throughput');
    expect(table.stdout).toMatch(/^separation, by throughput: 1 facilities, total 120 t\/yr, HHI 10,000 \(highly concentrated/);
    expect(table.stdout).toMatch(/CN\s+120\s+100\.0%/);
  });

  it('provenance --json by name: US ore, Chinese separation, Japanese magnets', async () => {
    const result = await lodestone('analyze', 'provenance', '--facility', 'prime plant', '--json');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({ facility: { id: 'prime', name: 'prime plant' }, inbound_t: 120, by: 'location' });
    expect(json.stages).toEqual({ mine: [{ country: 'US', share: 1 }], separation: [{ country: 'CN', share: 1 }], magnet: [{ country: 'JP', share: 1 }] });
    const table = await lodestone('analyze', 'provenance', '--facility', 'prime');
    expect(table.stdout).toContain('mine US > separation CN > magnet JP');
    // The fixture's records keep the default confidence, medium.
    expect(table.stdout).toContain('Resting on: 100.0% passed through a record below high confidence, 0.0% through one of low confidence');
    expect(json.evidence).toMatchObject({ low_share: 0, below_high_share: 1 });
  });

  it('chokepoints --json lists targets, facilities, countries and single points of failure', async () => {
    const json = JSON.parse((await lodestone('analyze', 'chokepoints', '--json')).stdout);
    expect(json.targets).toEqual(['prime']);
    expect(json.facilities.map((f: { id: string; share: number }) => [f.id, f.share])).toEqual([['magnet-jp', 1], ['mine-us', 1], ['sep-cn', 1]]);
    expect(json.countries.map((c: { country: string }) => c.country)).toEqual(['CN', 'JP', 'US']);
    expect(json.single_points_of_failure).toEqual(['magnet-jp', 'mine-us', 'sep-cn']);
  });

  it('refuses a bad stage, an unknown facility and a stray option, on one line of stderr', async () => {
    for (const [args, pattern, code] of [
      [['analyze', 'concentration', '--stage', 'smelter'], /^lodestone: stage: Stage must be one of: mine, /, 1],
      [['analyze', 'provenance', '--facility', 'Atlantis'], /^lodestone: facility: No facility with id or name "Atlantis"$/, 1],
      [['analyze', 'provenance', '--facility', 'sep-us'], /^lodestone: facility: Facility "sep-us plant" is planned, and only operating facilities count/, 1],
      [['analyze', 'chokepoints', '--stage', 'mine'], /^lodestone: Option --stage is for analyze concentration, not chokepoints$/, 2],
      [['analyze', 'everything'], /^lodestone: Cannot analyze "everything"/, 2],
    ] as const) {
      const result = await lodestone(...args);
      expect(result.code).toBe(code);
      expect(result.stdout).toBe('');
      expect(result.stderr.split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(pattern);
    }
  });
});

describe('lodestone scenario run', () => {
  const write = (name: string, value: unknown) => {
    const file = path.join(tmp, name);
    fs.writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
    return file;
  };

  it('runs a Chinese export ban: the magnet maker draws its stock, then the prime runs short', async () => {
    // magnet-jp needs 10 a month and holds 5: half a month of cover.
    const file = write('ban.json', { name: 'China ban', months: 3, disruptions: [{ kind: 'country', country: 'CN', fraction: 1, start_month: 2 }] });
    const result = await lodestone('scenario', 'run', file, '--months', '4', '--json');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.months).toBe(4);
    const of = (id: string) => json.facilities.find((f: { id: string }) => f.id === id);
    expect(of('magnet-jp')).toMatchObject({ supply_ratio: [1, 0.5, 0, 0], months_to_shortfall: 3, shortfall_t: 25 });
    expect(of('prime')).toMatchObject({ supply_ratio: [1, 0.5, 0, 0], months_to_shortfall: 3, shortfall_t: 25 });
    expect(of('mine-us')).toMatchObject({ supply_ratio: [1, 1, 1, 1], months_to_shortfall: null, shortfall_t: 0 });
    const table = await lodestone('scenario', 'run', file);
    expect(table.stdout).toMatch(/^Scenario "China ban", 3 months: 2 of 4 facilities run short/);
  });

  it('brings a planned plant online: it is in the result from its month, and the table says so', async () => {
    const file = write('online.json', {
      name: 'New US plant',
      months: 3,
      disruptions: [{ kind: 'country', country: 'CN', fraction: 1, start_month: 1 }, { kind: 'online', id: 'sep-us plant', fraction: 1, start_month: 2 }],
    });
    const json = JSON.parse((await lodestone('scenario', 'run', file, '--json')).stdout);
    expect(json.facilities.find((f: { id: string }) => f.id === 'sep-us')).toMatchObject({ online_from: 2, supply_ratio: [1, 1, 1] });
    expect(json.facilities.find((f: { id: string }) => f.id === 'prime').online_from).toBeUndefined();
    const table = await lodestone('scenario', 'run', file);
    expect(table.stdout).toMatch(/\nComing online:\n  month 2: sep-us plant, separation, US$/);
    const operating = await lodestone('scenario', 'run', write('online-bad.json', { name: 'x', disruptions: [{ kind: 'online', id: 'prime', fraction: 1, start_month: 1 }] }));
    expect(operating.stderr).toMatch(/online-bad\.json: disruptions\.0\.id: Facility "prime plant" is already operating: only a planned or under-construction facility can come online$/);
  });

  it('names the file and the field of a bad scenario', async () => {
    const cases: [string, unknown, RegExp][] = [
      ['fraction.json', { name: 'x', disruptions: [{ kind: 'facility', id: 'sep-cn', fraction: 1.5, start_month: 1 }] }, /fraction\.json: disruptions\.0\.fraction: Fraction must be between 0 and 1$/],
      ['order.json', { name: 'x', disruptions: [{ kind: 'flow', id: 'f', fraction: 1, start_month: 3, end_month: 1 }] }, /order\.json: disruptions\.0\.end_month: End month 1 is before start month 3$/],
      ['unknown.json', { name: 'x', disruptions: [{ kind: 'facility', id: 'Atlantis', fraction: 1, start_month: 1 }] }, /unknown\.json: disruptions\.0\.id: No facility with id or name "Atlantis"$/],
      ['broken.json', '{"name": ', /broken\.json: not valid JSON/],
      // the parser quotes the text around the fault: its line breaks must not split the message
      ['broken-lines.json', '{"name":\n nope\n}', /broken-lines\.json: not valid JSON \(Unexpected token/],
    ];
    for (const [name, value, pattern] of cases) {
      const result = await lodestone('scenario', 'run', write(name, value));
      expect(result.code).toBe(1);
      expect(result.stderr.split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(pattern);
    }
    expect((await lodestone('scenario', 'run', write('ok.json', { name: 'x' }), '--months', '0')).code).toBe(2);
  });
});
