// Undo and redo over the change log. Undo restores each row's before image exactly (same
// revision and timestamps), so the workspace returns to the state it had; redo restores
// the after images. A row changed since (by another program) stops the step with a message.
import { LodestoneError } from '../errors';
import type { Workspace } from '../workspace';
import { readThenWrite, writeBatch, type Tx } from './changes';
import { isTableName, parseImage, TABLES, type AnyRecord, type TableName } from './tables';

interface BatchRow {
  id: number;
  label: string;
}

interface LogRow {
  table_name: string;
  record_id: string;
  before: string | null;
  after: string | null;
}

export function undoCandidate(ws: Workspace): BatchRow | undefined {
  return ws
    .prepare(
      `SELECT id, label FROM change_batches WHERE state = 'done' AND kind IN ('edit', 'import') ORDER BY id DESC LIMIT 1`,
    )
    .get() as BatchRow | undefined;
}

export function redoCandidate(ws: Workspace): BatchRow | undefined {
  return ws
    .prepare(
      `SELECT b.id, b.label FROM change_batches b
         JOIN change_batches u ON u.reverts = b.id AND u.kind = 'undo'
        WHERE b.state = 'undone'
        ORDER BY u.id DESC LIMIT 1`,
    )
    .get() as BatchRow | undefined;
}

export function undo(ws: Workspace): BatchRow {
  return readThenWrite(ws, () => {
    const target = undoCandidate(ws);
    if (!target) throw new LodestoneError('conflict', 'Nothing to undo');
    replay(ws, target, 'undo');
    return target;
  });
}

export function redo(ws: Workspace): BatchRow {
  return readThenWrite(ws, () => {
    const target = redoCandidate(ws);
    if (!target) throw new LodestoneError('conflict', 'Nothing to redo');
    replay(ws, target, 'redo');
    return target;
  });
}

function replay(ws: Workspace, target: BatchRow, direction: 'undo' | 'redo'): void {
  const entries = ws
    .prepare(
      `SELECT table_name, record_id, before, after FROM change_log WHERE batch_id = ? ORDER BY id ${direction === 'undo' ? 'DESC' : 'ASC'}`,
    )
    .all(target.id) as LogRow[];
  const label = `${direction === 'undo' ? 'Undo' : 'Redo'} ${target.label}`;
  writeBatch(ws, { label, kind: direction, reverts: target.id }, (tx) => {
    for (const entry of entries) {
      const from = parseImage(direction === 'undo' ? entry.after : entry.before);
      const to = parseImage(direction === 'undo' ? entry.before : entry.after);
      applyImage(ws, tx, entry, from, to, target.label, direction);
    }
    ws.prepare('UPDATE change_batches SET state = ? WHERE id = ?').run(direction === 'undo' ? 'undone' : 'done', target.id);
  });
}

function applyImage(
  ws: Workspace,
  tx: Tx,
  entry: LogRow,
  expected: AnyRecord | null,
  next: AnyRecord | null,
  label: string,
  direction: string,
): void {
  const table = entry.table_name;
  if (!isTableName(table)) throw new LodestoneError('internal', `Unknown table ${table} in the change log`);
  const current = ws.get(table, entry.record_id);
  if (!sameVersion(current, expected)) {
    throw new LodestoneError(
      'conflict',
      `Cannot ${direction} "${label}": ${TABLES[table].noun} ${entry.record_id} was changed since, perhaps by another program`,
    );
  }
  writeImage(tx, table, current ?? null, next);
}

function writeImage(tx: Tx, table: TableName, current: AnyRecord | null, next: AnyRecord | null): void {
  if (next === null) {
    if (current) tx.remove(table, current as never);
  } else if (current === null) {
    tx.insertExact(table, next as never);
  } else {
    tx.replaceExact(table, current as never, next as never);
  }
}

function sameVersion(current: AnyRecord | undefined, expected: AnyRecord | null): boolean {
  if (!current || !expected) return !current && !expected;
  return current.revision === expected.revision && current.updated_at === expected.updated_at;
}
