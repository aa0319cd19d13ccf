// materials.csv: each row checked against the schema; names unique after the import.
import { newId } from '../../model/ids';
import { materialFields, type Material } from '../../model/schemas';
import { guessMaterialForm, nameKey } from '../format';
import { ABSENT, Cells, type CellSpec } from './cells';
import type { ImportContext } from './context';
import type { Table } from './read';

const MATERIAL_CELLS: readonly CellSpec[] = [
  ['name', 'text'],
  ['form', 'lower'],
  ['elements', 'list'],
  ['unit', 'text'],
  ['reo_factor', 'number'],
  ['notes', 'text'],
];

export function validateMaterials(ctx: ImportContext, table: Table): void {
  const names = ctx.materials;
  const plans = ctx.plans.materials;
  const cells = new Cells(table, ctx.problems);
  const spec = cells.compile(MATERIAL_CELLS);
  const nameIndex = cells.index('name');
  const seen = new Map<string, number>();
  const existingByKey = new Map(names.byKey);
  for (const row of table.rows) {
    const id = cells.rowId(row, seen);
    let existing: Material | undefined;
    if (id) existing = names.byId.get(id);
    else if (id === '') {
      // No id: a material of that name is updated rather than duplicated.
      const byName = existingByKey.get(nameKey(row.fields[nameIndex]!));
      existing = byName ? names.byId.get(byName) : undefined;
    }
    const input: Record<string, unknown> = existing ? { ...existing } : {};
    cells.read(row, spec, input);
    if (input.form === ABSENT && typeof input.name === 'string') input.form = guessMaterialForm(input.name);
    const parsed = materialFields.safeParse(input);
    if (!parsed.success) {
      cells.zodProblems(row, parsed.error);
      continue;
    }
    if (id === ABSENT) continue;
    const recordIdValue = existing?.id ?? (id || newId());
    plans.push({ line: row.line, id: recordIdValue, existing, fields: parsed.data, sources: [] });
    names.ids.add(recordIdValue);
  }
  // Names are unique (case-insensitively) among the workspace's materials after the import.
  const finalNames = new Map<string, string>();
  for (const [id, material] of names.byId) finalNames.set(id, material.name);
  for (const plan of plans) finalNames.set(plan.id, plan.fields.name);
  const idsByKey = new Map<string, string[]>();
  for (const [id, name] of finalNames) {
    const key = nameKey(name);
    const ids = idsByKey.get(key);
    if (ids) ids.push(id);
    else idsByKey.set(key, [id]);
  }
  names.byKey.clear();
  for (const [key, ids] of idsByKey) names.byKey.set(key, ids[0]!);
  for (const plan of plans) {
    const ids = idsByKey.get(nameKey(plan.fields.name))!;
    if (ids.length > 1) {
      const other = ids.find((id) => id !== plan.id)!;
      cells.add(plan.line, 'name', `Another material is also named "${plan.fields.name}" (id ${other}); material names must be unique`);
    }
  }
  ctx.tally.count('materials', plans);
}
