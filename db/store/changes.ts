// Every write goes through a batch: the rows it touches are written and their before and
// after images recorded in change_log, in one transaction. Undo and redo replay the images.
import type Database from 'better-sqlite3';
import type { Workspace } from '../workspace';
import { encodeRecord, TABLES, type AnyRecord, type RecordByTable, type TableName } from './tables';

export type BatchKind = 'edit' | 'import' | 'undo' | 'redo';

export function nowIso(): string {
  return new Date().toISOString();
}

/** The writer handed to the body of a batch. */
export class Tx {
  readonly at: string;
  private written = 0;
  private readonly logStatement: Database.Statement;

  constructor(
    private readonly ws: Workspace,
    readonly batchId: number,
  ) {
    this.at = nowIso();
    this.logStatement = ws.prepare(
      'INSERT INTO change_log (batch_id, at, table_name, record_id, op, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
  }

  get count(): number {
    return this.written;
  }

  /** Inserts a complete record as given (meta fields included). */
  insertExact<T extends TableName>(table: T, record: RecordByTable[T]): RecordByTable[T] {
    this.ws.prepare(insertSql(table)).run(encodeRecord(table, record));
    this.log(table, record.id, 'insert', null, record);
    return record;
  }

  /** Inserts a new record: stamps created/updated and revision 1. */
  insert<T extends TableName>(table: T, fields: Omit<RecordByTable[T], 'created_at' | 'updated_at' | 'revision'>): RecordByTable[T] {
    const record = { ...fields, created_at: this.at, updated_at: this.at, revision: 1 } as RecordByTable[T];
    return this.insertExact(table, record);
  }

  /** Replaces a record with `after` exactly (meta fields included). */
  replaceExact<T extends TableName>(table: T, before: RecordByTable[T], after: RecordByTable[T]): RecordByTable[T] {
    this.ws.prepare(updateSql(table)).run(encodeRecord(table, after));
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

  private log(table: TableName, id: string, op: string, before: AnyRecord | null, after: AnyRecord | null): void {
    this.written += 1;
    this.logStatement.run(
      this.batchId,
      this.at,
      table,
      id,
      op,
      before ? JSON.stringify(before) : null,
      after ? JSON.stringify(after) : null,
    );
  }
}

function insertSql(table: TableName): string {
  const columns = TABLES[table].columns;
  return `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`;
}

function updateSql(table: TableName): string {
  const columns = TABLES[table].columns.filter((c) => c !== 'id');
  return `UPDATE ${table} SET ${columns.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`;
}

const META_FIELDS = new Set(['created_at', 'updated_at', 'revision']);

export function sameContent(table: TableName, a: AnyRecord, b: AnyRecord): boolean {
  const left = encodeRecord(table, a);
  const right = encodeRecord(table, b);
  return TABLES[table].columns.every((c) => META_FIELDS.has(c) || left[c] === right[c]);
}

export interface BatchOptions {
  label: string;
  kind?: BatchKind;
  reverts?: number;
}

/**
 * Runs `body` in one immediate transaction as a recorded batch. A batch that writes
 * nothing leaves no trace; an edit or import that writes something ends the redo stack.
 */
export function writeBatch<R>(ws: Workspace, options: BatchOptions, body: (tx: Tx) => R): R {
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
      if (tx.count === 0) {
        ws.prepare('DELETE FROM change_batches WHERE id = ?').run(batchId);
      } else if (kind === 'edit' || kind === 'import') {
        ws.prepare(`UPDATE change_batches SET state = 'discarded' WHERE state = 'undone'`).run();
      }
      return result;
    })
    .immediate();
}
