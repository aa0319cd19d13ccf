// The provenance of each OEM: stage by stage, the share of its inbound material that passed
// through each country (bar and words), and its largest routes.
import { COUNTRY_NAMES } from '../../../../db/model/countries';
import type { ProvenanceResult } from '../../../../db/model/analysis';
import { NOT_THROUGH_MIN } from '../../analysis/logic/dependence';
import { evidenceText, weakRecordText } from '../../analysis/logic/evidence';
import { percent, tonnes } from '../../analysis/logic/format';
import { OTHER_COLOR, provenanceStageRows, routeText } from '../logic/provenance';
import type { OemProvenance } from '../useReportAnalyses';
import { StackedBar } from './Bars';

function OemFigures({ result }: { result: ProvenanceResult }) {
  const rows = provenanceStageRows(result);
  if (!rows.length) return <p className="report-note">No material reaches it through the recorded flows.</p>;
  return (
    <>
      <table className="report-table report-provenance-table" aria-label={`Provenance of ${result.facility.name}`}>
        <thead>
          <tr>
            <th scope="col">Stage</th>
            <th scope="col" className="report-bar-col">Share of inbound by country</th>
            <th scope="col">Countries</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.stage} data-stage={r.stage}>
              <th scope="row">{r.label}</th>
              <td className="report-bar-col">
                <StackedBar segments={[...r.parts, { share: r.other, color: OTHER_COLOR }]} />
              </td>
              <td className="report-small">
                {r.parts.map((p) => `${p.name} ${percent(p.share)}`).join(', ')}
                {r.other > 0 ? `, others ${percent(r.other)}` : ''}
                {1 - r.through >= NOT_THROUGH_MIN ? `; not through this stage ${percent(1 - r.through)}` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="report-small" data-testid="report-evidence">
        {evidenceText(result.evidence)}
        {result.evidence.weakest.length ? ` Weak records carrying the most: ${result.evidence.weakest.slice(0, 3).map(weakRecordText).join('; ')}.` : ''}
      </p>
      {result.routes.length ? (
        <ol className="report-routes" aria-label={`Largest routes to ${result.facility.name}`}>
          {result.routes.map((route, i) => (
            <li key={i}>
              {routeText(route)}: {percent(route.share)}
            </li>
          ))}
        </ol>
      ) : null}
    </>
  );
}

export function ProvenanceSection({ provenance }: { provenance: readonly OemProvenance[] }) {
  return (
    <section className="report-section report-new-page" aria-labelledby="report-provenance">
      <h2 id="report-provenance">Provenance of the OEMs</h2>
      <p className="report-lead">
        For each OEM, the share of its inbound material that passed through facilities of each stage in each country (proportional tracing: every facility passes on
        the mix it receives). A bar reaches only as far as the share that passed through that stage at all; the rest is given as not through this stage.
      </p>
      {provenance.length === 0 ? <p className="report-note">The workspace has no operating OEM.</p> : null}
      {provenance.map(({ oem, outcome }) => (
        <article key={oem.id} className="report-oem" data-testid="report-oem" aria-labelledby={`report-oem-${oem.id}`}>
          <h3 id={`report-oem-${oem.id}`}>{oem.name}</h3>
          <p className="report-small report-muted">
            {COUNTRY_NAMES[oem.country] ?? oem.country}
            {outcome.ok ? ` · inbound ${tonnes(outcome.value.inbound_t)} a year` : ''}
          </p>
          {outcome.ok ? <OemFigures result={outcome.value} /> : <p className="report-note">Not traced: {outcome.message}</p>}
        </article>
      ))}
    </section>
  );
}
