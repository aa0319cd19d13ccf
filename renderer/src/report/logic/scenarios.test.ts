import { describe, expect, it } from 'vitest';
import type { Scenario, ScenarioFacilityResult, ScenarioResult } from '../../../../db/model/analysis';
import { recordNames } from '../../../../db/model/disruption-text';
import { assumptions, oemOutcomeText, scenarioBrief, SHORTFALL_ROWS_LISTED, supplyCaption } from './scenarios';

const facility = (id: string, months: number | null, shortfall: number, stage: ScenarioFacilityResult['stage'] = 'magnet'): ScenarioFacilityResult => ({
  id,
  name: id.toUpperCase(),
  stage,
  country: 'US',
  supply_ratio: [1, 0.4],
  shortfall_t: shortfall,
  months_to_shortfall: months,
});

const result = (facilities: ScenarioFacilityResult[]): ScenarioResult => ({ name: 'Ban', months: 12, facilities });

describe('scenarioBrief', () => {
  it('lists the OEMs soonest short first, and the other facilities that run short, the soonest of them', () => {
    const many = Array.from({ length: SHORTFALL_ROWS_LISTED + 5 }, (_, i) => facility(`m${String(i).padStart(2, '0')}`, (i % 12) + 1, 10 + i));
    const brief = scenarioBrief(
      result([...many, facility('oem-late', 9, 5, 'oem'), facility('oem-soon', 2, 40, 'oem'), facility('oem-fine', null, 0, 'oem'), facility('fine', null, 0)]),
      ['oem-late', 'oem-soon', 'oem-fine', 'oem-not-in-run'],
    );
    expect(brief.facilities).toBe(SHORTFALL_ROWS_LISTED + 9);
    expect(brief.oems.counted).toBe(3);
    expect(brief.oems.short.map((r) => r.id)).toEqual(['oem-soon', 'oem-late']);
    expect(brief.oems.rows.map((r) => r.id)).toEqual(['oem-soon', 'oem-late', 'oem-fine']);
    // The OEMs are not listed again among the others; a facility never short is in neither.
    expect(brief.others.count).toBe(SHORTFALL_ROWS_LISTED + 5);
    expect(brief.others.rows).toHaveLength(SHORTFALL_ROWS_LISTED);
    expect(brief.others.rows[0]).toMatchObject({ id: 'm12', monthsToShortfall: 1, shortfallTonnes: 22 });
    expect(brief.others.rows.some((r) => r.id.startsWith('oem') || r.id === 'fine')).toBe(false);
  });
});

describe('oemOutcomeText', () => {
  const row = (name: string, month: number) => ({ id: name, name, stage: 'OEM', country: 'US', monthsToShortfall: month, shortfallTonnes: 1, lowest: 0.2, onlineFrom: null });

  it('says how many OEMs fall below half their supply, and which first', () => {
    expect(oemOutcomeText({ counted: 9, short: [row('F-35', 5), row('Patriot', 7)] }, 12)).toBe(
      '2 of the 9 OEMs fall below half their supply within the 12 months; the first is F-35 in month 5.',
    );
    expect(oemOutcomeText({ counted: 9, short: [] }, 12)).toBe('None of the 9 OEMs falls below half its supply within the 12 months.');
    expect(oemOutcomeText({ counted: 1, short: [] }, 1)).toBe('The OEM does not fall below half its supply within the 1 month.');
    expect(oemOutcomeText({ counted: 1, short: [row('F-35', 3)] }, 6)).toBe('The OEM falls below half its supply within the 6 months: F-35 in month 3.');
    expect(oemOutcomeText({ counted: 0, short: [] }, 12)).toBe('No OEM takes part in this run.');
  });
});

describe('assumptions', () => {
  it('each disruption as a sentence, in the order saved', () => {
    const scenario = {
      id: 's1',
      name: 'Ban, then Lynas',
      months: 12,
      notes: '',
      created_at: '',
      updated_at: '',
      revision: 1,
      disruptions: [
        { kind: 'country', country: 'CN', fraction: 1, start_month: 1 },
        { kind: 'online', id: 'f-lynas', fraction: 0.5, start_month: 4 },
      ],
    } satisfies Scenario;
    const names = recordNames([{ id: 'f-lynas', name: 'Lynas Seadrift', country: 'US' }], [], []);
    expect(assumptions(scenario, names)).toEqual([
      'China stops its exports from month 1.',
      'Lynas Seadrift (United States) comes online in month 4, at 50% of its recorded volumes.',
    ]);
  });
});

describe('supplyCaption', () => {
  it('says which OEMs the chart draws: all of them, the one, or those short soonest of how many', () => {
    expect(supplyCaption(9, 9, 'Ban')).toBe('Supply of the OEMs month by month in Ban, as a share of what each needs');
    expect(supplyCaption(1, 1, 'Ban')).toBe('Supply of the OEM month by month in Ban, as a share of what it needs');
    expect(supplyCaption(12, 40, 'Ban')).toBe('Supply of the 12 OEMs short soonest, of 40, month by month in Ban, as a share of what each needs');
  });
});
