// The "Data checks" section of a facility's or flow's inspector: what the checks found about
// this record, as the Checks tab lists it, so it is seen (and mended) where the record is
// edited, or marked reviewed when it is right as recorded. Absent when the checks pass it.
import { useId, useState } from 'react';
import { DATA_CHECK_INFO, isOpen, reviewText, type CheckFinding } from '../../../db/model/checks';
import { errorData } from '../api/client';
import { Icon } from '../components/Icon';

interface Props {
  findings: readonly CheckFinding[];
  /** The checks are running again after an edit: these findings may be about to change. */
  stale: boolean;
  onReview(finding: CheckFinding): void;
  onReopen(reviewId: string): Promise<void>;
}

export function RecordFindings({ findings, stale, onReview, onReopen }: Props) {
  const headingId = useId();
  const [error, setError] = useState<string | null>(null);
  if (findings.length === 0) return null;

  const reopen = (reviewId: string) => {
    setError(null);
    onReopen(reviewId).catch((e: unknown) => setError(errorData(e).message));
  };

  return (
    <section
      className={stale ? 'subsection record-findings is-stale' : 'subsection record-findings'}
      aria-labelledby={headingId}
      aria-busy={stale || undefined}
      data-testid="record-findings"
    >
      <h3 id={headingId} className="subsection-title">
        <Icon name="alert" size={14} /> Data checks
      </h3>
      <ul className="finding-list">
        {findings.map((f) => {
          const info = DATA_CHECK_INFO[f.check];
          const open = isOpen(f);
          return (
            <li key={f.check} className={`finding-item ${open ? `is-${f.severity}` : 'is-reviewed'}`} data-check={f.check}>
              <div className="finding-head">
                <span className={open && f.severity === 'warning' ? 'badge badge-warn' : 'badge'}>{open ? (f.severity === 'warning' ? 'Warning' : 'Notice') : 'Reviewed'}</span>
                <span className="finding-title">{info.title}</span>
              </div>
              <p className="finding-message">{f.message}</p>
              {f.review ? (
                <p className="finding-review">{reviewText(f.review)}</p>
              ) : null}
              {open ? (
                <details className="finding-why">
                  <summary>Why it matters</summary>
                  <p>{info.why}</p>
                </details>
              ) : null}
              <div className="finding-actions">
                {open ? (
                  <button type="button" className="button button-small" aria-label={`Mark reviewed: ${info.title}`} onClick={() => onReview(f)}>
                    {f.review ? 'Review again…' : 'Mark reviewed…'}
                  </button>
                ) : (
                  <button type="button" className="button button-small" aria-label={`Reopen: ${info.title}`} onClick={() => reopen(f.review!.id)}>
                    Reopen
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
