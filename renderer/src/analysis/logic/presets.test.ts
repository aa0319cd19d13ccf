import { describe, expect, it } from 'vitest';
import { scenarioFields } from '../../../../db/model/analysis';
import { CHINA_EXPORT_BAN, freeName, heavyBanPreset } from './presets';

describe('CHINA_EXPORT_BAN', () => {
  it('is the sample’s docs/scenarios/china-export-ban.json: China, all of it, from month 1', () => {
    expect(CHINA_EXPORT_BAN).toEqual({
      name: 'China stops all rare-earth exports from month 1',
      months: 12,
      disruptions: [{ kind: 'country', country: 'CN', fraction: 1, start_month: 1 }],
    });
  });
});

describe('freeName', () => {
  it('adds a number when the name is taken (any case)', () => {
    expect(freeName('Ban', [])).toBe('Ban');
    expect(freeName('Ban', ['ban'])).toBe('Ban (2)');
    expect(freeName('Ban', ['Ban', 'Ban (2)'])).toBe('Ban (3)');
  });
});

describe('heavyBanPreset', () => {
  const heavy = ['mat-dy-oxide', 'mat-tb-metal'];
  const prime = (n: number) => ({ id: `fac-${n}`, name: `Prime ${n}` });

  it('bans every heavy rare-earth material from China to the facilities, from month 1, and names them', () => {
    const preset = heavyBanPreset([prime(1), prime(2)], false, heavy);
    expect(preset).toMatchObject({
      name: 'China bans heavy rare-earth exports to Prime 1 and Prime 2',
      months: 12,
      disruptions: [{ kind: 'country', country: 'CN', fraction: 1, start_month: 1, materials: heavy, to_facilities: ['fac-1', 'fac-2'] }],
    });
    expect(preset.notes).toMatch(/^Cuts only what China ships to them directly/);
    expect(scenarioFields.safeParse(preset).success).toBe(true);
  });

  it('says "every OEM" for all of them, counts three or more, and keeps within the 200 characters a name may have, numbered or not', () => {
    expect(heavyBanPreset([prime(1), prime(2), prime(3)], true, heavy).name).toBe('China bans heavy rare-earth exports to every OEM');
    expect(heavyBanPreset([prime(1), prime(2), prime(3)], false, heavy).name).toBe('China bans heavy rare-earth exports to 3 facilities');
    const long = [{ id: 'a', name: 'A'.repeat(150) }, { id: 'b', name: 'B'.repeat(150) }];
    expect(heavyBanPreset(long, false, heavy).name).toBe('China bans heavy rare-earth exports to 2 facilities');
    // A name that fits leaves room for the number freeName adds when it is taken.
    const fits = [{ id: 'a', name: 'A'.repeat(75) }, { id: 'b', name: 'B'.repeat(75) }];
    const name = heavyBanPreset(fits, false, heavy).name;
    expect(name).toContain('A'.repeat(75));
    expect(scenarioFields.safeParse({ ...heavyBanPreset(fits, false, heavy), name: freeName(name, [name, `${name} (2)`]) }).success).toBe(true);
  });
});
