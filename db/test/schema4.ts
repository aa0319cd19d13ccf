// A workspace as the previous version of Lodestone (schema 4) left it, for the tests of
// migration 5: the first four migrations, then the rows of a current workspace copied in.
import Database from 'better-sqlite3';
import { MIGRATIONS } from '../store/migrations';

type Db = Database.Database;

export function userTables(db: Db): string[] {
  return db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).pluck().all() as string[];
}

/** Writes a schema-4 workspace file at `file` holding every row of the workspace file `from`. */
export function schema4Copy(from: string, file: string): void {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = OFF'); // tables are copied in name order, not parents first
  db.exec(`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT`);
  for (const migration of MIGRATIONS.filter((m) => m.version <= 4)) {
    db.exec(migration.sql);
    db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(migration.version, migration.name, '2026-01-01T00:00:00.000Z');
  }
  db.pragma('user_version = 4');
  db.prepare('ATTACH ? AS source').run(from);
  for (const table of userTables(db).filter((name) => name !== 'schema_migrations')) {
    db.exec(`INSERT INTO main.${table} SELECT * FROM source.${table} ORDER BY rowid`);
  }
  db.exec('DETACH source');
  db.close();
}

/** Tables that migrations after 5 create: a workspace brought across from schema 4 gets them empty. */
export const LATER_TABLES: ReadonlySet<string> = new Set(
  MIGRATIONS.filter((m) => m.version > 5).flatMap((m) => [...m.sql.matchAll(/CREATE TABLE (\w+)/g)].map((match) => match[1]!)),
);

/** Every row of every table but schema_migrations, in rowid order; later tables only when they hold rows. */
export function contents(db: Db): Record<string, unknown[]> {
  const tables = userTables(db).filter((name) => name !== 'schema_migrations');
  const rows = tables.map((table) => [table, db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all()] as const);
  return Object.fromEntries(rows.filter(([table, all]) => all.length > 0 || !LATER_TABLES.has(table)));
}
