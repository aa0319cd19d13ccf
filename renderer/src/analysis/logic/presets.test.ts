import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHINA_EXPORT_BAN, freeName } from './presets';

describe('CHINA_EXPORT_BAN', () => {
  it('is the sample’s docs/scenarios/china-export-ban.json', () => {
    const file = JSON.parse(readFileSync(new URL('../../../../docs/scenarios/china-export-ban.json', import.meta.url), 'utf8')) as unknown;
    expect(CHINA_EXPORT_BAN).toEqual(file);
  });
});

describe('freeName', () => {
  it('adds a number when the name is taken (any case)', () => {
    expect(freeName('Ban', [])).toBe('Ban');
    expect(freeName('Ban', ['ban'])).toBe('Ban (2)');
    expect(freeName('Ban', ['Ban', 'Ban (2)'])).toBe('Ban (3)');
  });
});
