// Opens a workspace file: connection settings, then migrations.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { LodestoneError } from '../errors';
import { MIGRATIONS, type Migration } from './migrations';

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

/**
 * Brings the file to the last migration's version (SCHEMA_VERSION): every pending migration
 * in one immediate transaction, so a failure leaves the file as it was. The version is read
 * again once the write lock is held: two programs opening a new or old workspace at once (the
 * app and the CLI) would otherwise both see it unmigrated, and the second would fail on
 * tables the first made. `migrations` is a parameter for tests only.
 */
export function migrate(db: Db, file: string, migrations: readonly Migration[] = MIGRATIONS): void {
  const target = migrations[migrations.length - 1]!.version;
  const version = () => db.pragma('user_version', { simple: true }) as number;
  const seen = version();
  refuseNewer(seen, target, file);
  if (seen >= target) return;
  if (seen > 0) backUpBeforeMigrating(db, `${file}.before-v${target}.bak`);
  // Off for the migrations, on again after: a migration that rebuilds a table (005) drops it
  // while other tables still refer to it, which SQLite allows only with foreign keys off.
  // The pragma is a no-op inside a transaction, so it is set around it.
  const enforced = db.pragma('foreign_keys', { simple: true }) === 1;
  db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      const current = version();
      refuseNewer(current, target, file);
      if (current === 0) {
        const tables = db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'`).get() as { n: number };
        if (tables.n > 0) {
          throw new LodestoneError('schema', `${file} is an SQLite database but not a Lodestone workspace`);
        }
      }
      const pending = migrations.filter((m) => m.version > current);
      if (pending.length === 0) return; // another program migrated it while this one waited
      // References already dangling (a file damaged elsewhere) are not the migrations' doing:
      // they are left for the person to see, not a reason to lock them out of their file.
      const danglingBefore = current === 0 ? 0 : danglingReferences(db);
      db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT`);
      const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
      for (const migration of pending) {
        db.exec(migration.sql);
        record.run(migration.version, migration.name, new Date().toISOString());
        if (migration.version === 1) initialiseMeta(db, file);
        db.pragma(`user_version = ${migration.version}`);
      }
      const danglingAfter = danglingReferences(db);
      if (danglingAfter > danglingBefore) {
        throw new LodestoneError(
          'schema',
          `Cannot update ${file} to workspace schema ${target}: the update would leave ${danglingAfter - danglingBefore} row(s) referring to records that do not exist; the file was left as it was`,
        );
      }
    }).immediate();
  } finally {
    if (enforced) db.pragma('foreign_keys = ON');
  }
  if (seen > 0) compactAfterRebuild(db);
}

/**
 * A migration that rebuilds tables (005) leaves the old tables' pages free inside the file,
 * a third of a big workspace. SQLite reuses them for later writes, but the file would stay
 * that much bigger until then, so they are given back once, when they are a good part of it.
 * Best effort: VACUUM needs free disk space of about the file's size and no other program
 * in the middle of a write; if it cannot run, nothing is lost and the pages are reused.
 */
function compactAfterRebuild(db: Db): void {
  const free = db.pragma('freelist_count', { simple: true }) as number;
  const pages = db.pragma('page_count', { simple: true }) as number;
  if (free * 4 < pages) return;
  try {
    db.exec('VACUUM');
  } catch {
    // optional, as above; a failed VACUUM changes nothing
  }
}

/**
 * A copy of the file as it was, in case a migration surprises someone. VACUUM INTO cannot run
 * inside a transaction and refuses a target that exists, so two programs opening the file at
 * once (the app and the CLI) would collide on the name, and the second would fail to open
 * the workspace. Each writes a copy of its own and the first to finish takes the name: that
 * one began before any migration did. A later one is dropped (it may show the migrated file).
 */
function backUpBeforeMigrating(db: Db, backup: string): void {
  if (fs.existsSync(backup)) return;
  const own = `${backup}.${process.pid}.partial`;
  fs.rmSync(own, { force: true });
  db.prepare('VACUUM INTO ?').run(own);
  try {
    claimName(own, backup);
  } finally {
    fs.rmSync(own, { force: true });
  }
}

/** Gives `from`'s content the name `to` unless `to` exists: a hard link, or a copy where the file system has none. */
function claimName(from: string, to: string): void {
  try {
    fs.linkSync(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return;
    try {
      fs.copyFileSync(from, to, fs.constants.COPYFILE_EXCL);
    } catch (copyError) {
      if ((copyError as NodeJS.ErrnoException).code !== 'EEXIST') throw copyError;
    }
  }
}

function danglingReferences(db: Db): number {
  return (db.pragma('foreign_key_check') as unknown[]).length;
}

function refuseNewer(version: number, target: number, file: string): void {
  if (version > target) {
    throw new LodestoneError(
      'schema',
      `${file} was saved by a newer version of Lodestone (workspace schema ${version}; this version reads up to ${target}). Update Lodestone to open it.`,
    );
  }
}

function initialiseMeta(db: Db, file: string): void {
  const insert = db.prepare('INSERT INTO workspace_meta (key, value) VALUES (?, ?)');
  insert.run('workspace_id', crypto.randomUUID());
  insert.run('name', path.basename(file).replace(/\.(db|sqlite3?|lodestone-workspace)$/i, ''));
  insert.run('created_at', new Date().toISOString());
}
