// Dependence by stage for the targets: the key figure (the leading country's share at each
// stage), the stacked-bar chart with the same numbers as a table, and the routes that carry
// the material as a Sankey and as a list.
import { useMemo } from 'react';
import { COUNTRY_NAMES } from '../../../db/model/countries';
import type { ProvenanceResult } from '../../../db/model/analysis';
import { DependenceChart } from './DependenceChart';
import { PanelStatus } from './PanelStatus';
import { ProvenanceSankey } from './ProvenanceSankey';
import { dependenceModel } from './logic/dependence';
import { evidenceLevel, evidenceText, weakRecordText } from './logic/evidence';
import { percent, tonnes } from './logic/format';
import { sankeyModel } from './logic/sankey';
import { stageName } from './logic/stages';
import type { AnalysisResult as Result } from './worker/useAnalysis';
import { SectionHead } from './SectionHead';

interface Props {
  result: Result<'analysis.provenance'>;
  targetName: string;
  by: 'location' | 'owner';
  onOpenRecord: (kind: 'facility' | 'flow', id: string) => void;
}

const ROUTES_LISTED = 8;

export function DependencePanel({ result, targetName, by, onOpenRecord }: Props) {
  const value = result.value;
  const model = useMemo(() => (value ? dependenceModel(value) : null), [value]);
  const sankey = useMemo(() => (value ? sankeyModel(value.routes.slice(0, 24), targetName) : null), [value, targetName]);
  const basis = by === 'owner' ? 'controlling-owner country' : 'location';
  const empty = value && value.inbound_t <= 0 ? `${targetName} receives nothing in the workspace: no flows with a volume lead to it.` : null;

  return (
    <div className={`analysis-panel-body${result.busy && value ? ' is-stale' : ''}`}>
      <PanelStatus busy={result.busy && !value} error={result.error} empty={empty} />
      {value && model && !empty ? (
        <>
          <section className="analysis-section" aria-labelledby="dependence-heading">
            <SectionHead
              id="dependence-heading"
              title={`${targetName}: share of inbound material by country at each stage`}
              note={`${tonnes(value.inbound_t)}/yr inbound · countries by ${basis}`}
            />
            {model.leader ? <LeaderStrip leader={model.leader} stages={model.stages} /> : null}
            <DependenceChart model={model} label={`Share of ${targetName}’s inbound material by country at each stage`} />
            <div className={`evidence-line evidence-${evidenceLevel(value.evidence)}`}>
              <p data-testid="evidence">
                <span className="evidence-label">Resting on:</span> {evidenceText(value.evidence)}
              </p>
              {value.evidence.weakest.length ? (
                <p className="evidence-weakest">
                  <span id="weakest-label">Weak records carrying the most: </span>
                  <span role="list" aria-labelledby="weakest-label">
                    {value.evidence.weakest.map((w, i) => (
                      <span role="listitem" key={`${w.kind}:${w.id}`}>
                        {i > 0 ? ' · ' : null}
                        <button type="button" className="link-button" title={`Open this ${w.kind} in its table, to check its sources and confidence`} onClick={() => onOpenRecord(w.kind, w.id)}>
                          {weakRecordText(w)}
                        </button>
                      </span>
                    ))}
                  </span>
                </p>
              ) : null}
            </div>
            <DependenceTable value={value} stages={model.stages.map((s) => s.stage)} notThrough={model.notThrough} />
          </section>
          <section className="analysis-section" aria-labelledby="routes-heading">
            <SectionHead
              id="routes-heading"
              title="Routes"
              note={`the ${Math.min(24, value.routes.length)} largest routes carry ${percent(sankey?.shownShare ?? 0)} of the inbound`}
            />
            {sankey && sankey.nodes.length ? <ProvenanceSankey model={sankey} label={`Routes that carry ${targetName}’s material, by stage and country`} /> : null}
            <ol className="route-list" aria-label="Largest routes">
              {value.routes.slice(0, ROUTES_LISTED).map((r, i) => (
                <li key={i}>
                  <span className="route-share">{percent(r.share)}</span>
                  <span className="route-path">{r.path.map((h) => `${COUNTRY_NAMES[h.country] ?? h.country} ${stageName(h.stage).toLowerCase()}`).join(' → ')}</span>
                </li>
              ))}
            </ol>
          </section>
        </>
      ) : null}
    </div>
  );
}

function LeaderStrip({ leader, stages }: { leader: NonNullable<ReturnType<typeof dependenceModel>['leader']>; stages: { label: string }[] }) {
  return (
    <p className="leader-strip" data-testid="leader-strip">
      <span className="leader-name">Through {leader.name}:</span>
      {stages.map((s, i) => (
        <span key={s.label} className="leader-figure">
          <span className="leader-stage">{s.label}</span> <strong>{percent(leader.shares[i]!, 0)}</strong>
        </span>
      ))}
    </p>
  );
}

/** The chart's numbers for keyboard and screen-reader users (and anyone who wants the figures). */
interface TableProps {
  value: ProvenanceResult;
  stages: readonly ProvenanceResult['routes'][number]['path'][number]['stage'][];
  /** Per stage, the share that passed through no facility of it (dependenceModel). */
  notThrough: readonly number[];
}

function DependenceTable({ value, stages, notThrough }: TableProps) {
  return (
    <details className="analysis-details">
      <summary>Figures</summary>
      <table className="analysis-table" aria-label="Share of inbound by stage and country">
        <thead>
          <tr>
            <th scope="col">Stage</th>
            <th scope="col">Countries (share of inbound)</th>
            <th scope="col">Not through this stage</th>
          </tr>
        </thead>
        <tbody>
          {stages.map((stage, i) => (
            <tr key={stage} data-stage={stage}>
              <th scope="row">{stageName(stage)}</th>
              <td>
                {(value.stages[stage] ?? [])
                  .filter((c) => c.share > 0)
                  .map((c) => `${COUNTRY_NAMES[c.country] ?? c.country} ${percent(c.share)}`)
                  .join(', ')}
              </td>
              <td className="num">{notThrough[i]! > 0 ? percent(notThrough[i]!) : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
