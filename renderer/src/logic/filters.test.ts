import { describe, expect, it } from 'vitest';
import { filterDefsFor } from './filters';
import { buildIndexes, facilityRows, flowRows } from './rows';
import { facility, flow, material } from './testRecords';

describe('filterDefsFor', () => {
  const facilities = [
    facility('a', { name: 'A', country: 'US' }),
    facility('b', { name: 'B', country: 'CN' }),
    facility('c', { name: 'C', country: 'CN' }),
  ];
  const materials = [material('m1', { name: 'Oxide' }), material('m2', { name: 'Alloy' })];
  const flows = [flow('f1', { from_id: 'a', to_id: 'b', material_id: 'm1' }), flow('f2', { from_id: 'b', to_id: 'c', material_id: 'm2' })];
  const indexes = buildIndexes(facilities, flows, materials, [], []);
  const defs = filterDefsFor(facilityRows(facilities, indexes), flowRows(flows, indexes), indexes);

  it('offers the countries in use with counts, by name', () => {
    const country = defs.facilities.find((f) => f.key === 'country')!;
    expect(country.options.map((o) => [o.value, o.label])).toEqual([
      ['CN', 'China (2)'],
      ['US', 'United States (1)'],
    ]);
  });
  it('offers the flow materials in use by name', () => {
    expect(defs.flows[0]!.options.map((o) => o.label)).toEqual(['Alloy (1)', 'Oxide (1)']);
  });
  it('has fixed choices for stages, statuses, confidence, forms and sensitivity', () => {
    expect(defs.facilities.map((f) => f.anyLabel)).toEqual(['All stages', 'All countries', 'All statuses', 'Any confidence']);
    expect(defs.flows.map((f) => f.key)).toEqual(['material', 'status', 'confidence']);
    expect(defs.flows[2]!.options).toEqual([
      { value: 'low', label: 'Low' },
      { value: 'medium', label: 'Medium' },
      { value: 'high', label: 'High' },
    ]);
    expect(defs.materials[0]!.options[0]).toEqual({ value: 'ore', label: 'Ore' });
    expect(defs.sources[0]!.options.map((o) => o.value)).toEqual(['yes', 'no']);
  });
});
