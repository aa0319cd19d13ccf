// The saved disruption scenarios the report was asked to print: for each, what it assumes
// in words, how the OEMs fare, and the facilities that run short, soonest first.
import { SHORTFALL_RATIO } from '../../../../db/model/analysis';
import type { RecordNames } from '../../analysis/logic/disruptionText';
import { percent } from '../../analysis/logic/format';
import { ShortfallTable } from '../../analysis/scenarios/ShortfallTable';
import { formatNumber, plural } from '../../logic/format';
import { assumptions, oemOutcomeText, scenarioBrief } from '../logic/scenarios';
import type { ScenarioRun } from '../useReportScenarios';

interface Props {
  runs: readonly ScenarioRun[];
  oemIds: readonly string[];
  names: RecordNames;
  includePlanned: boolean;
}

function ScenarioFigures({ run, oemIds }: { run: ScenarioRun; oemIds: readonly string[] }) {
  if (!run.outcome.ok) return <p className="report-note">Not run: {run.outcome.message}</p>;
  const result = run.outcome.value;
  const brief = scenarioBrief(result, oemIds);
  return (
    <>
      <p className="report-small" data-testid="report-scenario-oems">
        {oemOutcomeText(brief.oems, result.months)}
      </p>
      {brief.short === 0 ? (
        <p className="report-note">No facility runs short in the {plural(result.months, 'month')}.</p>
      ) : (
        <>
          <p className="report-small">
            {formatNumber(brief.short)} of {plural(brief.facilities, 'facility', 'facilities')} run short
            {brief.rows.length < brief.short ? `; the ${brief.rows.length} that run short soonest:` : ':'}
          </p>
          <ShortfallTable rows={brief.rows} months={result.months} caption={`Facilities short in ${run.scenario.name}`} className="report-table report-shortfall" />
        </>
      )}
    </>
  );
}

export function ScenarioSection({ runs, oemIds, names, includePlanned }: Props) {
  return (
    <section className="report-section report-new-page" aria-labelledby="report-scenarios">
      <h2 id="report-scenarios">Disruption scenarios</h2>
      <p className="report-lead">
        Each scenario is run month by month over its months{includePlanned ? ', counting planned facilities from the start' : ''}. A facility draws on its recorded
        stock while deliveries fall short; it runs short in the first month it receives less than {percent(SHORTFALL_RATIO, 0)} of what it needs. Shortfall is the
        tonnes missing over the whole run; lowest supply, its worst month.
      </p>
      {runs.map((run) => (
        <article key={run.scenario.id} className="report-scenario" data-testid="report-scenario" aria-labelledby={`report-scenario-${run.scenario.id}`}>
          <h3 id={`report-scenario-${run.scenario.id}`}>{run.scenario.name}</h3>
          <p className="report-small report-muted">
            {plural(run.scenario.months, 'month')}
            {run.scenario.notes ? ` · ${run.scenario.notes}` : ''}
          </p>
          {run.scenario.disruptions.length ? (
            <ul className="report-list" aria-label={`What ${run.scenario.name} assumes`}>
              {assumptions(run.scenario, names).map((text, i) => (
                <li key={i}>{text}</li>
              ))}
            </ul>
          ) : (
            <p className="report-note">It assumes no disruption: the chain as recorded.</p>
          )}
          <ScenarioFigures run={run} oemIds={oemIds} />
        </article>
      ))}
    </section>
  );
}
