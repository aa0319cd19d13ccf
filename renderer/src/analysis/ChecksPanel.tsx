// The Checks tab: records the analyses read in a way the analyst probably does not mean,
// grouped by check, each group saying why it matters. A record's name opens it in its table
// with the inspector on it, to mend it there; the checks follow every edit.
import { useMemo, useState } from 'react';
import { checksSummary, type CheckedRecord, type DataCheck } from '../../../db/model/checks';
import { PanelStatus } from './PanelStatus';
import { SectionHead } from './SectionHead';
import { checkGroups } from './logic/checks';
import { tonnes } from './logic/format';
import type { AnalysisResult as Result } from './worker/useAnalysis';

interface Props {
  result: Result<'analysis.checks'>;
  includePlanned: boolean;
  onOpenRecord: (kind: 'facility' | 'flow', id: string) => void;
}

export function ChecksPanel({ result, includePlanned, onOpenRecord }: Props) {
  const value = result.value;
  const [notices, setNotices] = useState(true);
  const [expanded, setExpanded] = useState<ReadonlySet<DataCheck>>(new Set());
  const groups = useMemo(() => (value ? checkGroups(value, { notices, expanded }) : []), [value, notices, expanded]);

  const open = (record: CheckedRecord) => (
    <button type="button" className="link-button" title={`Open this ${record.type} in its table`} onClick={() => onOpenRecord(record.type, record.id)}>
      {record.name}
    </button>
  );

  return (
    <div className={`analysis-panel-body${result.busy && value ? ' is-stale' : ''}`} data-testid="checks">
      <PanelStatus busy={result.busy && !value} error={result.error} />
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
          ) : null}
          {groups.map((g) => {
            const headingId = `check-${g.check}`;
            return (
              <section key={g.check} className="analysis-section checks-group" aria-labelledby={headingId} data-check={g.check}>
                <SectionHead id={headingId} title={g.title} note={`${g.total.toLocaleString('en-US')}`}>
                  <span className={`badge ${g.severity === 'warning' ? 'badge-warn' : ''}`}>{g.severity === 'warning' ? 'Warning' : 'Notice'}</span>
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
                        </td>
                        {g.amount ? <td className="num">{f.tonnes === null ? '' : `${tonnes(f.tonnes)}/yr`}</td> : null}
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
        </>
      ) : null}
    </div>
  );
}
