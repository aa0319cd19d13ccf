// The report's data checks: what in the records changes the figures that follow (each open
// warning, up to REPORT_ROWS per check), the warnings an analyst reviewed and judged right
// with their notes (a reader should see what was set aside, and why), and how many notices
// each check gave, so that a reader knows what the analyses rest on before reading them.
import { checksSummary, DATA_CHECK_INFO, type DataChecksResult } from '../../../../db/model/checks';
import { checkGroups, noticeCounts, reviewedFindings } from '../../analysis/logic/checks';
import { formatNumber } from '../../logic/format';

/** Findings a check lists in print; the rest are counted. */
export const REPORT_ROWS = 12;

export function ChecksSection({ result }: { result: DataChecksResult }) {
  const warnings = checkGroups(result, { notices: false, expanded: new Set(), rows: REPORT_ROWS });
  const notices = noticeCounts(result);
  const reviewed = reviewedFindings(result);
  const reviewedWarnings = reviewed.filter((f) => f.severity === 'warning');
  const reviewedNotices = reviewed.length - reviewedWarnings.length;
  return (
    <section className="report-section" aria-labelledby="report-checks" data-testid="report-checks">
      <h2 id="report-checks">Data checks</h2>
      <p>
        {checksSummary(result)}.{' '}
        {warnings.length
          ? 'Each warning below changes figures in this report: read them with it in mind.'
          : reviewedWarnings.length
            ? 'No open warning: the warnings below were reviewed and judged right as recorded.'
            : 'No record is read by the analyses otherwise than its entry says.'}
      </p>
      {warnings.map((g) => (
        <table key={g.check} className="report-table" data-check={g.check} aria-labelledby={`report-check-${g.check}`}>
          <caption id={`report-check-${g.check}`}>
            {g.title} ({formatNumber(g.total)}). <span className="report-check-why">{g.why}</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">{g.shown[0]?.record.type === 'flow' ? 'Flow' : 'Facility'}</th>
              <th scope="col">Finding</th>
            </tr>
          </thead>
          <tbody>
            {g.shown.map((f) => (
              <tr key={f.record.id}>
                <th scope="row">{f.record.name}</th>
                <td>{f.message}</td>
              </tr>
            ))}
            {g.total > g.shown.length ? (
              <tr>
                <td colSpan={2} className="report-more">
                  and {formatNumber(g.total - g.shown.length)} more (Analysis page, Checks tab)
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      ))}
      {reviewedWarnings.length ? (
        <table className="report-table" data-testid="report-reviewed" aria-labelledby="report-checks-reviewed">
          <caption id="report-checks-reviewed">
            Warnings reviewed and judged right as recorded ({formatNumber(reviewedWarnings.length)}).{' '}
            <span className="report-check-why">They stand in the figures that follow, for the reasons given.</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">Record</th>
              <th scope="col">Finding</th>
              <th scope="col">Why it is right</th>
            </tr>
          </thead>
          <tbody>
            {reviewedWarnings.slice(0, REPORT_ROWS).map((f) => (
              <tr key={`${f.check}:${f.record.id}`}>
                <th scope="row">{f.record.name}</th>
                <td>
                  {DATA_CHECK_INFO[f.check].title}: {f.message}
                </td>
                <td>{f.review!.note}</td>
              </tr>
            ))}
            {reviewedWarnings.length > REPORT_ROWS ? (
              <tr>
                <td colSpan={3} className="report-more">
                  and {formatNumber(reviewedWarnings.length - REPORT_ROWS)} more (Analysis page, Checks tab)
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      ) : null}
      {notices.length ? (
        <p className="report-note" data-testid="report-notices">
          Notices, worth a look but often intended: {notices.map((n) => `${n.title} (${formatNumber(n.count)})`).join(', ')}.
          {reviewedNotices ? ` ${formatNumber(reviewedNotices)} more reviewed and set aside.` : ''}
        </p>
      ) : reviewedNotices ? (
        <p className="report-note" data-testid="report-notices">
          Notices: {formatNumber(reviewedNotices)} reviewed and set aside.
        </p>
      ) : null}
    </section>
  );
}
