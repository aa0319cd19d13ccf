// A workspace: one SQLite file, opened with its settings and migrated.
import type Database from 'better-sqlite3';
import { openDatabase, type Db, type OpenOptions } from './store/open';
import { decodeRow, TABLES, type RecordByTable, type TableName } from './store/tables';

export class Workspace {
  readonly db: Db;
  readonly path: string;
  private readonly statements = new Map<string, Database.Statement>();
  private closed = false;

  constructor(file: string, options: OpenOptions = {}) {
    this.path = file;
    this.db = openDatabase(file, options);
  }

  /** A prepared statement, cached by its SQL text. */
  prepare(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  meta(key: string): string | undefined {
    const row = this.prepare('SELECT value FROM workspace_meta WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value;
  }

  get<T extends TableName>(table: T, id: string): RecordByTable[T] | undefined {
    const row = this.prepare(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
    return row ? decodeRow(table, row) : undefined;
  }

  /** The records with these ids that exist, by id: one statement for thousands of ids. */
  getMany<T extends TableName>(table: T, ids: readonly string[]): Map<string, RecordByTable[T]> {
    const rows = this.prepare(`SELECT * FROM ${table} WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as Record<string, unknown>[];
    const found = new Map<string, RecordByTable[T]>();
    for (const row of rows) found.set(row.id as string, decodeRow(table, row));
    return found;
  }

  all<T extends TableName>(table: T, orderBy = 'rowid'): RecordByTable[T][] {
    const rows = this.prepare(`SELECT ${TABLES[table].columns.join(', ')} FROM ${table} ORDER BY ${orderBy}`).all() as Record<
      string,
      unknown
    >[];
    return rows.map((row) => decodeRow(table, row));
  }

  count(table: TableName): number {
    return (this.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  }

  /** Checkpoints the WAL into the main file and closes; safe to call twice. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      this.db.close();
    }
  }
}

export type { OpenOptions };

/** Opens (creating and migrating as needed) the workspace in `file`; see OpenOptions. */
export function openWorkspace(file: string, options: OpenOptions = {}): Workspace {
  return new Workspace(file, options);
}
