import { describe, expect, it } from 'vitest';
import { facilityOptions, materialOptions, sourceOptions } from './pickers';
import { facility, material, source } from './testRecords';

describe('pickers', () => {
  it('list facilities by name with stage and country, found by operator too', () => {
    const options = facilityOptions([
      facility('b', { name: 'Beta', stage: 'metal', country: 'JP', operator: 'Acme' }),
      facility('a', { name: 'Alpha', stage: 'mine', country: 'AU' }),
    ]);
    expect(options.map((o) => o.label)).toEqual(['Alpha', 'Beta']);
    expect(options[1]).toEqual({ value: 'b', label: 'Beta', detail: 'Metal · Japan', search: 'beta\u0001japan\u0001metal\u0001acme' });
  });
  it('describe materials by form and elements', () => {
    const [option] = materialOptions([material('m', { name: 'NdPr oxide', elements: ['Nd', 'Pr'] })]);
    expect(option?.detail).toBe('Oxide · Nd Pr');
  });
  it('describe sources by publisher and date, leaving out what is blank', () => {
    const options = sourceOptions([source('s1', { title: 'Report', publisher: 'GAO' }), source('s2', { title: 'Article', published: '2020' })]);
    expect(options.map((o) => [o.label, o.detail])).toEqual([
      ['Article', '2020'],
      ['Report', 'GAO'],
    ]);
  });
});
