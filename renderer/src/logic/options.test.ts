import { describe, expect, it } from 'vitest';
import { COUNTRY_OPTIONS, exactOption, rankOptions, type PickOption } from './options';

describe('country options', () => {
  it('show "Name (CODE)" and are sorted by name', () => {
    const china = COUNTRY_OPTIONS.find((o) => o.value === 'CN');
    expect(china?.label).toBe('China (CN)');
    const labels = COUNTRY_OPTIONS.map((o) => o.label);
    expect(labels.indexOf('Australia (AU)')).toBeLessThan(labels.indexOf('China (CN)'));
  });
  it('rank an exact code first, then prefixes', () => {
    expect(rankOptions(COUNTRY_OPTIONS, 'cn').matches[0]?.value).toBe('CN');
    expect(rankOptions(COUNTRY_OPTIONS, 'chi').matches.slice(0, 2).map((o) => o.value)).toEqual(['CL', 'CN']);
    expect(rankOptions(COUNTRY_OPTIONS, 'states').matches.map((o) => o.value)).toContain('US');
  });
  it('find an exact name or code', () => {
    expect(exactOption(COUNTRY_OPTIONS, 'china')?.value).toBe('CN');
    expect(exactOption(COUNTRY_OPTIONS, 'us')?.value).toBe('US');
    expect(exactOption(COUNTRY_OPTIONS, 'Japan (JP)')?.value).toBe('JP');
    expect(exactOption(COUNTRY_OPTIONS, 'chin')).toBeUndefined();
  });
});

describe('rankOptions at scale', () => {
  it('limits the list but counts every match', () => {
    const many: PickOption[] = [];
    for (let i = 0; i < 20_000; i++) many.push({ value: `f${i}`, label: `Plant ${i}`, search: `plant ${i}` });
    const t0 = performance.now();
    const { matches, total } = rankOptions(many, 'plant 1', 50);
    expect(performance.now() - t0).toBeLessThan(200);
    expect(matches).toHaveLength(50);
    expect(total).toBe(11_111);
    expect(matches[0]?.label).toBe('Plant 1');
  });
});
