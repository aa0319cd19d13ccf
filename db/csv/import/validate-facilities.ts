// facilities.csv: each row checked against the schema; every row's id and name are kept
// for resolving flows.
import { newId } from '../../model/ids';
import { facilityFields } from '../../model/schemas';
import { ABSENT, Cells, type CellSpec } from './cells';
import type { ImportContext } from './context';
import type { Table } from './read';

/** The cells before capacity_material, then those after it (problems come in column order). */
const FACILITY_CELLS: readonly CellSpec[] = [
  ['name', 'text'],
  ['stage', 'lower'],
  ['country', 'text'],
  ['operator', 'text'],
  ['owner_country', 'nullable'],
  ['lat', 'number'],
  ['lon', 'number'],
  ['status', 'lower'],
  ['capacity_t', 'number'],
];
const FACILITY_CELLS_AFTER_MATERIAL: readonly CellSpec[] = [
  ['stock_t', 'number'],
  ['confidence', 'lower'],
  ['tags', 'list'],
  ['notes', 'text'],
];

export function validateFacilities(ctx: ImportContext, table: Table): void {
  const names = ctx.facilities.names;
  const plans = ctx.plans.facilities;
  const cells = new Cells(table, ctx.problems);
  const before = cells.compile(FACILITY_CELLS);
  const after = cells.compile(FACILITY_CELLS_AFTER_MATERIAL);
  const hasCapacityMaterial = table.columns.has('capacity_material');
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const id = cells.rowId(row, seen);
    const existing = id && names.has(id) ? ctx.ws.get('facilities', id) : undefined;
    const input: Record<string, unknown> = existing ? { ...existing } : {};
    cells.read(row, before, input);
    if (hasCapacityMaterial) input.capacity_material_id = ctx.materials.ref(cells, row, 'capacity_material');
    cells.read(row, after, input);
    const sources = ctx.sources.refs(cells, row);
    const parsed = facilityFields.safeParse(input);
    if (!parsed.success) cells.zodProblems(row, parsed.error);
    if (id === ABSENT) continue;
    const recordIdValue = id || newId();
    // Even an invalid row's id and name count for resolving flows, to avoid echo errors.
    names.set(recordIdValue, parsed.success ? parsed.data.name : String(input.name ?? ''));
    if (!parsed.success) continue;
    plans.push({ line: row.line, id: recordIdValue, existing, fields: parsed.data, sources });
  }
  ctx.tally.count('facilities', plans);
}
