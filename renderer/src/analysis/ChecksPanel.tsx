// The Checks tab: records the analyses read in a way the analyst probably does not mean,
// grouped by check, each group saying why it matters. A record's name opens it in its table
// with the inspector on it, to mend it there; a finding that is right as recorded is marked
// reviewed with a note and set apart below. The checks follow every edit and undo.
import { useMemo, useState } from 'react';
import { checksSummary, reviewText, type CheckedRecord, type CheckFinding, type DataCheck } from '../../../db/model/checks';
import { ReviewDialog } from './checks/ReviewDialog';
import { ReviewedFindings } from './checks/ReviewedFindings';
import type { CheckReviews } from './checks/useCheckReviews';
import { PanelStatus } from './PanelStatus';
import { SectionHead } from './SectionHead';
import { checkGroups, reviewedFindings } from './logic/checks';
import { tonnes } from './logic/format';
import type { AnalysisResult as Result } from './worker/useAnalysis';

interface Props {
  /** The checks with their reviews applied. */
  result: Result<'analysis.checks'>;
  includePlanned: boolean;
  reviews: CheckReviews;
  onOpenRecord: (kind: 'facility' | 'flow', id: string) => void;
}

export function ChecksPanel({ result, includePlanned, reviews, onOpenRecord }: Props) {
  const value = result.value;
  const [notices, setNotices] = useState(true);
  const [expanded, setExpanded] = useState<ReadonlySet<DataCheck>>(new Set());
  const [reviewing, setReviewing] = useState<readonly CheckFinding[] | null>(null);
  const groups = useMemo(() => (value ? checkGroups(value, { notices, expanded }) : []), [value, notices, expanded]);
  const reviewed = useMemo(() => (value ? reviewedFindings(value) : []), [value]);

  const open = (record: CheckedRecord) => (
    <button type="button" className="link-button" title={`Open this ${record.type} in its table`} onClick={() => onOpenRecord(record.type, record.id)}>
      {record.name}
    </button>
  );

  return (
    <div className={`analysis-panel-body${result.busy && value ? ' is-stale' : ''}`} data-testid="checks">
      <PanelStatus busy={result.busy && !value} error={result.error ?? reviews.error} />
      {value ? (
        <>
          <div className="checks-head">
            <p className="checks-summary" data-testid="checks-summary">
              {checksSummary(value)}
              <span className="muted"> · {includePlanned ? 'operating, under construction and planned' : 'operating'} records counted</span>
            </p>
            <label className="check">
              <input type="checkbox" checked={notices} onChange={(e) => setNotices(e.target.checked)} />
              Show notices
            </label>
          </div>
          {value.findings.length === 0 ? (
            <p className="analysis-message">Nothing to report: every facility and flow counts in the analyses as its records say.</p>
          ) : groups.length === 0 ? (
            <p className="analysis-message">
              {value.counts.warning + value.counts.notice === 0 ? 'Nothing open: every finding has been reviewed.' : 'No open warning; the notices are hidden.'}
            </p>
          ) : null}
          {groups.map((g) => {
            const headingId = `check-${g.check}`;
            return (
              <section key={g.check} className="analysis-section checks-group" aria-labelledby={headingId} data-check={g.check}>
                <SectionHead id={headingId} title={g.title} note={`${g.total.toLocaleString('en-US')}`}>
                  <span className={`badge ${g.severity === 'warning' ? 'badge-warn' : ''}`}>{g.severity === 'warning' ? 'Warning' : 'Notice'}</span>
                  {g.total > 1 ? (
                    <button type="button" className="button button-small button-quiet checks-review-all" onClick={() => setReviewing(g.findings)}>
                      Mark all {g.total.toLocaleString('en-US')} reviewed…
                    </button>
                  ) : null}
                </SectionHead>
                <p className="checks-why">{g.why}</p>
                <table className="analysis-table checks-table" aria-labelledby={headingId}>
                  <thead>
                    <tr>
                      <th scope="col">{g.shown[0]?.record.type === 'flow' ? 'Flow' : 'Facility'}</th>
                      <th scope="col">Finding</th>
                      {g.amount ? (
                        <th scope="col" className="num">
                          {g.amount}
                        </th>
                      ) : null}
                      <th scope="col" className="checks-action-col">
                        <span className="visually-hidden">Review</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {g.shown.map((f) => (
                      <tr key={f.record.id} data-id={f.record.id}>
                        <th scope="row">{open(f.record)}</th>
                        <td>
                          {f.message}
                          {f.related.length > 0 ? (
                            <span className="checks-related">
                              {' '}
                              See{' '}
                              {f.related.map((r, i) => (
                                <span key={r.id}>
                                  {i > 0 ? ', ' : null}
                                  {open(r)}
                                </span>
                              ))}
                              .
                            </span>
                          ) : null}
                          {f.review ? (
                            <span className="checks-moved" data-testid="review-moved">
                              {reviewText(f.review)}
                            </span>
                          ) : null}
                        </td>
                        {g.amount ? <td className="num">{f.tonnes === null ? '' : `${tonnes(f.tonnes)}/yr`}</td> : null}
                        <td className="checks-action-col">
                          <button type="button" className="button button-small" aria-label={`Mark reviewed: ${f.record.name}`} onClick={() => setReviewing([f])}>
                            {f.review ? 'Review again…' : 'Mark reviewed…'}
                          </button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                {g.shown.length < g.total ? (
                  <button type="button" className="button button-small button-quiet checks-more" onClick={() => setExpanded(new Set([...expanded, g.check]))}>
                    Show all {g.total.toLocaleString('en-US')}
                  </button>
                ) : null}
              </section>
            );
          })}
          {reviewed.length > 0 ? <ReviewedFindings findings={reviewed} onOpen={open} onReopen={reviews.reopen} /> : null}
        </>
      ) : null}
      {reviewing ? (
        <ReviewDialog findings={reviewing} onSubmit={(note) => reviews.review(reviewing, note, includePlanned)} onClose={() => setReviewing(null)} />
      ) : null}
    </div>
  );
}
