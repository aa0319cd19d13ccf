import { newId } from '../model/ids';
import type { z } from 'zod';
import type { UpdateManyResult } from '../api';
import type { Tx } from '../store/changes';
import { issuesFromZod, LodestoneError, validationError } from '../errors';
import { TABLES, type RecordByTable, type TableName } from '../store/tables';
import type { Workspace } from '../workspace';

export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, context?: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(issuesFromZod(result.error), context);
  return result.data;
}

export function fieldError(path: string, message: string): LodestoneError {
  return validationError([{ path, message }]);
}

export function requireRecord<T extends TableName>(ws: Workspace, table: T, id: string, field?: string): RecordByTable[T] {
  const record = ws.get(table, id);
  if (record) return record;
  const message = `No ${TABLES[table].noun} with id "${id}"`;
  if (field) throw fieldError(field, message);
  throw new LodestoneError('not_found', message);
}

/** The records with these ids (repeats once), in the order given; refused at the first missing one as requireRecord would. */
export function requireRecords<T extends TableName>(ws: Workspace, table: T, ids: readonly string[], field?: string): RecordByTable[T][] {
  const unique = [...new Set(ids)];
  const found = ws.getMany(table, unique);
  return unique.map((id) => found.get(id) ?? requireRecord(ws, table, id, field));
}

export function requireNewId(ws: Workspace, table: TableName, id: string | undefined): string {
  if (id === undefined) return newId();
  if (ws.get(table, id)) throw fieldError('id', `A ${TABLES[table].noun} with id "${id}" already exists`);
  return id;
}

/** Refuses an update made from a stale copy of the record. */
export function checkRevision(table: TableName, current: { revision: number; id: string }, seen: number | undefined): void {
  if (seen !== undefined && seen !== current.revision) {
    throw new LodestoneError(
      'conflict',
      `This ${TABLES[table].noun} was changed since you opened it (revision ${current.revision}, you had ${seen}); reload it and edit again`,
    );
  }
}

export function quoted(text: string): string {
  return `"${text.length > 60 ? `${text.slice(0, 57)}...` : text}"`;
}

export function plural(n: number, noun: string): string {
  if (n === 1) return `${n} ${noun}`;
  return `${n} ${noun.endsWith('y') ? `${noun.slice(0, -1)}ies` : `${noun}s`}`;
}

export function emptyDeleteResult() {
  return { deleted: { materials: 0, facilities: 0, flows: 0, sources: 0, source_links: 0 } };
}

/**
 * Writes each record's next fields, checked by `schema` (a refusal names the record by
 * `name`), in the batch of `tx`; counts the records whose stored values changed.
 */
export function updateEach<T extends 'facilities' | 'flows'>(
  tx: Tx,
  table: T,
  schema: z.ZodType,
  records: readonly RecordByTable[T][],
  next: (current: RecordByTable[T]) => unknown,
  name: (current: RecordByTable[T]) => string,
): UpdateManyResult {
  let updated = 0;
  for (const current of records) {
    const fields = parseOrThrow(schema, next(current), name(current)) as Partial<RecordByTable[T]>;
    if (tx.update(table, current, fields) !== current) updated += 1;
  }
  return { updated, unchanged: records.length - updated };
}

/** "Set status to idle, owner_country cleared, tags + JV on 12 facilities": the label of a bulk update. */
export function bulkLabel(changes: Record<string, unknown>, count: number, noun: string, tags: { add?: readonly string[]; remove?: readonly string[] } = {}): string {
  const set = Object.entries(changes)
    .filter(([, value]) => value !== undefined)
    .map(([field, value]) => (value === null || value === '' ? `${field} cleared` : `${field} to ${String(value)}`));
  if (tags.add?.length) set.push(`tags + ${tags.add.join('; ')}`);
  if (tags.remove?.length) set.push(`tags - ${tags.remove.join('; ')}`);
  return `Set ${set.join(', ')} on ${plural(count, noun)}`;
}
