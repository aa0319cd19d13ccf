// Exporting a snapshot: the records the filter selects, serialised once as canonical JSON
// (hashed, and spliced into the file as is), gzip-compressed. The export is recorded in the
// snapshot history and its record versions as sent (see versions.ts).
import { gzipSync } from 'node:zlib';
import { LodestoneError } from '../errors';
import { nameKey } from '../csv/format';
import { SNAPSHOT_EXTENSION, SNAPSHOT_FORMAT, SNAPSHOT_TABLES, SNAPSHOT_VERSION, type SnapshotFilter } from '../model/snapshot';
import { nowIso } from '../store/changes';
import type { Workspace } from '../workspace';
import { canonicalJson, sha256Hex, withSortedKeys } from './canonical';
import { recordHistory } from './history';
import { selectRecords } from './select';
import type { SnapshotCounts, SnapshotHeader, SnapshotRecords } from './types';
import { rememberVersions } from './versions';

/**
 * gzip level 3: measured on the bench's 20k/100k snapshot, level 6 takes about twice as
 * long for a file only ~10% smaller.
 */
const GZIP_LEVEL = 3;

export interface ExportOptions {
  filter: SnapshotFilter;
  author: string;
  /** For the history; the suggested name when not given. */
  fileName?: string;
}

export interface ExportedSnapshot {
  bytes: Buffer;
  fileName: string;
  header: SnapshotHeader;
}

export function exportSnapshot(ws: Workspace, options: ExportOptions): ExportedSnapshot {
  const selected = selectRecords(ws, options.filter);
  // Keys in canonical order, so that canonicalJson takes its fast path.
  const records = Object.fromEntries(SNAPSHOT_TABLES.map((t) => [t, (selected[t] as object[]).map(withSortedKeys)])) as unknown as SnapshotRecords;
  const recordsJson = canonicalJson(records);
  const counts = Object.fromEntries(SNAPSHOT_TABLES.map((t) => [t, records[t].length])) as SnapshotCounts;
  const header: SnapshotHeader = {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    created_at: nowIso(),
    author: options.author,
    workspace_id: ws.meta('workspace_id') ?? '',
    filter: options.filter,
    counts,
    sha256: sha256Hex(recordsJson),
  };
  const headerJson = JSON.stringify(header);
  const text = `${headerJson.slice(0, -1)},"records":${recordsJson}}`;
  const bytes = gzipSync(Buffer.from(text, 'utf8'), { level: GZIP_LEVEL });
  const fileName = options.fileName ?? suggestedFileName(ws, header.created_at);
  ws.db.transaction(() => {
    const historyId = recordHistory(ws, { action: 'export', author: options.author, file_name: fileName, header, counts });
    for (const table of SNAPSHOT_TABLES) rememberVersions(ws, historyId, table, records[table], null);
  })();
  return { bytes, fileName, header };
}

/** "rare-earths-2026-11-22.lodestone": the workspace name and the day, safe on every file system. */
export function suggestedFileName(ws: Workspace, createdAt: string): string {
  const base = (ws.meta('name') ?? 'workspace').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '') || 'workspace';
  return `${base}-${createdAt.slice(0, 10)}${SNAPSHOT_EXTENSION}`;
}

/** Material filter entries (ids or names, any case) as ids; an unknown one is an error naming it. */
export function resolveMaterialFilter(ws: Workspace, entries: readonly string[]): string[] {
  if (entries.length === 0) return [];
  const byName = new Map<string, string>();
  const ids = new Set<string>();
  for (const m of ws.all('materials')) {
    ids.add(m.id);
    byName.set(nameKey(m.name), m.id);
  }
  return entries.map((entry) => {
    if (ids.has(entry)) return entry;
    const id = byName.get(nameKey(entry));
    if (!id) throw new LodestoneError('validation', `No material "${entry}" in this workspace (give a material name or id)`, [{ path: 'filter.materials', message: `No material "${entry}"` }]);
    return id;
  });
}
