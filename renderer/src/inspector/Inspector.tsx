// The right-hand panel: the selected record's editor, a new record's form, or what to do
// when nothing (or a record that is gone) is selected. A facility's or flow's editor lists
// what the data checks found about it; the review dialog opens from here, outside the
// editor's form, so its keys and its submit stay its own.
import { useMemo, useState } from 'react';
import type { CheckFinding } from '../../../db/model/checks';
import { ReviewDialog } from '../analysis/checks/ReviewDialog';
import { useReviewedChecks } from '../analysis/checks/useReviewedChecks';
import { findingsAbout } from '../analysis/logic/checks';
import { NothingSelected } from './NothingSelected';
import { RecordEditor } from './RecordEditor';
import { RecordFindings } from './RecordFindings';
import { RecordGone } from './RecordGone';
import type { InspectorProps } from './types';

export function Inspector(props: InspectorProps) {
  const { type, mode, record } = props;
  // The records the checks look at: facilities and flows.
  const active = type === 'facility' || type === 'flow';
  const { checks, reviews } = useReviewedChecks(props.checks.engine, 'inspector-checks', active ? { include_planned: props.checks.includePlanned } : null);
  const [reviewing, setReviewing] = useState<CheckFinding | null>(null);
  const recordId = mode === 'edit' ? (record?.id ?? null) : null;
  const findings = useMemo(() => (checks.value && recordId ? findingsAbout(checks.value, recordId) : []), [checks.value, recordId]);

  return (
    <aside className="inspector" aria-label="Inspector">
      {mode === 'empty' || (mode === 'edit' && !record) ? (
        <NothingSelected type={type} onNew={props.onNew} />
      ) : mode === 'missing' ? (
        <RecordGone type={type} />
      ) : (
        <RecordEditor
          key={`${type}:${mode === 'create' ? 'new' : (record?.id ?? '')}`}
          {...props}
          findings={<RecordFindings findings={findings} stale={checks.busy} onReview={setReviewing} onReopen={(id) => reviews.reopen([id])} />}
        />
      )}
      {reviewing ? (
        <ReviewDialog
          findings={[reviewing]}
          onSubmit={(note) => reviews.review([reviewing], note, props.checks.includePlanned)}
          onClose={() => setReviewing(null)}
        />
      ) : null}
    </aside>
  );
}
