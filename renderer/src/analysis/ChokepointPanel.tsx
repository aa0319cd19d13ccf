// Chokepoints for the targets: facilities and countries ranked by the share of the targets'
// supply passing through them, single points of failure marked. A facility's name opens it
// in the diagram, selected, with its upstream and downstream chain highlighted.
import { useMemo } from 'react';
import { countryColor } from '../diagram/model/style';
import { PanelStatus } from './PanelStatus';
import { ShareBar } from './ShareBar';
import { chokepointRows, countryChokepoints } from './logic/chokepoints';
import { percent, tonnes } from './logic/format';
import type { AnalysisResult as Result } from './worker/useAnalysis';
import { SectionHead } from './SectionHead';

interface Props {
  result: Result<'analysis.chokepoints'>;
  targetName: string;
  onShowInDiagram: (facilityId: string) => void;
}

export function ChokepointPanel({ result, targetName, onShowInDiagram }: Props) {
  const value = result.value;
  const rows = useMemo(() => (value ? chokepointRows(value) : []), [value]);
  const countries = useMemo(() => (value ? countryChokepoints(value) : []), [value]);
  const spofCount = value?.single_points_of_failure.length ?? 0;
  const empty = value && value.inbound_t <= 0 ? `${targetName} receives nothing in the workspace: no flows with a volume lead to it.` : null;

  return (
    <div className={`analysis-panel-body${result.busy && value ? ' is-stale' : ''}`}>
      <PanelStatus busy={result.busy && !value} error={result.error} empty={empty} />
      {value && !empty ? (
        <>
          <section className="analysis-section chokepoint-countries" aria-labelledby="chokepoint-countries-heading">
            <h2 id="chokepoint-countries-heading" className="analysis-heading">
              Countries
            </h2>
            <table className="analysis-table" aria-labelledby="chokepoint-countries-heading">
              <thead>
                <tr>
                  <th scope="col">Country</th>
                  <th scope="col">Share passing</th>
                </tr>
              </thead>
              <tbody>
                {countries.map((c) => (
                  <tr key={c.country} data-country={c.country}>
                    <th scope="row">{c.name}</th>
                    <td>
                      <ShareBar share={c.share} color={countryColor(c.country)} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section className="analysis-section" aria-labelledby="chokepoint-heading">
            <SectionHead
              id="chokepoint-heading"
              title="Facilities"
              note={`share of ${targetName}’s ${tonnes(value.inbound_t)}/yr passing through · ${spofCount} single point${spofCount === 1 ? '' : 's'} of failure`}
            />
            <table className="analysis-table chokepoint-table" aria-labelledby="chokepoint-heading">
              <thead>
                <tr>
                  <th scope="col" className="num">#</th>
                  <th scope="col">Facility</th>
                  <th scope="col">Stage</th>
                  <th scope="col">Country</th>
                  <th scope="col">Share passing</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id} data-id={r.id} className={r.spof ? 'is-spof' : undefined}>
                    <td className="num muted">{r.rank}</td>
                    <th scope="row">
                      <button type="button" className="link-button" title="Show in the diagram, with its chain highlighted" onClick={() => onShowInDiagram(r.id)}>
                        {r.name}
                      </button>
                      {r.spof ? (
                        <span
                          className="badge badge-danger"
                          title={`Every supply path to ${r.spof.allTargets ? 'every target' : `${r.spof.targets} target${r.spof.targets === 1 ? '' : 's'}`} passes through it (${percent(r.spof.cutsShare)} of the supply)`}
                        >
                          Single point of failure
                        </span>
                      ) : null}
                    </th>
                    <td>{r.stageLabel}</td>
                    <td>{r.countryName}</td>
                    <td>
                      <ShareBar share={r.share} color={countryColor(r.country)} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      ) : null}
    </div>
  );
}
