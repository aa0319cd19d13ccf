// The data checks as a facility's or flow's inspector shows them: run by the analysis engine
// (counting what the Checks tab counts) once per workspace version, not once per record
// chosen, with the reviews put on their findings; the inspector picks out its record's.
import { useMemo } from 'react';
import { applyReviews, type DataChecksResult } from '../../../db/model/checks';
import { useCheckReviews, type CheckReviews } from '../analysis/checks/useCheckReviews';
import type { AnalysisEngine } from '../analysis/worker/engine';
import { useAnalysis } from '../analysis/worker/useAnalysis';
import { useWorkspace } from '../state/context';

/** What the window hands the inspector to run the checks with. */
export interface RecordChecks {
  engine: AnalysisEngine;
  includePlanned: boolean;
}

export interface InspectorChecks {
  /** null until the checks and the reviews have both answered (or while inactive). */
  result: DataChecksResult | null;
  /** The checks are running again (after an edit): `result` is the previous one. */
  busy: boolean;
  includePlanned: boolean;
  reviews: CheckReviews;
}

/** `active`: the inspector shows facilities or flows (the records the checks look at). */
export function useInspectorChecks({ engine, includePlanned }: RecordChecks, active: boolean): InspectorChecks {
  const ws = useWorkspace();
  const raw = useAnalysis(engine, 'inspector-checks', 'analysis.checks', active ? { include_planned: includePlanned } : null, ws.version);
  const reviews = useCheckReviews(ws.info?.last_change);
  const result = useMemo(() => (raw.value && reviews.list ? applyReviews(raw.value, reviews.list) : null), [raw.value, reviews.list]);
  return { result, busy: raw.busy, includePlanned, reviews };
}
