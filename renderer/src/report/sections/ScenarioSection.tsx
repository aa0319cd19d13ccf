// The saved disruption scenarios the report was asked to print: for each, what it assumes
// in words, how each OEM fares, and the other facilities that run short, soonest first.
import { SHORTFALL_RATIO } from '../../../../db/model/analysis';
import type { RecordNames } from '../../../../db/model/disruption-text';
import { percent } from '../../analysis/logic/format';
import { supplyLines } from '../../analysis/logic/scenarioResults';
import { ShortfallTable } from '../../analysis/scenarios/ShortfallTable';
import { plural } from '../../logic/format';
import { assumptions, oemOutcomeText, scenarioBrief, supplyCaption } from '../logic/scenarios';
import type { ScenarioRun } from '../useReportScenarios';
import { SupplyPlot } from './SupplyPlot';

/** OEM lines drawn per scenario; with more OEMs, those short soonest. */
const PLOTTED_OEMS = 12;

interface Props {
  runs: readonly ScenarioRun[];
  oemIds: readonly string[];
  names: RecordNames;
  includePlanned: boolean;
}

function ScenarioFigures({ run, oemIds }: { run: ScenarioRun; oemIds: readonly string[] }) {
  if (!run.outcome.ok) return <p className="report-note">Not run: {run.outcome.message}</p>;
  const result = run.outcome.value;
  const { oems, others } = scenarioBrief(result, oemIds);
  const name = run.scenario.name;
  const plotted = supplyLines(result, oemIds, PLOTTED_OEMS);
  return (
    <>
      <p className="report-small" data-testid="report-scenario-oems">
        {oemOutcomeText(oems, result.months)}
      </p>
      {plotted.lines.length ? (
        <SupplyPlot
          lines={plotted.lines}
          months={result.months}
          caption={supplyCaption(plotted.lines.length, plotted.of, name)}
        />
      ) : null}
      {oems.rows.length ? (
        <>
          {oems.rows.length < oems.counted ? <p className="report-small">The {oems.rows.length} OEMs short soonest:</p> : null}
          <ShortfallTable rows={oems.rows} months={result.months} caption={`OEMs in ${name}`} className="report-table report-shortfall" />
        </>
      ) : null}
      <h4>Other facilities</h4>
      {others.count === 0 ? (
        <p className="report-note">No other facility runs short.</p>
      ) : (
        <>
          <p className="report-small">
            {plural(others.count, 'other facility', 'other facilities')} run{others.count === 1 ? 's' : ''} short
            {others.rows.length < others.count ? `; the ${others.rows.length} short soonest:` : ':'}
          </p>
          <ShortfallTable rows={others.rows} months={result.months} caption={`Other facilities short in ${name}`} className="report-table report-shortfall" />
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
        Each saved scenario is run month by month over its months{includePlanned ? ', counting planned facilities from the start' : ''}. A facility draws on its recorded
        stock while deliveries fall short; its months to shortfall is the first month it receives less than {percent(SHORTFALL_RATIO, 0)} of what it needs. Shortfall is
        the tonnes missing over the whole run; lowest supply, its worst month.
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
