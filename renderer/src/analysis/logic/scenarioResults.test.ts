import { describe, expect, it } from 'vitest';
import type { ScenarioFacilityResult, ScenarioResult } from '../../../../db/model/analysis';
import { comparedById, comparedLines, openings, shortfallRows, supplyLines } from './scenarioResults';

const facility = (id: string, months: number | null, shortfall: number, ratios: number[]): ScenarioFacilityResult => ({
  id,
  name: id.toUpperCase(),
  stage: 'oem',
  country: 'US',
  supply_ratio: ratios,
  shortfall_t: shortfall,
  months_to_shortfall: months,
});

const result: ScenarioResult = {
  name: 'Ban',
  months: 3,
  facilities: [
    facility('late', 3, 50, [1, 0.8, 0.2]),
    facility('fine', null, 0, [1, 1, 1]),
    facility('dipped', null, 5, [1, 0.7, 0.9]),
    facility('early-small', 1, 10, [0.1, 0.1, 0.1]),
    facility('early-big', 1, 90, [0.2, 0, 0]),
  ],
};

describe('shortfallRows', () => {
  it('puts the soonest shortfall first, then the most tonnes short; facilities never short last', () => {
    const rows = shortfallRows(result, ['fine', 'late', 'early-small', 'early-big']);
    expect(rows.map((r) => [r.id, r.monthsToShortfall, r.shortfallTonnes])).toEqual([
      ['early-big', 1, 90],
      ['early-small', 1, 10],
      ['late', 3, 50],
      ['fine', null, 0],
    ]);
    expect(rows[0]).toMatchObject({ name: 'EARLY-BIG', stage: 'OEM / prime', country: 'United States', lowest: 0, onlineFrom: null });
  });

  it('without a target list, every facility that ran short at all', () => {
    expect(shortfallRows(result, null).map((r) => r.id)).toEqual(['early-big', 'early-small', 'late', 'dipped']);
  });
});

describe('supplyLines', () => {
  it('gives a line per target in the result, in the order asked', () => {
    expect(supplyLines(result, ['late', 'gone', 'fine'])).toEqual({
      lines: [
        { id: 'late', name: 'LATE', ratios: [1, 0.8, 0.2] },
        { id: 'fine', name: 'FINE', ratios: [1, 1, 1] },
      ],
      of: 2,
    });
  });

  it('draws at most `max` lines: those short soonest, lowest supply first', () => {
    const { lines, of } = supplyLines(result, ['fine', 'late', 'dipped', 'early-small', 'early-big'], 3);
    expect(of).toBe(5);
    expect(lines.map((l) => l.id)).toEqual(['early-big', 'early-small', 'late']);
  });
});

describe('openings', () => {
  it('lists the facilities that come online, earliest first, then by name; their rows carry the month', () => {
    const opened: ScenarioResult = {
      ...result,
      facilities: [...result.facilities, { ...facility('zeta', null, 0, [1, 1, 1]), online_from: 2 }, { ...facility('alpha', null, 0, [1, 1, 1]), online_from: 2 }, { ...facility('first', 2, 3, [1, 0.4, 0.4]), online_from: 1 }],
    };
    expect(openings(opened)).toEqual([
      { id: 'first', name: 'FIRST', month: 1 },
      { id: 'alpha', name: 'ALPHA', month: 2 },
      { id: 'zeta', name: 'ZETA', month: 2 },
    ]);
    expect(shortfallRows(opened, ['first'])[0]!.onlineFrom).toBe(1);
    expect(openings(result)).toEqual([]);
  });
});

describe('comparing with another run', () => {
  const other: ScenarioResult = { name: 'Ban with new plants', months: 3, facilities: [facility('late', null, 0, [1, 1, 0.9]), facility('early-big', 2, 40, [1, 0.3, 0.3])] };

  it('gives the other run\'s months to shortfall and tonnes by facility', () => {
    const byId = comparedById(other);
    expect(byId.get('late')).toEqual({ monthsToShortfall: null, shortfallTonnes: 0 });
    expect(byId.get('early-big')).toEqual({ monthsToShortfall: 2, shortfallTonnes: 40 });
    expect(byId.has('fine')).toBe(false);
  });

  it('lines up the other run\'s lines with the chart\'s, null where it lacks the facility', () => {
    const { lines } = supplyLines(result, ['early-big', 'fine', 'late']);
    expect(comparedLines(lines, other)).toEqual([{ id: 'early-big', name: 'EARLY-BIG', ratios: [1, 0.3, 0.3] }, null, { id: 'late', name: 'LATE', ratios: [1, 1, 0.9] }]);
  });
});
