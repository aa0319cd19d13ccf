import { describe, expect, it } from 'vitest';
import { hhiText, percent, tonnes } from './format';

describe('analysis formats', () => {
  it('prints shares, HHI and tonnes', () => {
    expect(percent(0.797)).toBe('79.7%');
    expect(percent(0.797, 0)).toBe('80%');
    expect(percent(0.0004)).toBe('<0.1%');
    expect(percent(0)).toBe('0.0%');
    expect(hhiText(8411.4)).toBe('8,411');
    expect(tonnes(38.4)).toBe('38 t');
    expect(tonnes(2.34)).toBe('2.3 t');
    expect(tonnes(19185)).toBe('19,185 t');
  });
});
