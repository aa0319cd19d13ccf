// Every write goes through a batch: the rows it touches are written and their before and
// after images recorded in change_log, in one transaction. Undo and redo replay the images.
import { LodestoneError } from '../errors';
import type { Workspace } from '../workspace';
import { BUSY_TIMEOUT_MS } from './open';
import { encodeRecord, TABLES, type AnyRecord, type RecordByTable, type TableName } from './tables';

export type BatchKind = 'edit' | 'import' | 'undo' | 'redo';

export function nowIso(): string {
  return new Date().toISOString();
}

const LOG_SQL = 'INSERT INTO change_log (batch_id, at, table_name, record_id, op, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)';
/**
 * Change-log entries are written LOG_CHUNK at a time with one multi-row INSERT: for a big
 * import that is about a third cheaper than one statement per entry (measured: 100,000
 * entries 0.6 s -> 0.4 s). Entries keep their order; flush() writes what is pending.
 */
const LOG_CHUNK = 32;
const LOG_CHUNK_SQL = `INSERT INTO change_log (batch_id, at, table_name, record_id, op, before, after) VALUES ${Array(LOG_CHUNK)
  .fill('(?, ?, ?, ?, ?, ?, ?)')
  .join(', ')}`;

/**
 * The writer handed to the body of a batch. Its change-log entries are buffered in small
 * groups: code that reads change_log inside a batch must call flush() first (writeBatch
 * flushes before it commits).
 */
export class Tx {
  readonly at: string;
  private written = 0;
  /** Values of the entries not yet written, 7 per entry. */
  private pending: unknown[] = [];

  constructor(
    private readonly ws: Workspace,
    readonly batchId: number,
  ) {
    this.at = nowIso();
  }

  get count(): number {
    return this.written;
  }

  /** Inserts a complete record as given (meta fields included). */
  insertExact<T extends TableName>(table: T, record: RecordByTable[T]): RecordByTable[T] {
    this.ws.prepare(INSERT_SQL[table]).run(encodeValues(table, record));
    this.log(table, record.id, 'insert', null, record);
    return record;
  }

  /**
   * Inserts complete records (meta fields included), for imports of thousands: the rows go
   * in BULK_ROWS at a time, and their change-log entries are then written by one statement
   * that builds each after image from the row just stored (SQLite's json_object), instead
   * of a JSON.stringify and a 7-value bind per record in JS (the bench's CSV import of 20,000
   * facilities and 100,000 flows: 2.3 s -> 1.8 s). The images hold the same values as
   * insertExact's, REALs to their last digit, in the order of the rows (insert-many.test.ts).
   */
  insertMany<T extends TableName>(table: T, records: readonly RecordByTable[T][]): void {
    if (records.length === 0) return;
    this.flush(); // entries already pending come first
    const ws = this.ws;
    const firstRowid = (ws.prepare(`SELECT coalesce(max(rowid), 0) FROM ${table}`).pluck().get() as number) + 1;
    const width = TABLES[table].columns.length;
    let i = 0;
    if (records.length >= BULK_ROWS) {
      const many = ws.prepare(bulkInsertSql(table));
      const values = new Array<unknown>(width * BULK_ROWS);
      for (; i + BULK_ROWS <= records.length; i += BULK_ROWS) {
        for (let k = 0; k < BULK_ROWS; k++) encodeInto(table, records[i + k]!, values, k * width);
        many.run(values);
      }
    }
    const one = ws.prepare(INSERT_SQL[table]);
    for (; i < records.length; i++) one.run(encodeValues(table, records[i]!));
    const lastRowid = firstRowid + records.length - 1;
    const logged = ws.prepare(bulkLogSql(table)).run(this.batchId, this.at, firstRowid, lastRowid).changes;
    if (logged !== records.length) {
      // rowids are max + 1 for every new row; anything else means the range is not ours
      throw new LodestoneError('internal', `${table}: wrote ${records.length} rows but logged ${logged}`);
    }
    this.written += records.length;
  }

  /** Inserts a new record: stamps created/updated and revision 1. */
  insert<T extends TableName>(table: T, fields: Omit<RecordByTable[T], 'created_at' | 'updated_at' | 'revision'>): RecordByTable[T] {
    const record = { ...fields, created_at: this.at, updated_at: this.at, revision: 1 } as RecordByTable[T];
    return this.insertExact(table, record);
  }

  /**
   * Replaces a record with `after` exactly (meta fields included). `before` must be the
   * stored row: only the columns that differ from it are written, so SQLite leaves alone the
   * indexes of the columns that stay (setting every column rewrote every flow index: 100,000
   * flows given a year and a confidence took 3.8 s, and as long to undo).
   */
  replaceExact<T extends TableName>(table: T, before: RecordByTable[T], after: RecordByTable[T]): RecordByTable[T] {
    const old = encodeValues(table, before);
    const values = encodeValues(table, after);
    let changed = '';
    const set: unknown[] = [];
    for (let i = 1; i < values.length; i++) {
      if (values[i] !== old[i]) {
        changed += `${i},`;
        set.push(values[i]);
      }
    }
    if (set.length > 0) {
      set.push(after.id);
      this.ws.prepare(updateSql(table, changed)).run(set);
    }
    this.log(table, after.id, 'update', before, after);
    return after;
  }

  /** Updates a record to new field values, bumping its revision; a no-op when nothing changed. */
  update<T extends TableName>(table: T, before: RecordByTable[T], fields: Partial<RecordByTable[T]>): RecordByTable[T] {
    const merged = { ...before, ...fields, id: before.id } as RecordByTable[T];
    if (sameContent(table, before, merged)) return before;
    const after = { ...merged, created_at: before.created_at, updated_at: this.at, revision: before.revision + 1 };
    return this.replaceExact(table, before, after);
  }

  remove<T extends TableName>(table: T, record: RecordByTable[T]): void {
    this.ws.prepare(`DELETE FROM ${table} WHERE id = ?`).run(record.id);
    this.log(table, record.id, 'delete', record, null);
  }

  /** Writes the change-log entries still buffered. */
  flush(): void {
    const pending = this.pending;
    if (pending.length === 0) return;
    this.pending = [];
    const single = this.ws.prepare(LOG_SQL);
    for (let i = 0; i < pending.length; i += 7) single.run(pending.slice(i, i + 7));
  }

  private log(table: TableName, id: string, op: string, before: AnyRecord | null, after: AnyRecord | null): void {
    this.written += 1;
    const pending = this.pending;
    pending.push(this.batchId, this.at, table, id, op, before ? JSON.stringify(before) : null, after ? JSON.stringify(after) : null);
    if (pending.length === LOG_CHUNK * 7) {
      this.ws.prepare(LOG_CHUNK_SQL).run(pending);
      pending.length = 0;
    }
  }
}

// Statements built once per table (the workspace caches them by this text), with positional
// parameters: imports write 100,000 rows through here, and binding by name costs more.
const TABLE_NAMES = Object.keys(TABLES) as TableName[];
const INSERT_SQL = Object.fromEntries(
  TABLE_NAMES.map((table) => {
    const columns = TABLES[table].columns;
    return [table, `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`];
  }),
) as Record<TableName, string>;
const UPDATE_SQLS = new Map<string, string>();
/** `UPDATE table SET <the columns at these indexes> WHERE id = ?`, built once per set of columns. */
function updateSql(table: TableName, changed: string): string {
  const key = `${table}|${changed}`;
  let sql = UPDATE_SQLS.get(key);
  if (sql === undefined) {
    const columns = TABLES[table].columns;
    if (columns[0] !== 'id') throw new Error(`${table}: id must be the first column`);
    const set = changed
      .split(',')
      .filter(Boolean)
      .map((i) => `${columns[Number(i)]} = ?`);
    sql = `UPDATE ${table} SET ${set.join(', ')} WHERE id = ?`;
    UPDATE_SQLS.set(key, sql);
  }
  return sql;
}
const COLUMN_KINDS = Object.fromEntries(
  TABLE_NAMES.map((table) => {
    const spec = TABLES[table];
    return [table, spec.columns.map((c) => [c, spec.json.includes(c) ? 1 : spec.bool.includes(c) ? 2 : 0] as const)];
  }),
) as Record<TableName, (readonly [string, 0 | 1 | 2])[]>;

/** The record's column values in table column order, encoded as encodeRecord does. */
function encodeValues(table: TableName, record: AnyRecord): unknown[] {
  const values = new Array<unknown>(COLUMN_KINDS[table].length);
  encodeInto(table, record, values, 0);
  return values;
}

/** encodeValues written into `values` from `offset`. */
function encodeInto(table: TableName, record: AnyRecord, values: unknown[], offset: number): void {
  const source = record as unknown as Record<string, unknown>;
  const columns = COLUMN_KINDS[table];
  for (let i = 0; i < columns.length; i++) {
    const [column, kind] = columns[i]!;
    const value = source[column];
    values[offset + i] = kind === 0 ? (value ?? null) : kind === 1 ? JSON.stringify(value ?? []) : value ? 1 : 0;
  }
}

/** Rows per statement in insertMany (measured: 64 a little faster than 16 or 256). */
const BULK_ROWS = 64;

function bulkInsertSql(table: TableName): string {
  const columns = TABLES[table].columns;
  const row = `(${columns.map(() => '?').join(', ')})`;
  return `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${Array(BULK_ROWS).fill(row).join(', ')}`;
}

/**
 * The change-log entries of the rows in a rowid range, their after images built by SQLite
 * as JSON.stringify would build them from the records: JSON columns as JSON, booleans as
 * true/false, REALs printed with printf's %!.17g (json_object alone keeps 15 digits, so
 * 0.1 + 0.2 would come back as 0.3; %!.17g is the shortest text that reads back exactly;
 * printf turns NULL into 0.0, hence the iif).
 */
function bulkLogSql(table: TableName): string {
  const spec = TABLES[table];
  const image = spec.columns
    .map((c) => {
      const value = spec.json.includes(c)
        ? `json(${c})`
        : spec.bool.includes(c)
          ? `json(CASE ${c} WHEN 1 THEN 'true' ELSE 'false' END)`
          : spec.real.includes(c)
            ? `iif(${c} IS NULL, NULL, json(printf('%!.17g', ${c})))`
            : c;
      return `'${c}', ${value}`;
    })
    .join(', ');
  return `INSERT INTO change_log (batch_id, at, table_name, record_id, op, before, after)
    SELECT ?, ?, '${table}', id, 'insert', NULL, json_object(${image}) FROM ${table} WHERE rowid BETWEEN ? AND ? ORDER BY rowid`;
}

const META_FIELDS = new Set(['created_at', 'updated_at', 'revision']);

/** The fields, other than id and the meta fields, whose stored values differ, in column order. */
export function changedFields(table: TableName, a: AnyRecord, b: AnyRecord): string[] {
  const left = encodeRecord(table, a);
  const right = encodeRecord(table, b);
  return TABLES[table].columns.filter((c) => c !== 'id' && !META_FIELDS.has(c) && left[c] !== right[c]);
}

export function sameContent(table: TableName, a: AnyRecord, b: AnyRecord): boolean {
  const left = encodeRecord(table, a);
  const right = encodeRecord(table, b);
  return TABLES[table].columns.every((c) => META_FIELDS.has(c) || left[c] === right[c]);
}

export interface BatchOptions {
  label: string;
  kind?: BatchKind;
  reverts?: number;
  /**
   * Check foreign keys once, for the whole batch, at its end instead of row by row: for
   * big imports whose references the caller has already resolved. A violation still
   * refuses the whole batch.
   */
  checkForeignKeysAtEnd?: boolean;
}

/**
 * Runs `body` in one immediate transaction as a recorded batch. A batch that writes
 * nothing leaves no trace; an edit or import that writes something ends the redo stack.
 */
export function writeBatch<R>(ws: Workspace, options: BatchOptions, body: (tx: Tx) => R): R {
  // The pragma is a no-op inside an open transaction, where row-by-row checks simply stay on.
  const deferChecks = options.checkForeignKeysAtEnd === true && !ws.db.inTransaction;
  if (!deferChecks) return notBusy(() => runBatch(ws, options, body, false));
  ws.db.pragma('foreign_keys = OFF');
  try {
    return notBusy(() => runBatch(ws, options, body, true));
  } finally {
    ws.db.pragma('foreign_keys = ON');
  }
}

/**
 * Runs an operation that reads, checks (revision, references) and then writes through
 * writeBatch, in one immediate transaction: the write lock is taken before the read, so
 * another program's commit cannot land between the check and the write and be overwritten
 * (a lost update). The batch inside nests as a savepoint.
 */
export function readThenWrite<R>(ws: Workspace, body: () => R): R {
  return notBusy(() => ws.db.transaction(body).immediate());
}

export const BUSY_MESSAGE = `The workspace is busy: another program has been writing to it for over ${BUSY_TIMEOUT_MS / 1000} s; nothing was changed, try again in a moment`;

/** SQLite's "database is locked" (the busy timeout ran out) as a message a person can act on. */
function notBusy<R>(body: () => R): R {
  try {
    return body();
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))) {
      throw new LodestoneError('conflict', BUSY_MESSAGE);
    }
    throw error;
  }
}

function runBatch<R>(ws: Workspace, options: BatchOptions, body: (tx: Tx) => R, checkAtEnd: boolean): R {
  const kind = options.kind ?? 'edit';
  return ws.db
    .transaction(() => {
      const batchId = Number(
        ws
          .prepare('INSERT INTO change_batches (at, label, kind, reverts) VALUES (?, ?, ?, ?)')
          .run(nowIso(), options.label, kind, options.reverts ?? null).lastInsertRowid,
      );
      const tx = new Tx(ws, batchId);
      const result = body(tx);
      tx.flush();
      if (checkAtEnd) {
        // The record tables only: change_log and change_batches rows are this function's own,
        // pointing at the batch it just made, and change_log grows with every edit (measured:
        // 25 ms of the 100 ms check after the bench's import, and more in a long history).
        const broken = TABLE_NAMES.flatMap((table) => ws.db.pragma(`foreign_key_check(${table})`) as { table: string; rowid: number; parent: string }[]);
        if (broken.length > 0) {
          const first = broken[0]!;
          throw new LodestoneError(
            'constraint',
            `${options.label}: ${broken.length} row(s) refer to missing records (first: a row of ${first.table} refers to a missing ${first.parent} record); nothing was written`,
          );
        }
      }
      if (tx.count === 0) {
        ws.prepare('DELETE FROM change_batches WHERE id = ?').run(batchId);
      } else if (kind === 'edit' || kind === 'import') {
        ws.prepare(`UPDATE change_batches SET state = 'discarded' WHERE state = 'undone'`).run();
      }
      return result;
    })
    .immediate();
}
