import { describe, expect, it } from 'vitest';
import { countedChain, directExports, importingSuppliers } from './banReach';

// CN separation -> JP magnet -> US part -> US prime; CN metal -> US prime directly;
// AU mine -> US part; a loop US part -> JP recycler -> JP magnet; CN oxide -> AU mine's
// neighbour nowhere near the prime; a planned US plant importing from CN upstream of the prime.
const place = (id: string, country: string, status: 'operating' | 'planned' = 'operating') => ({ id, name: id.toUpperCase(), country, status });
const facilities = [
  place('cn-sep', 'CN'),
  place('cn-metal', 'CN'),
  place('jp-magnet', 'JP'),
  place('jp-recycler', 'JP'),
  place('au-mine', 'AU'),
  place('us-part', 'US'),
  place('us-prime', 'US'),
  place('de-magnet', 'DE'),
  place('us-planned', 'US', 'planned'),
];
const flow = (from_id: string, to_id: string, material_id: string, status: 'operating' | 'planned' = 'operating') => ({ from_id, to_id, material_id, status });
const flows = [
  flow('cn-sep', 'jp-magnet', 'm-dy-oxide'),
  flow('jp-magnet', 'us-part', 'm-magnet'),
  flow('us-part', 'us-prime', 'm-part'),
  flow('cn-metal', 'us-prime', 'm-ndpr-metal'),
  flow('au-mine', 'us-part', 'm-ore'),
  flow('us-part', 'jp-recycler', 'm-scrap'),
  flow('jp-recycler', 'jp-magnet', 'm-scrap'),
  flow('cn-sep', 'de-magnet', 'm-dy-oxide'),
  flow('cn-sep', 'us-planned', 'm-dy-oxide'),
  flow('us-planned', 'us-prime', 'm-magnet'),
  flow('cn-metal', 'au-mine', 'm-ndpr-metal', 'planned'),
];
const chain = countedChain(flows, facilities);

describe('importingSuppliers', () => {
  it('the facilities upstream of the targets that import from the country, through loops; not bystanders, planned ones or the targets', () => {
    expect(importingSuppliers(chain, ['us-prime'], 'CN', [])).toEqual(['jp-magnet']);
    expect(importingSuppliers(chain, ['us-part'], 'CN', [])).toEqual(['jp-magnet']);
    expect(importingSuppliers(chain, ['jp-magnet', 'us-prime'], 'CN', [])).toEqual([]);
  });

  it('only imports of the materials named count', () => {
    expect(importingSuppliers(chain, ['us-prime'], 'CN', ['m-dy-oxide'])).toEqual(['jp-magnet']);
    expect(importingSuppliers(chain, ['us-prime'], 'CN', ['m-ndpr-metal'])).toEqual([]);
  });
});

describe('directExports', () => {
  it('counts the operating flows leaving the country for the destinations, of the materials named', () => {
    expect(directExports(chain, 'CN', [], ['us-prime'])).toBe(1);
    expect(directExports(chain, 'CN', ['m-dy-oxide'], ['us-prime'])).toBe(0);
    expect(directExports(chain, 'CN', ['m-dy-oxide'], ['jp-magnet', 'us-part'])).toBe(1);
    // A planned flow, or one to a planned facility, is not counted; inside the country is not an export.
    expect(directExports(chain, 'CN', [], ['au-mine', 'us-planned'])).toBe(0);
    expect(directExports(chain, 'CN', [], ['cn-metal'])).toBe(0);
  });
});
