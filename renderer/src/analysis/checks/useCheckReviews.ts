// The reviews of data-check findings: listed again whenever the workspace changes (a review,
// an undo, another program), in one read shared by every place that asks (sharedReviews.ts),
// and written as undoable records.
import { useCallback, useEffect, useState } from 'react';
import type { CheckFinding, CheckReview } from '../../../../db/model/checks';
import type { LodestoneErrorData } from '../../../../db/errors';
import { errorData } from '../../api/client';
import { useStore, useWorkspace } from '../../state/context';
import { readReviews } from './sharedReviews';

/** A review refreshes only the workspace info (undo label, last change); the record lists are unchanged. */
const INFO_ONLY = ['info'] as const;

export interface CheckReviews {
  /** null until first listed. */
  list: CheckReview[] | null;
  error: LodestoneErrorData | null;
  /** Marks the findings reviewed with one note; throws the API's error (shown by the caller). */
  review(findings: readonly CheckFinding[], note: string, includePlanned: boolean): Promise<void>;
  reopen(ids: readonly string[]): Promise<void>;
}

/** The workspace's reviews, listed again when its last change moves (or another workspace opens). */
export function useCheckReviews(): CheckReviews {
  const store = useStore();
  const { info } = useWorkspace();
  const change = info ? `${info.workspace_id}:${info.last_change}` : null;
  const [list, setList] = useState<CheckReview[] | null>(null);
  const [error, setError] = useState<LodestoneErrorData | null>(null);

  useEffect(() => {
    let live = true;
    readReviews(store, change)
      .then((reviews) => {
        if (!live) return;
        setList(reviews);
        setError(null);
      })
      .catch((e: unknown) => live && setError(errorData(e)));
    return () => {
      live = false;
    };
  }, [store, change]);

  const review = useCallback(
    async (findings: readonly CheckFinding[], note: string, includePlanned: boolean) => {
      await store.write('checks.review', { findings: findings.map((f) => ({ check: f.check, record_id: f.record.id })), note, include_planned: includePlanned }, INFO_ONLY);
    },
    [store],
  );
  const reopen = useCallback(
    async (ids: readonly string[]) => {
      await store.write('checks.reopen', { ids: [...ids] }, INFO_ONLY);
    },
    [store],
  );
  return { list, error, review, reopen };
}
