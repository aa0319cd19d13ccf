// Bringing a workspace file to the current schema: the numbered migrations (migrations/) in
// one transaction, after a backup copy of the file, with foreign keys checked at the end and
// the file compacted after a table rebuild.
import fs from 'node:fs';
import path from 'node:path';
import { LodestoneError } from '../errors';
import { claimName, partialName } from './claim-name';
import { MIGRATIONS, type Migration } from './migrations';
import type { Db } from './open';

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
  const own = partialName(backup);
  fs.rmSync(own, { force: true });
  db.prepare('VACUUM INTO ?').run(own);
  try {
    claimName(own, backup);
  } finally {
    fs.rmSync(own, { force: true });
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
