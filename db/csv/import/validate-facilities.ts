// facilities.csv: each row checked against the schema; every row's id and name are kept
// for resolving flows.
import { newId } from '../../model/ids';
import { facilityFields } from '../../model/schemas';
import { ABSENT, Cells, type CellSpec } from './cells';
import { cellAt, columnIndex } from './checks';
import type { ImportContext } from './context';
import { compileFacilityCheck } from './facility-check';
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
  const capacityIndex = table.columns.get('capacity_material');
  const sourceIndex = columnIndex(table.columns, 'source');
  const check = compileFacilityCheck(table);
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const id = cells.rowId(row, seen);
    const existing = id && names.has(id) ? ctx.ws.get('facilities', id) : undefined;
    if (existing === undefined) {
      // A new facility whose cells pass the compiled checks (facility-check.ts) skips the
      // schema and the input object: the bench's 20,000 rows 0.13 s -> 0.06 s. A capacity
      // material not known yet goes the slow way, which creates it.
      const material = capacityIndex === undefined ? null : ctx.materials.lookup(row.fields[capacityIndex]!);
      const fields = material === undefined ? undefined : check(row, material);
      if (fields) {
        const sources = ctx.sources.refs(cells, row.line, cellAt(row.fields, sourceIndex));
        if (id === ABSENT) continue;
        const recordIdValue = id || newId();
        names.set(recordIdValue, fields.name);
        plans.push({ line: row.line, id: recordIdValue, existing, fields, sources });
        continue;
      }
    }
    const input: Record<string, unknown> = existing ? { ...existing } : {};
    cells.read(row, before, input);
    if (capacityIndex !== undefined) input.capacity_material_id = ctx.materials.ref(cells, row.line, 'capacity_material', row.fields[capacityIndex]!);
    cells.read(row, after, input);
    const sources = ctx.sources.refs(cells, row.line, cellAt(row.fields, sourceIndex));
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
