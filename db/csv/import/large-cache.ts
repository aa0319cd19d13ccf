// A bigger SQLite page cache for the duration of a big import.
import type { Workspace } from '../../workspace';

/**
 * A big import writes tens of megabytes (rows, indexes, change log) in one transaction; with
 * SQLite's default 2 MB page cache it spills and re-reads pages, about 15% slower here. The
 * connection's cache is raised for the import and put back after.
 */
export function withLargeCache<R>(ws: Workspace, rows: number, body: () => R): R {
  if (rows < 5_000) return body();
  const previous = ws.db.pragma('cache_size', { simple: true }) as number;
  const wantedKiB = 64 * 1024;
  const previousKiB = previous < 0 ? -previous : (previous * (ws.db.pragma('page_size', { simple: true }) as number)) / 1024;
  if (previousKiB >= wantedKiB) return body();
  ws.db.pragma(`cache_size = -${wantedKiB}`);
  try {
    return body();
  } finally {
    ws.db.pragma(`cache_size = ${previous}`);
  }
}
