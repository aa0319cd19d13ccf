// flows.csv: each row's ends resolved to facilities and its material to a material, then
// checked against the schema.
import { newId } from '../../model/ids';
import { flowFieldsBase } from '../../model/schemas';
import { ABSENT, Cells, type CellSpec } from './cells';
import type { ImportContext } from './context';
import type { Table } from './read';

const FLOW_CELLS: readonly CellSpec[] = [
  ['volume_t', 'number'],
  ['year', 'number'],
  ['status', 'lower'],
  ['confidence', 'lower'],
  ['notes', 'text'],
];

/** A flow's fields other than its references, checked when a reference is already wrong. */
const flowRestFields = flowFieldsBase.omit({ from_id: true, to_id: true, material_id: true });

export function validateFlows(ctx: ImportContext, table: Table): void {
  const plans = ctx.plans.flows;
  const cells = new Cells(table, ctx.problems);
  const spec = cells.compile(FLOW_CELLS);
  const materialIndex = cells.index('material');
  const seen = new Map<string, number>();
  // Ids of the workspace's flows, so that rows with new ids cost no query.
  const existingIds = new Set<string>();
  if (table.columns.has('id')) {
    for (const flowId of ctx.ws.db.prepare('SELECT id FROM flows').pluck().iterate() as Iterable<string>) existingIds.add(flowId);
  }
  for (const row of table.rows) {
    const id = cells.rowId(row, seen);
    const existing = id && existingIds.has(id) ? ctx.ws.get('flows', id) : undefined;
    const input: Record<string, unknown> = existing ? { ...existing } : {};
    const from = ctx.facilities.ref(cells, row, 'from');
    const to = ctx.facilities.ref(cells, row, 'to');
    input.from_id = from;
    input.to_id = to;
    if (row.fields[materialIndex]!.trim() === '') {
      cells.add(row.line, 'material', 'Material is required: a material name');
      input.material_id = ABSENT;
    } else {
      input.material_id = ctx.materials.ref(cells, row, 'material');
    }
    cells.read(row, spec, input);
    const sources = ctx.sources.refs(cells, row);
    if (from === ABSENT || to === ABSENT || input.material_id === ABSENT) {
      // The reference problems are reported; check the remaining cells alone.
      const rest = flowRestFields.safeParse(input);
      if (!rest.success) cells.zodProblems(row, rest.error);
      continue;
    }
    if (from === to) {
      cells.add(row.line, 'to', 'A flow cannot go from a facility to itself');
      continue;
    }
    const parsed = flowFieldsBase.safeParse(input);
    if (!parsed.success) {
      cells.zodProblems(row, parsed.error);
      continue;
    }
    if (id === ABSENT) continue;
    plans.push({ line: row.line, id: id || newId(), existing, fields: parsed.data, sources });
  }
  ctx.tally.count('flows', plans);
}
