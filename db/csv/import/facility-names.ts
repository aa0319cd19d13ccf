// Facility names (the workspace's plus facilities.csv's), and resolving a flow's end: a
// facility id, or a name that is unique among them.
import type { Workspace } from '../../workspace';
import { nameKey } from '../format';
import { ABSENT, type Cells } from './cells';

export class FacilityNames {
  /** Facility id -> final name (workspace plus facilities.csv). */
  readonly names = new Map<string, string>();
  /** Name key -> id, or null when several facilities share the name; built on first use. */
  private byKey: Map<string, string | null> | undefined;

  load(ws: Workspace): void {
    for (const row of ws.db.prepare('SELECT id, name FROM facilities').raw(true).iterate() as Iterable<[string, string]>) {
      this.names.set(row[0], row[1]);
    }
  }

  /** The facility a flow's `from` or `to` cell names: its id, or ABSENT after a problem. */
  ref(cells: Cells, line: number, column: 'from' | 'to', cell: string): string | undefined {
    const value = cell.trim();
    if (value === '') {
      cells.add(line, column, `${column === 'from' ? 'From' : 'To'} is required: a facility id or name`);
      return ABSENT;
    }
    if (this.names.has(value)) return value;
    if (!this.byKey) {
      this.byKey = new Map();
      for (const [id, name] of this.names) {
        const key = nameKey(name);
        this.byKey.set(key, this.byKey.has(key) ? null : id);
      }
    }
    const id = this.byKey.get(nameKey(value));
    if (id === undefined) {
      cells.add(line, column, `No facility with id or name "${value}" in the workspace or facilities file`);
      return ABSENT;
    }
    if (id === null) {
      cells.add(line, column, `More than one facility is named "${value}"; use the facility's id`);
      return ABSENT;
    }
    return id;
  }
}
