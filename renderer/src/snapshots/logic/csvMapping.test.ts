import { describe, expect, it } from 'vitest';
import { csvKindOfFileName, defaultChoices, IGNORE, mappingOf, UNSET } from './csvMapping';

const FIELDS = ['id', 'name', 'stage', 'country', 'notes'];

describe('CSV column mapping', () => {
  it('defaults to the interfaces.md format: a column named like a field maps to it (any case), others are left unset', () => {
    expect(defaultChoices(['Name', ' stage ', 'Nation', 'notes'], FIELDS)).toEqual(['name', 'stage', UNSET, 'notes']);
  });

  it('sends every decided column, ignored ones as "", and leaves unset ones out', () => {
    const header = ['Plant', 'stage', 'Nation', 'Internal', 'Mystery'];
    expect(mappingOf(header, ['name', 'stage', 'country', IGNORE, UNSET])).toEqual({
      Plant: 'name',
      stage: 'stage',
      Nation: 'country',
      Internal: '',
    });
  });

  it('tells a flows file from a facilities file by its name', () => {
    expect(csvKindOfFileName('Flows-2024.csv')).toBe('flows');
    expect(csvKindOfFileName('trade_flows.CSV')).toBe('flows');
    expect(csvKindOfFileName('plants.csv')).toBe('facilities');
    expect(csvKindOfFileName('Materials.csv')).toBe('materials');
    expect(csvKindOfFileName('material-flows.csv')).toBe('flows');
  });
});
