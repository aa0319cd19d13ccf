// Materials by id and by name: the workspace's, then this import's; and resolving a
// material cell, creating a material (form guessed from the name) for a name nobody defined.
import { newId } from '../../model/ids';
import { materialFields, type Material } from '../../model/schemas';
import type { Workspace } from '../../workspace';
import { guessMaterialForm, nameKey } from '../format';
import { ABSENT, type Cells } from './cells';

export class MaterialNames {
  /** The workspace's materials. */
  readonly byId = new Map<string, Material>();
  /** Final material name key -> id, after this import's rows. */
  readonly byKey = new Map<string, string>();
  readonly ids = new Set<string>();
  /** Materials that rows named and nobody defined: created with a guessed form. */
  readonly guessed = new Map<string, { id: string; name: string }>();

  constructor(ws: Workspace) {
    for (const material of ws.all('materials')) {
      this.byId.set(material.id, material);
      this.ids.add(material.id);
      this.byKey.set(nameKey(material.name), material.id);
    }
  }

  /** The material a cell names if it is known (no side effects): its id, null for an empty cell, or undefined. */
  lookup(cell: string): string | null | undefined {
    const name = cell.trim();
    if (name === '') return null;
    const key = nameKey(name);
    return this.byKey.get(key) || (this.ids.has(name) ? name : undefined) || this.guessed.get(key)?.id;
  }

  /** The material a cell names (by name or id): its id, null for an empty cell, or ABSENT after a problem. */
  ref(cells: Cells, line: number, column: string, text: string): string | null | undefined {
    const cell = text.trim();
    const known = this.lookup(cell);
    if (known !== undefined) return known;
    const key = nameKey(cell);
    const form = guessMaterialForm(cell);
    const check = materialFields.safeParse({ name: cell, form });
    if (!check.success) {
      cells.add(line, column, `Cannot create material "${cell.slice(0, 40)}": ${check.error.issues[0]?.message ?? 'invalid'}`);
      return ABSENT;
    }
    const material = { id: newId(), name: check.data.name };
    this.guessed.set(key, material);
    return material.id;
  }
}
