// A copy of the workspace file taken before a merge, beside it.
import fs from 'node:fs';
import { LodestoneError } from '../errors';
import type { Workspace } from '../workspace';

/** VACUUM INTO: a consistent, compact copy (sync, unlike better-sqlite3's db.backup()). */
export function backupWorkspace(ws: Workspace, purpose: string): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  let file = `${ws.path}.before-${purpose}-${stamp}.bak`;
  for (let n = 2; fs.existsSync(file); n++) file = `${ws.path}.before-${purpose}-${stamp}-${n}.bak`;
  try {
    ws.db.prepare('VACUUM INTO ?').run(file);
  } catch (error) {
    throw new LodestoneError('io', `Cannot back up the workspace to ${file} before the ${purpose}: ${(error as Error).message}; nothing was merged`);
  }
  return file;
}
