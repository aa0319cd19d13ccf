// The report's first section: what the workspace holds, by stage and country, how confident
// its records are and which sources they cite.
import { STAGE_LABELS } from '../../../../db/model/enums';
import { capitalize, formatNumber } from '../../logic/format';
import { percent } from '../../analysis/logic/format';
import type { WorkspaceSummary } from '../logic/summary';

export function SummarySection({ summary }: { summary: WorkspaceSummary }) {
  const { counts } = summary;
  return (
    <section className="report-section" aria-labelledby="report-summary">
      <h2 id="report-summary">Workspace summary</h2>
      <dl className="report-figures" data-testid="report-counts">
        <div>
          <dt>Facilities</dt>
          <dd>{formatNumber(counts.facilities)}</dd>
          <dd className="report-figure-note">{formatNumber(counts.operating)} operating</dd>
        </div>
        <div>
          <dt>Flows</dt>
          <dd>{formatNumber(counts.flows)}</dd>
        </div>
        <div>
          <dt>Materials</dt>
          <dd>{formatNumber(counts.materials)}</dd>
        </div>
        <div>
          <dt>Sources</dt>
          <dd>{formatNumber(counts.sources)}</dd>
        </div>
      </dl>

      <div className="report-columns">
        <table className="report-table" aria-labelledby="report-by-stage">
          <caption id="report-by-stage">Facilities by stage</caption>
          <thead>
            <tr>
              <th scope="col">Stage</th>
              <th scope="col" className="num">Facilities</th>
              <th scope="col" className="num">Operating</th>
              <th scope="col" className="num">Capacity (t/yr)</th>
            </tr>
          </thead>
          <tbody>
            {summary.stages.map((s) => (
              <tr key={s.stage} data-stage={s.stage}>
                <th scope="row">{s.label}</th>
                <td className="num">{formatNumber(s.facilities)}</td>
                <td className="num">{formatNumber(s.operating)}</td>
                <td className="num">{s.capacity > 0 ? formatNumber(Math.round(s.capacity)) : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>

        <table className="report-table" aria-labelledby="report-by-country">
          <caption id="report-by-country">Facilities by country</caption>
          <thead>
            <tr>
              <th scope="col">Country</th>
              <th scope="col" className="num">Facilities</th>
              <th scope="col">Stages</th>
            </tr>
          </thead>
          <tbody>
            {summary.countries.map((c) => (
              <tr key={c.country} data-country={c.country}>
                <th scope="row">{c.name}</th>
                <td className="num">{formatNumber(c.facilities)}</td>
                <td className="report-small">{c.stages.map((stage) => STAGE_LABELS[stage]).join(', ')}</td>
              </tr>
            ))}
            {summary.otherCountries ? (
              <tr>
                <th scope="row">{formatNumber(summary.otherCountries.countries)} other countries</th>
                <td className="num">{formatNumber(summary.otherCountries.facilities)}</td>
                <td />
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>

      <div className="report-columns">
        <table className="report-table" aria-labelledby="report-confidence">
          <caption id="report-confidence">Confidence of the records</caption>
          <thead>
            <tr>
              <th scope="col">Confidence</th>
              <th scope="col" className="num">Facilities</th>
              <th scope="col" className="num">Flows</th>
            </tr>
          </thead>
          <tbody>
            {summary.confidence.map((c) => (
              <tr key={c.level} data-confidence={c.level}>
                <th scope="row">{capitalize(c.level)}</th>
                <td className="num">{formatNumber(c.facilities)}</td>
                <td className="num">{formatNumber(c.flows)}</td>
              </tr>
            ))}
            <tr className="report-total">
              <th scope="row">Citing a source</th>
              <td className="num">
                {formatNumber(summary.sourced.facilities)} ({percent(counts.facilities ? summary.sourced.facilities / counts.facilities : 0, 0)})
              </td>
              <td className="num">
                {formatNumber(summary.sourced.flows)} ({percent(counts.flows ? summary.sourced.flows / counts.flows : 0, 0)})
              </td>
            </tr>
          </tbody>
        </table>

        <div>
          <table className="report-table" aria-labelledby="report-sources">
            <caption id="report-sources">Sources</caption>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col" className="num">Cited by</th>
              </tr>
            </thead>
            <tbody>
              {summary.sources.map((s) => (
                <tr key={s.id}>
                  <td>
                    <span className="report-source-title">{s.title}</span>
                    {s.publisher || s.published ? <span className="report-small"> · {[s.publisher, s.published].filter(Boolean).join(', ')}</span> : null}
                  </td>
                  <td className="num">{formatNumber(s.records)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {summary.sensitiveLeftOut ? (
            <p className="report-note">
              {summary.sensitiveLeftOut === 1 ? 'One source marked sensitive is' : `${formatNumber(summary.sensitiveLeftOut)} sources marked sensitive are`} counted but not
              listed.
            </p>
          ) : null}
        </div>
      </div>
    </section>
  );
}
