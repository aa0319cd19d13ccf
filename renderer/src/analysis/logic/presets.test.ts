import { describe, expect, it } from 'vitest';
import { CHINA_EXPORT_BAN, freeName } from './presets';

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
