// The data checks with their reviews, as the Checks tab and a record's inspector show them:
// the analysis engine checks the records (once per workspace version), and the reviews (a
// table of their own, listed again when the workspace changes) are put on its findings here.
import { useMemo } from 'react';
import { applyReviews } from '../../../../db/model/checks';
import { useWorkspace } from '../../state/context';
import type { AnalysisEngine } from '../worker/engine';
import { useAnalysis, type AnalysisResult } from '../worker/useAnalysis';
import { useCheckReviews, type CheckReviews } from './useCheckReviews';

export interface ReviewedChecks {
  /** The checks' result with the reviews applied; busy until both have answered. */
  checks: AnalysisResult<'analysis.checks'>;
  reviews: CheckReviews;
}

/** `slot`: the engine's slot (one per place that shows them); `input` null: nothing to check. */
export function useReviewedChecks(engine: AnalysisEngine, slot: string, input: { include_planned: boolean } | null): ReviewedChecks {
  const ws = useWorkspace();
  const raw = useAnalysis(engine, slot, 'analysis.checks', input, ws.version);
  const reviews = useCheckReviews();
  // Made again only when the findings or the reviews change (useAnalysis gives a new object each render).
  const value = useMemo(() => (raw.value && reviews.list ? applyReviews(raw.value, reviews.list) : null), [raw.value, reviews.list]);
  const busy = raw.busy || (raw.value !== null && reviews.list === null && reviews.error === null);
  return { checks: { ...raw, value, busy }, reviews };
}
