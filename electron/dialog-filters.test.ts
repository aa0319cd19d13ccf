import { describe, expect, it } from 'vitest';
import { openFilters, saveFilters, withExtension } from './dialog-filters';

describe('dialog filters', () => {
  it('offers the suggested file’s type first, then any file', () => {
    expect(saveFilters('cn-2026.lodestone')).toEqual([{ name: 'Lodestone snapshot', extensions: ['lodestone'] }, { name: 'All files', extensions: ['*'] }]);
    expect(saveFilters('chain.GraphML')[0]).toEqual({ name: 'GraphML', extensions: ['graphml'] });
    expect(saveFilters('facilities.csv')[0]?.name).toBe('CSV');
    expect(saveFilters('README')).toEqual([{ name: 'All files', extensions: ['*'] }]);
    expect(openFilters('snapshot')[0]?.extensions).toEqual(['lodestone']);
    expect(openFilters('csv')[0]?.extensions).toEqual(['csv']);
  });
  it('adds the extension only to a bare name', () => {
    expect(withExtension('/home/ana/chain', '.db')).toBe('/home/ana/chain.db');
    expect(withExtension('/home/ana/chain.sqlite', '.db')).toBe('/home/ana/chain.sqlite');
  });
});
