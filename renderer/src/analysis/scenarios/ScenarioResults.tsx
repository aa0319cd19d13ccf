// The last run of the open scenario: supply ratio by month for the targets, and months to
// shortfall (targets, or every facility that runs short), soonest first; optionally beside a
// run of another saved scenario (the ban alone against the ban with new plants, say).
import { SectionHead } from '../SectionHead';
import { useMemo, useState } from 'react';
import { PanelStatus } from '../PanelStatus';
import { comparedById, comparedLines, openings, shortfallRows, supplyLines } from '../logic/scenarioResults';
import type { AnalysisResult as Result } from '../worker/useAnalysis';
import { ShortfallTable } from './ShortfallTable';
import { SupplyChart } from './SupplyChart';

export interface Comparison {
  /** Saved scenarios it can be compared with. */
  options: readonly { id: string; name: string }[];
  id: string | null;
  onChange: (id: string | null) => void;
  /** The run of the scenario chosen, null when none is. */
  result: Result<'analysis.scenario'> | null;
}

interface Props {
  result: Result<'analysis.scenario'>;
  targetIds: readonly string[];
  targetName: string;
  /** The definition was edited since this run. */
  stale: boolean;
  comparison: Comparison;
}

/** Rows the table lists; the rest are counted below it. */
const MAX_ROWS = 200;

export function ScenarioResults({ result, targetIds, targetName, stale, comparison }: Props) {
  const value = result.value;
  const [everyone, setEveryone] = useState(false);
  const { lines, of } = useMemo(() => (value ? supplyLines(value, targetIds) : { lines: [], of: 0 }), [value, targetIds]);
  const rows = useMemo(() => (value ? shortfallRows(value, everyone ? null : targetIds) : []), [value, targetIds, everyone]);
  const shortSoon = rows.filter((r) => r.monthsToShortfall !== null && r.monthsToShortfall <= 6).length;
  const shown = rows.slice(0, MAX_ROWS);
  const opened = useMemo(() => (value ? openings(value) : []), [value]);
  const other = comparison.result?.value ?? null;
  const compared = useMemo(() => (other ? { lines: comparedLines(lines, other) } : undefined), [other, lines]);
  const comparedFigures = useMemo(() => (other ? comparedById(other) : null), [other]);

  return (
    <section className={`analysis-section scenario-results${result.busy && value ? ' is-stale' : ''}`} aria-labelledby="scenario-results-heading">
      <SectionHead id="scenario-results-heading" title={`Results${value ? `: ${value.name}` : ''}`}>
        {stale ? <span className="badge badge-warn">Edited since this run: Run again to update</span> : null}
      </SectionHead>
      <PanelStatus busy={result.busy && !value} error={result.error} />
      {value ? (
        <>
          <p className="scenario-summary" data-testid="scenario-summary">
            {shortSoon === 0
              ? `None of ${everyone ? 'the facilities listed' : targetName} falls below half its supply within 6 months.`
              : `${shortSoon} of ${rows.length} ${everyone ? 'facilities listed' : 'targets'} fall below half their supply within 6 months.`}
          </p>
          {opened.length ? (
            <p className="scenario-openings" data-testid="scenario-openings">
              Coming online: {opened.map((o) => `${o.name} in month ${o.month}`).join(' · ')}
            </p>
          ) : null}
          {lines.length < of ? <p className="muted small">The {lines.length} of {of.toLocaleString('en-US')} targets that run short soonest:</p> : null}
          {other ? (
            <p className="muted small" data-testid="scenario-compared">
              Compared with “{other.name}”: dashed lines in the chart, the last columns of the table.
            </p>
          ) : null}
          {comparison.result ? <PanelStatus busy={comparison.result.busy && !other} error={comparison.result.error} /> : null}
          {lines.length ? <SupplyChart lines={lines} months={value.months} label={`Supply ratio by month for ${targetName}`} compared={compared} /> : null}
          <div className="analysis-options">
            <label className="check">
              <input type="checkbox" checked={everyone} onChange={(e) => setEveryone(e.target.checked)} />
              Every facility that runs short, not only {targetName}
            </label>
            {comparison.options.length ? (
              <label className="compare-with">
                Compare with
                <select className="input select" value={comparison.id ?? ''} onChange={(e) => comparison.onChange(e.target.value || null)}>
                  <option value="">No other scenario</option>
                  {comparison.options.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.name}
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
          </div>
          <ShortfallTable rows={shown} months={value.months} caption="Months to shortfall" compared={comparedFigures} />
          {shown.length < rows.length ? (
            <p className="muted small analysis-note">
              The first {shown.length} of {rows.length.toLocaleString('en-US')} facilities, soonest short first.
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
