// "Save a copy as": the open workspace written to another file with SQLite's online backup
// API (better-sqlite3's db.backup), which copies a consistent image page by page while the
// workspace stays open and usable. Used by the desktop shell (File > Save a Copy As, after a
// native dialog) and the CLI (`lodestone save-copy`). It is not an api.ts operation: the
// service is synchronous and the renderer never names paths on the host's disk.
import fs from 'node:fs';
import path from 'node:path';
import { LodestoneError } from './errors';
import type { Workspace } from './workspace';

export interface WorkspaceCopy {
  path: string;
  bytes: number;
}

function samePath(a: string, b: string): boolean {
  const norm = (p: string) => {
    const resolved = path.resolve(p);
    try {
      return fs.realpathSync(resolved);
    } catch {
      return resolved;
    }
  };
  const [x, y] = [norm(a), norm(b)];
  // Windows and default macOS volumes ignore case: treat names differing only in case as one file.
  return process.platform === 'win32' || process.platform === 'darwin' ? x.toLowerCase() === y.toLowerCase() : x === y;
}

/**
 * Copies the workspace to `dest`, replacing any file there only once the copy is complete
 * (written beside it under a temporary name, then renamed), so a failed copy never leaves a
 * half-written workspace behind. Refuses to copy a workspace onto itself.
 */
export async function saveWorkspaceCopy(ws: Workspace, dest: string): Promise<WorkspaceCopy> {
  const target = path.resolve(dest);
  if (samePath(target, ws.path)) {
    throw new LodestoneError('validation', `${target} is the open workspace; choose another file for the copy`);
  }
  const partial = path.join(path.dirname(target), `.${path.basename(target)}.partial-${process.pid}-${Date.now()}`);
  try {
    await ws.db.backup(partial);
    // A stale journal beside the destination would be replayed into the copy on first open.
    for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(target + suffix, { force: true });
    fs.renameSync(partial, target);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw new LodestoneError('io', `Cannot save a copy of the workspace to ${target}: ${(error as Error).message}`);
  }
  return { path: target, bytes: fs.statSync(target).size };
}
