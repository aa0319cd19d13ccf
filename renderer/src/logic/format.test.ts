import { describe, expect, it } from 'vitest';
import { formatFactor, formatNumber, formatStamp, numberToInput, plainInt, plural } from './format';

describe('format', () => {
  it('groups thousands', () => {
    expect(formatNumber(1234567)).toBe('1,234,567');
    expect(formatNumber(1234.567)).toBe('1,234.57');
    expect(formatNumber(null)).toBe('');
    expect(formatFactor(0.85)).toBe('0.85');
  });
  it('keeps plain integers plain', () => {
    expect(plainInt(20000)).toBe('20000');
  });
  it('pluralises', () => {
    expect(plural(1, 'flow')).toBe('1 flow');
    expect(plural(3, 'flow')).toBe('3 flows');
    expect(plural(2, 'facility', 'facilities')).toBe('2 facilities');
  });
  it('writes numbers for editing without separators', () => {
    expect(numberToInput(40000)).toBe('40000');
    expect(numberToInput(null)).toBe('');
  });
  it('writes stamps as local dates, and leaves non-dates as they are', () => {
    expect(formatStamp('not a date')).toBe('not a date');
    expect(formatStamp('2024-03-05T10:00:00Z')).toMatch(/2024/);
  });
});
