// A copy of the workspace file taken before a merge, beside it.
import fs from 'node:fs';
import { LodestoneError } from '../errors';
import { claimName, partialName } from '../store/claim-name';
import type { Workspace } from '../workspace';

/**
 * VACUUM INTO: a consistent, compact copy (sync, unlike better-sqlite3's db.backup()). It is
 * written under a name of this program's own and then given the first free name of the
 * stamp: two programs merging into one workspace in the same millisecond (the app and a CLI
 * script) would otherwise both pick the same name, and VACUUM INTO refuses a target that
 * exists, so the second merge would fail. `at` is a parameter for tests only.
 */
export function backupWorkspace(ws: Workspace, purpose: string, at: Date = new Date()): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  const base = `${ws.path}.before-${purpose}-${stamp}`;
  const own = partialName(base);
  try {
    fs.rmSync(own, { force: true });
    ws.db.prepare('VACUUM INTO ?').run(own);
    for (let n = 1; ; n++) {
      const file = n === 1 ? `${base}.bak` : `${base}-${n}.bak`;
      if (claimName(own, file)) return file;
    }
  } catch (error) {
    throw new LodestoneError('io', `Cannot back up the workspace to ${base}.bak before the ${purpose}: ${(error as Error).message}; nothing was merged`);
  } finally {
    fs.rmSync(own, { force: true });
  }
}
