// Opens a workspace file: connection settings, then migrations (migrate.ts).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { LodestoneError } from '../errors';
import { migrate } from './migrate';

export type Db = Database.Database;

/**
 * synchronous=NORMAL with WAL. What it promises:
 * - A crash of the process (killed, out of memory, a bug) loses nothing committed: a commit
 *   has written its frames to the WAL file (the OS holds them) before it returns, and the
 *   next open replays them. A transaction cut off before its commit leaves no trace.
 *   db/test/faults/crash.test.ts SIGKILLs imports, merges and edits to prove it.
 * - A power loss or OS crash never corrupts the file either, but may roll back the newest
 *   commits, each whole, never in part: the WAL is fsynced only when it is checkpointed
 *   (SQLite's auto-checkpoint at 1,000 pages written, and on close), so what was committed
 *   since then is safe only once the OS has written it out (Linux: within about 30 s).
 * FULL would fsync the WAL at every commit (power-safe to the last edit) and makes single
 * edits several times slower; the laptop's battery makes power loss the rare case.
 */
export const SYNCHRONOUS = 'NORMAL';
export const BUSY_TIMEOUT_MS = 5_000;

export interface OpenOptions {
  /**
   * Path of the better_sqlite3.node to load instead of the one installed with the package
   * (better-sqlite3's `nativeBinding` option). The desktop app run from a checkout needs an
   * Electron-ABI build while node_modules holds the Node one (see electron/dev-native.ts).
   */
  nativeBinding?: string;
}

export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const dir = path.dirname(path.resolve(file));
  if (!fs.existsSync(dir)) {
    throw new LodestoneError('io', `Cannot create workspace ${file}: folder ${dir} does not exist`);
  }
  // resolved as better-sqlite3 resolves it
  const binding = options.nativeBinding ? path.resolve(options.nativeBinding).replace(/(\.node)?$/, '.node') : undefined;
  if (binding !== undefined && !fs.existsSync(binding)) {
    throw new LodestoneError('io', `Cannot load SQLite: the native module ${binding} does not exist`);
  }
  let db: Db;
  try {
    db = new Database(file, binding !== undefined ? { nativeBinding: binding } : {});
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_DLOPEN_FAILED') {
      // a native module built for another runtime (Node vs Electron) or platform
      const which = binding ?? 'of better-sqlite3';
      throw new LodestoneError('io', `Cannot load SQLite: the native module ${which} does not fit this runtime: ${(error as Error).message}`);
    }
    throw new LodestoneError('io', `Cannot open workspace ${file}: ${(error as Error).message}`);
  }
  try {
    configure(db, file);
    migrate(db, file);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function configure(db: Db, file: string): void {
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // Larger pages for a new file: fewer B-tree pages per row written (big imports ~10% faster).
    // Only takes effect before the first table exists, so existing files keep theirs.
    db.pragma('page_size = 16384');
    enterWal(db);
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_NOTADB') {
      throw new LodestoneError('schema', `${file} is not a Lodestone workspace (not an SQLite database)`);
    }
    throw error;
  }
  db.pragma(`synchronous = ${SYNCHRONOUS}`);
  db.pragma('foreign_keys = ON');
  db.pragma('trusted_schema = OFF');
}

/**
 * Switches the file to WAL (a no-op once it is). Switching takes an exclusive lock, and when
 * two programs open a new file at the same moment SQLite reports the loser busy at once,
 * without its busy handler, so this retries for as long as the busy timeout.
 */
function enterWal(db: Db): void {
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  for (;;) {
    try {
      db.pragma('journal_mode = WAL');
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() > deadline) throw error;
      Atomics.wait(RETRY_CLOCK, 0, 0, 5); // a synchronous 5 ms pause: the whole open is synchronous
    }
  }
}
const RETRY_CLOCK = new Int32Array(new SharedArrayBuffer(4));
