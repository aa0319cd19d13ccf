// The compiled checks must never accept what the schema refuses, and must give exactly
// the schema's output (values and key order) for what they accept.
import { describe, expect, it } from 'vitest';
import { facilityFields, flowFieldsBase } from '../../model/schemas';
import { FACILITY_COLUMNS, FLOW_COLUMNS } from '../format';
import { Cells, type CellSpec } from './cells';
import { compileFacilityCheck } from './facility-check';
import { compileFlowCheck } from './flow-check';
import { Problems } from './problems';
import type { Table } from './read';

const CELLS = [
  '', ' ', '  x  ', 'NaN', '-1', '-0', '+5', '.5', '5.', '1e3', '1e400', '1,000', '12abc', '0x10', 'Infinity', '91', '-90', '-181', '180', '2020',
  '2020.5', ' 2021 ', '1899', '2100', '2101', '0', 'CN', 'cn', ' us ', 'XX', 'China', 'operating', 'OPERATING', ' Planned ', 'foo', 'mine', 'Mine ',
  'Refinery', 'low', 'HIGH', 'a;b; ;c', ';', 'x'.repeat(64), 'x'.repeat(65), 'y'.repeat(200), 'y'.repeat(201), ` ${'z'.repeat(200)} `, 'n'.repeat(10_001),
  Array.from({ length: 50 }, (_, i) => `t${i}`).join(';'), Array.from({ length: 51 }, (_, i) => `t${i}`).join(';'), 'Mountain Pass', '"quoted", text',
];

function table(columns: readonly string[]): Table {
  return { kind: 'facilities', file: 't.csv', columns: new Map(columns.map((c, i) => [c, i])), rows: [] };
}

/** The schema's view of a row, built as the validators build it. */
function schemaInput(t: Table, specs: readonly CellSpec[], fields: string[], extra: Record<string, unknown>) {
  const input: Record<string, unknown> = { ...extra };
  new Cells(t, new Problems()).read({ line: 2, fields }, new Cells(t, new Problems()).compile(specs), input);
  return input;
}

const FACILITY_SPECS: CellSpec[] = [
  ['name', 'text'], ['stage', 'lower'], ['country', 'text'], ['operator', 'text'], ['owner_country', 'nullable'], ['lat', 'number'],
  ['lon', 'number'], ['status', 'lower'], ['capacity_t', 'number'], ['stock_t', 'number'], ['confidence', 'lower'], ['tags', 'list'], ['notes', 'text'],
];
const FLOW_SPECS: CellSpec[] = [['volume_t', 'number'], ['year', 'number'], ['status', 'lower'], ['confidence', 'lower'], ['notes', 'text']];

describe('compiled checks agree with the schemas', () => {
  it('facilities: every cell value in every column', () => {
    const columns = FACILITY_COLUMNS.filter((c) => c !== 'id' && c !== 'source' && c !== 'capacity_material');
    const t = table(columns);
    const check = compileFacilityCheck(t);
    const base: Record<string, string> = { name: 'Plant', stage: 'mine', country: 'US' };
    let accepted = 0;
    for (const column of columns) {
      for (const cell of CELLS) {
        const fields = columns.map((c) => (c === column ? cell : (base[c] ?? '')));
        for (const material of [null, 'mat-1', 'bad id']) {
          const fast = check({ line: 2, fields }, material);
          const parsed = facilityFields.safeParse(schemaInput(t, FACILITY_SPECS, fields, { capacity_material_id: material }));
          if (fast === undefined) continue;
          accepted++;
          expect(parsed.success, `${column}="${cell}"`).toBe(true);
          expect(JSON.stringify(fast), `${column}="${cell}"`).toBe(JSON.stringify(parsed.data));
        }
      }
    }
    expect(accepted).toBeGreaterThan(100);
  });

  it('facilities: a file without the optional columns', () => {
    const t = table(['name', 'stage', 'country']);
    const fast = compileFacilityCheck(t)({ line: 2, fields: [' A ', 'Mine', ' cn'] }, null);
    expect(JSON.stringify(fast)).toBe(JSON.stringify(facilityFields.parse({ name: ' A ', stage: 'mine', country: ' cn' })));
  });

  it('flows: every cell value in every column', () => {
    const columns = FLOW_COLUMNS.filter((c) => c !== 'id' && c !== 'source');
    const t = table(columns);
    const check = compileFlowCheck(t);
    let accepted = 0;
    for (const column of columns.filter((c) => !['from', 'to', 'material'].includes(c))) {
      for (const cell of CELLS) {
        const fields = columns.map((c) => (c === column ? cell : ''));
        for (const [from, to, material] of [['f1', 'f2', 'm1'], ['f1', 'bad id', 'm1'], ['f1', 'f2', '-m']]) {
          const fast = check({ line: 2, fields }, from!, to!, material!);
          const parsed = flowFieldsBase.safeParse(schemaInput(t, FLOW_SPECS, fields, { from_id: from, to_id: to, material_id: material }));
          if (fast === undefined) continue;
          accepted++;
          expect(parsed.success, `${column}="${cell}"`).toBe(true);
          expect(JSON.stringify(fast), `${column}="${cell}"`).toBe(JSON.stringify(parsed.data));
        }
      }
    }
    expect(accepted).toBeGreaterThan(50);
  });
});
