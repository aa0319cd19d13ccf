// Source links: which sources back which records. Removed with the record they point to.
import type { SourceLink } from '../model/schemas';
import type { Tx } from '../store/changes';
import type { Workspace } from '../workspace';

export function linksOfRecord(ws: Workspace, recordType: string, recordId: string): SourceLink[] {
  return ws
    .prepare('SELECT * FROM source_links WHERE record_type = ? AND record_id = ? ORDER BY created_at, id')
    .all(recordType, recordId) as SourceLink[];
}

export function removeLinksOfRecord(ws: Workspace, tx: Tx, recordType: string, recordId: string): number {
  const links = linksOfRecord(ws, recordType, recordId);
  for (const link of links) tx.remove('source_links', link);
  return links.length;
}
