// What the native file dialogs offer, by file kind. Pure.
import path from 'node:path';
import type { OpenKind } from './shell-contract';

export interface FileFilter {
  name: string;
  extensions: string[];
}

const ALL: FileFilter = { name: 'All files', extensions: ['*'] };
export const WORKSPACE_FILTERS: FileFilter[] = [{ name: 'Lodestone workspace', extensions: ['db', 'sqlite', 'sqlite3'] }, ALL];
const BY_EXTENSION: Readonly<Record<string, FileFilter>> = {
  lodestone: { name: 'Lodestone snapshot', extensions: ['lodestone'] },
  csv: { name: 'CSV', extensions: ['csv'] },
  graphml: { name: 'GraphML', extensions: ['graphml'] },
  gexf: { name: 'GEXF', extensions: ['gexf'] },
  cyjs: { name: 'Cytoscape JSON', extensions: ['cyjs'] },
  json: { name: 'JSON', extensions: ['json'] },
  png: { name: 'PNG image', extensions: ['png'] },
  svg: { name: 'SVG image', extensions: ['svg'] },
};

/** For a save dialog: the suggested name's own type first, then any file. */
export function saveFilters(name: string): FileFilter[] {
  const ext = path.extname(name).slice(1).toLowerCase();
  const own = BY_EXTENSION[ext];
  return own ? [own, ALL] : [ALL];
}

export function openFilters(kind: OpenKind): FileFilter[] {
  return [kind === 'snapshot' ? BY_EXTENSION.lodestone! : BY_EXTENSION.csv!, ALL];
}

/** The chosen path, with `ext` appended when the person typed a name without any (GTK dialogs do not add it). */
export function withExtension(file: string, ext: string): string {
  return path.extname(file) ? file : `${file}${ext}`;
}
