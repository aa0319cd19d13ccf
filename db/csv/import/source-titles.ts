// Sources by title (the workspace's, then the ones this import creates), and resolving a
// row's source cell to source ids.
import { newId } from '../../model/ids';
import { sourceFields } from '../../model/schemas';
import type { Workspace } from '../../workspace';
import { nameKey, SOURCE_SEPARATOR } from '../format';
import type { Cells } from './cells';

export class SourceTitles {
  private readonly byKey = new Map<string, string>();
  /** Sources that rows cite and the workspace lacks, by title key: created by the import. */
  readonly created = new Map<string, { id: string; title: string }>();

  constructor(ws: Workspace) {
    const sources = ws.prepare('SELECT id, title FROM sources ORDER BY created_at, id').all() as { id: string; title: string }[];
    for (const source of sources) {
      const key = nameKey(source.title);
      if (!this.byKey.has(key)) this.byKey.set(key, source.id);
    }
  }

  /** The ids of the sources a row's source cell cites (creating the unknown ones); undefined: no column. */
  refs(cells: Cells, line: number, cell: string | undefined): string[] {
    if (cell === undefined || cell.trim() === '') return [];
    const ids: string[] = [];
    for (const title of this.titles(cell)) {
      const key = nameKey(title);
      let id = this.byKey.get(key) ?? this.created.get(key)?.id;
      if (!id) {
        const check = sourceFields.safeParse({ title });
        if (!check.success) {
          cells.add(line, 'source', `Source title: ${check.error.issues[0]?.message ?? 'invalid'}`);
          continue;
        }
        id = newId();
        this.created.set(key, { id, title: check.data.title });
      }
      if (!ids.includes(id)) ids.push(id);
    }
    return ids;
  }

  private known(title: string): boolean {
    const key = nameKey(title);
    return this.byKey.has(key) || this.created.has(key);
  }

  /** "A|B": titles split on "|", except where a known title itself contains "|". */
  private titles(cell: string): string[] {
    const pieces = cell.split(SOURCE_SEPARATOR);
    if (pieces.length === 1) return cell.trim() ? [cell.trim()] : [];
    const titles: string[] = [];
    for (let i = 0; i < pieces.length; ) {
      let take = 1;
      for (let j = pieces.length; j > i + 1; j--) {
        if (this.known(pieces.slice(i, j).join(SOURCE_SEPARATOR))) {
          take = j - i;
          break;
        }
      }
      const title = pieces.slice(i, i + take).join(SOURCE_SEPARATOR).trim();
      if (title) titles.push(title);
      i += take;
    }
    return titles;
  }
}
