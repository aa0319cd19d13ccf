// The findings an analyst has reviewed and judged right, set apart below the open ones:
// folded away by default (they are settled), each with its note and a way to reopen it.
import { useState, type ReactNode } from 'react';
import { DATA_CHECK_INFO, type CheckedRecord, type CheckFinding } from '../../../../db/model/checks';
import { errorData } from '../../api/client';
import { GROUP_ROWS } from '../logic/checks';
import { SectionHead } from '../SectionHead';

interface Props {
  findings: readonly CheckFinding[];
  onOpen(record: CheckedRecord): ReactNode;
  onReopen(ids: readonly string[]): Promise<void>;
}

export function ReviewedFindings({ findings, onOpen, onReopen }: Props) {
  const [shown, setShown] = useState(false);
  const [all, setAll] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const rows = all ? findings : findings.slice(0, GROUP_ROWS);
  const reopen = (f: CheckFinding) => {
    setError(null);
    onReopen([f.review!.id]).catch((e: unknown) => setError(errorData(e).message));
  };

  return (
    <section className="analysis-section checks-reviewed" aria-labelledby="checks-reviewed" data-testid="checks-reviewed">
      <SectionHead id="checks-reviewed" title="Reviewed" note={findings.length.toLocaleString('en-US')}>
        <button type="button" className="button button-small button-quiet" aria-expanded={shown} aria-controls="checks-reviewed-list" onClick={() => setShown(!shown)}>
          {shown ? 'Hide' : 'Show'}
        </button>
      </SectionHead>
      <p className="checks-why">Findings judged right as recorded. They count as open again if their figure moves by more than 1%.</p>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {shown ? (
        <div id="checks-reviewed-list">
          <table className="analysis-table checks-table" aria-labelledby="checks-reviewed">
            <thead>
              <tr>
                <th scope="col">Record</th>
                <th scope="col">Check</th>
                <th scope="col">Why it is right</th>
                <th scope="col" className="checks-action-col">
                  <span className="visually-hidden">Reopen</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((f) => (
                <tr key={`${f.check}:${f.record.id}`} data-id={f.record.id} data-check={f.check}>
                  <th scope="row">{onOpen(f.record)}</th>
                  <td>{DATA_CHECK_INFO[f.check].title}</td>
                  <td>
                    {f.review!.note} <span className="muted small">({f.review!.at.slice(0, 10)})</span>
                  </td>
                  <td className="checks-action-col">
                    <button type="button" className="button button-small" aria-label={`Reopen: ${f.record.name}`} onClick={() => reopen(f)}>
                      Reopen
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length < findings.length ? (
            <button type="button" className="button button-small button-quiet checks-more" onClick={() => setAll(true)}>
              Show all {findings.length.toLocaleString('en-US')}
            </button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
