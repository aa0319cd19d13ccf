import type { LinkManyResult } from '../api';
import { newId } from '../model/ids';
import { LodestoneError } from '../errors';
import { sourceFields, type Source, type SourceFields, type SourceLink } from '../model/schemas';
import { readThenWrite, writeBatch, type Tx } from '../store/changes';
import { CITED_TABLES, TABLES } from '../store/tables';
import type { Workspace } from '../workspace';
import { checkRevision, emptyDeleteResult, parseOrThrow, plural, quoted, requireNewId, requireRecord, requireRecords } from './common';

export function listSources(ws: Workspace): Source[] {
  return ws.all('sources', 'title COLLATE NOCASE');
}

export function findSourceByTitle(ws: Workspace, title: string): Source | undefined {
  const row = ws.prepare('SELECT id FROM sources WHERE title = ? COLLATE NOCASE ORDER BY created_at LIMIT 1').get(title.trim()) as
    | { id: string }
    | undefined;
  return row ? ws.get('sources', row.id) : undefined;
}

export function insertSource(ws: Workspace, tx: Tx, fields: SourceFields & { id?: string }): Source {
  return tx.insert('sources', { ...fields, id: requireNewId(ws, 'sources', fields.id) });
}

export function createSource(ws: Workspace, input: SourceFields & { id?: string }): Source {
  return writeBatch(ws, { label: `Create source ${quoted(input.title)}` }, (tx) => insertSource(ws, tx, input));
}

export function updateSource(ws: Workspace, input: { id: string; revision?: number; changes: Partial<SourceFields> }): Source {
  return readThenWrite(ws, () => {
    const current = requireRecord(ws, 'sources', input.id);
    checkRevision('sources', current, input.revision);
    const fields = parseOrThrow(sourceFields, { ...current, ...input.changes });
    return writeBatch(ws, { label: `Edit source ${quoted(fields.title)}` }, (tx) => tx.update('sources', current, fields));
  });
}

export function deleteSource(ws: Workspace, id: string) {
  return readThenWrite(ws, () => {
    const source = requireRecord(ws, 'sources', id);
    return writeBatch(ws, { label: `Delete source ${quoted(source.title)}` }, (tx) => {
      const result = emptyDeleteResult();
      const links = ws.prepare('SELECT * FROM source_links WHERE source_id = ?').all(id) as SourceLink[];
      for (const link of links) tx.remove('source_links', link);
      tx.remove('sources', source);
      result.deleted.source_links = links.length;
      result.deleted.sources = 1;
      return result;
    });
  });
}

export function listLinks(ws: Workspace, filter: { source_id?: string; record_type?: string; record_id?: string }): SourceLink[] {
  const clauses: string[] = [];
  const params: string[] = [];
  for (const key of ['source_id', 'record_type', 'record_id'] as const) {
    const value = filter[key];
    if (value !== undefined) {
      clauses.push(`${key} = ?`);
      params.push(value);
    }
  }
  const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
  return ws.prepare(`SELECT * FROM source_links ${where} ORDER BY created_at, id`).all(...params) as SourceLink[];
}

export function insertLink(
  ws: Workspace,
  tx: Tx,
  input: { source_id: string; record_type: SourceLink['record_type']; record_id: string; note: string },
): SourceLink {
  requireRecord(ws, 'sources', input.source_id, 'source_id');
  requireRecord(ws, CITED_TABLES[input.record_type], input.record_id, 'record_id');
  const existing = ws
    .prepare('SELECT * FROM source_links WHERE source_id = ? AND record_type = ? AND record_id = ?')
    .get(input.source_id, input.record_type, input.record_id) as SourceLink | undefined;
  if (existing) return existing;
  return tx.insert('source_links', { ...input, id: newId() });
}

export function linkSource(
  ws: Workspace,
  input: { source_id: string; record_type: SourceLink['record_type']; record_id: string; note: string },
): SourceLink {
  const source = requireRecord(ws, 'sources', input.source_id, 'source_id');
  return writeBatch(ws, { label: `Cite ${quoted(source.title)} for a ${input.record_type}` }, (tx) => insertLink(ws, tx, input));
}

/** Cites one source for many records of a type, as one step; refused whole if any record is missing. */
export function linkSourceMany(
  ws: Workspace,
  input: { source_id: string; record_type: SourceLink['record_type']; record_ids: readonly string[]; note: string },
): LinkManyResult {
  return readThenWrite(ws, () => {
    const source = requireRecord(ws, 'sources', input.source_id, 'source_id');
    const table = CITED_TABLES[input.record_type];
    const ids = requireRecords(ws, table, input.record_ids, 'record_ids').map((r) => r.id);
    const cited = new Set(
      ws
        .prepare('SELECT record_id FROM source_links WHERE source_id = ? AND record_type = ?')
        .pluck()
        .all(input.source_id, input.record_type) as string[],
    );
    const toLink = ids.filter((id) => !cited.has(id));
    const label = `Cite ${quoted(source.title)} for ${plural(toLink.length, TABLES[table].noun)}`;
    writeBatch(ws, { label }, (tx) => {
      for (const record_id of toLink) {
        tx.insert('source_links', { source_id: input.source_id, record_type: input.record_type, record_id, note: input.note, id: newId() });
      }
    });
    return { linked: toLink.length, already: ids.length - toLink.length };
  });
}

export function unlinkSource(ws: Workspace, id: string) {
  return readThenWrite(ws, () => {
    const link = ws.get('source_links', id);
    if (!link) throw new LodestoneError('not_found', `No source link with id "${id}"`);
    const source = ws.get('sources', link.source_id);
    return writeBatch(ws, { label: `Remove citation ${quoted(source?.title ?? link.source_id)}` }, (tx) => {
      tx.remove('source_links', link);
      const result = emptyDeleteResult();
      result.deleted.source_links = 1;
      return result;
    });
  });
}
