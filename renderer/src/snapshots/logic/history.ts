// One line per snapshot history entry: what was exported, or what a merge changed.
import type { SnapshotHistoryEntry } from '../../../../db/model/snapshot-types';
import { formatNumber, plural } from '../../logic/format';

const TABLE_NOUNS: readonly [key: string, one: string, many: string][] = [
  ['facilities', 'facility', 'facilities'],
  ['flows', 'flow', 'flows'],
  ['materials', 'material', 'materials'],
  ['sources', 'source', 'sources'],
];
/** Named only when the file held some: files made before snapshots carried them have none. */
const LATER_NOUNS: readonly [key: string, one: string, many: string][] = [
  ['check_reviews', 'check review', 'check reviews'],
  ['scenarios', 'scenario', 'scenarios'],
];

export function historySummary(entry: SnapshotHistoryEntry): string {
  const c = entry.counts;
  if (entry.action === 'export') {
    const later = LATER_NOUNS.filter(([key]) => (c[key] ?? 0) > 0);
    return [...TABLE_NOUNS, ...later].map(([key, one, many]) => plural(c[key] ?? 0, one, many)).join(', ');
  }
  const n = (key: string) => formatNumber(c[key] ?? 0);
  const parts = [`${n('added')} added`, `${n('changed')} changed`, `${n('removed')} removed`];
  if ((c.conflicts_theirs ?? 0) + (c.conflicts_mine ?? 0) > 0) parts.push(`conflicts: ${n('conflicts_theirs')} theirs, ${n('conflicts_mine')} mine`);
  if ((c.kept_in_use ?? 0) > 0) parts.push(`${n('kept_in_use')} kept (in use)`);
  if ((c.brought_back ?? 0) > 0) parts.push(`${n('brought_back')} brought back (needed)`);
  if ((c.left_out ?? 0) > 0) parts.push(`${n('left_out')} not merged (needs a record kept out)`);
  return parts.join(', ');
}

/** Whether a merge is still in effect: "Undone" once Ctrl+Z took it back. */
export function historyState(entry: SnapshotHistoryEntry): string {
  if (entry.action === 'export') return '';
  if (entry.batch_id === null) return 'Nothing to change';
  return entry.batch_state === 'done' ? 'In effect' : entry.batch_state === 'undone' ? 'Undone' : (entry.batch_state ?? '');
}
