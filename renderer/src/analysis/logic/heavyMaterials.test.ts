import { describe, expect, it } from 'vitest';
import { heavyRareEarthMaterials, withHeavy } from './heavyMaterials';

const materials = [
  { id: 'm-magnet', name: 'NdFeB magnet', elements: ['Nd', 'Pr', 'Dy', 'Tb', 'Fe', 'B'] },
  { id: 'm-ndpr', name: 'NdPr oxide', elements: ['Nd', 'Pr'] },
  { id: 'm-dy', name: 'Dy oxide', elements: ['Dy'] },
  { id: 'm-conc', name: 'Ionic-clay concentrate', elements: ['Y', 'Nd'] },
  { id: 'm-smco', name: 'SmCo magnet', elements: ['Sm', 'Co'] },
  { id: 'm-none', name: 'Ga metal', elements: [] },
];

describe('heavyRareEarthMaterials', () => {
  it('every material carrying Y or Gd to Lu, by name; light ones, samarium and materials without elements left out', () => {
    expect(heavyRareEarthMaterials(materials)).toEqual(['m-dy', 'm-conc', 'm-magnet']);
  });
});

describe('withHeavy', () => {
  it('adds the heavy ones after those picked, none twice', () => {
    expect(withHeavy(['m-ndpr', 'm-dy'], ['m-dy', 'm-conc'])).toEqual(['m-ndpr', 'm-dy', 'm-conc']);
    expect(withHeavy([], [])).toEqual([]);
  });
});
