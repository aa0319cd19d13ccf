// The check reviews listed once per workspace change, for every place that shows the checks:
// the Checks tab, the inspector and the diagram each list them after every change, and with
// 20,000 reviews one list is a few megabytes through the host.
import type { CheckReview } from '../../../../db/model/checks';
import type { WorkspaceStore } from '../../state/workspace';

type Reader = Pick<WorkspaceStore, 'read'>;

const lastRead = new WeakMap<Reader, { change: string; reviews: Promise<CheckReview[]> }>();

/**
 * The reviews as of `change` (the workspace and its last change, which every write and undo
 * moves on): one read per change, shared; null lists them afresh. A failed read is not kept.
 */
export function readReviews(store: Reader, change: string | null): Promise<CheckReview[]> {
  if (change === null) return store.read('checks.reviews', {});
  const known = lastRead.get(store);
  if (known?.change === change) return known.reviews;
  const reviews = store.read('checks.reviews', {});
  lastRead.set(store, { change, reviews });
  reviews.catch(() => {
    if (lastRead.get(store)?.reviews === reviews) lastRead.delete(store);
  });
  return reviews;
}
