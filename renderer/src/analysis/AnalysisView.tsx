// The Analysis page: for the chosen targets (every OEM unless some are picked), dependence
// by stage with its routes, concentration by stage, chokepoints, disruption scenarios, and the
// data checks (records the analyses read otherwise than the analyst likely means).
// Analyses run in a Web Worker over the records the window holds and follow every edit.
import { useMemo } from 'react';
import type { Pickers } from '../logic/pickers';
import { useWorkspace } from '../state/context';
import { AnalysisTabs, panelId, tabId } from './AnalysisTabs';
import { useReviewedChecks } from './checks/useReviewedChecks';
import { ChecksPanel } from './ChecksPanel';
import { ChokepointPanel } from './ChokepointPanel';
import { ConcentrationPanel } from './ConcentrationPanel';
import { DependencePanel } from './DependencePanel';
import { oemIds, targetIds as resolveTargets, targetLabel } from './logic/targets';
import { ScenarioPanel } from './scenarios/ScenarioPanel';
import { TargetPicker } from './TargetPicker';
import type { AnalysisState } from './useAnalysisState';
import { useAnalysis, useEngineBusy } from './worker/useAnalysis';
import './analysis.css';

interface Props {
  state: AnalysisState;
  /** Opens the diagram on a facility, selected, with its chain highlighted. */
  onShowInDiagram: (facilityId: string) => void;
  /** Opens a facility or flow in its table, with the inspector on it. */
  onOpenRecord: (kind: 'facility' | 'flow', id: string) => void;
  /** The window's picker options (facilities, materials), built once for the inspector. */
  pickers: Pickers;
}

export function AnalysisView({ state, onShowInDiagram, onOpenRecord, pickers }: Props) {
  const ws = useWorkspace();
  const { engine, tab, includePlanned, by } = state;
  const busy = useEngineBusy(engine);

  const facilityById = useMemo(() => new Map(ws.facilities.map((f) => [f.id, f])), [ws.facilities]);
  const nameOf = (id: string) => facilityById.get(id)?.name;
  const oems = useMemo(() => oemIds(ws.facilities, includePlanned), [ws.facilities, includePlanned]);
  const targets = useMemo(() => resolveTargets(state.targets, ws.facilities, includePlanned), [state.targets, ws.facilities, includePlanned]);
  const targetName = targetLabel(state.targets, targets, nameOf);
  const noTargets = targets.length === 0;

  // Each tab's analysis runs while its tab is showing; a tab shown again gets a fresh result.
  const provenance = useAnalysis(
    engine,
    'provenance',
    'analysis.provenance',
    tab === 'dependence' && !noTargets ? { facilities: targets, by, max_routes: 40, include_planned: includePlanned } : null,
    ws.version,
  );
  const concentration = useAnalysis(engine, 'concentration', 'analysis.concentrationAll', tab === 'concentration' ? { include_planned: includePlanned } : null, ws.version);
  const chokepoints = useAnalysis(
    engine,
    'chokepoints',
    'analysis.chokepoints',
    tab === 'chokepoints' && !noTargets ? { targets, limit: 100, include_planned: includePlanned } : null,
    ws.version,
  );
  // Asked for last, so it queues behind the showing tab's analysis: its count of warnings
  // marks the Checks tab whichever tab is showing.
  const { checks, reviews } = useReviewedChecks(engine, 'checks', { include_planned: includePlanned });
  const warnings = checks.value?.counts.warning ?? 0;
  const checksBadge =
    warnings > 0 ? (
      <span className="badge badge-warn analysis-tab-badge" title={`${warnings} open warning${warnings === 1 ? '' : 's'} in the data checks`} data-testid="checks-badge">
        {warnings.toLocaleString('en-US')}
      </span>
    ) : null;

  return (
    <section className="analysis-view" data-testid="analysis" aria-label="Analysis">
      <div className="view-header">
        <h1 className="view-title">Analysis</h1>
        <span className="analysis-busy" role="status" aria-live="polite">
          {busy ? (
            <>
              <span className="spinner" aria-hidden="true" /> Computing…
            </>
          ) : null}
        </span>
      </div>
      <div className="analysis-controls">
        <TargetPicker picked={state.targets} onChange={state.setTargets} options={pickers.facilities} nameOf={nameOf} oemCount={oems.length} />
        <div className="analysis-options" role="radiogroup" aria-label="Countries by">
          <span className="analysis-control-label">Countries by</span>
          {(['location', 'owner'] as const).map((b) => (
            <label key={b} className="choice-toggle">
              <input type="radio" name="analysis-by" value={b} checked={by === b} onChange={() => state.setBy(b)} />
              <span>{b === 'location' ? 'Location' : 'Controlling owner'}</span>
            </label>
          ))}
        </div>
        <label className="check analysis-planned">
          <input type="checkbox" checked={includePlanned} onChange={(e) => state.setIncludePlanned(e.target.checked)} />
          Count planned and under-construction facilities
        </label>
      </div>
      <AnalysisTabs current={tab} onChange={state.setTab} badges={{ checks: checksBadge }} />
      <div className="analysis-panel" role="tabpanel" id={panelId(tab)} aria-labelledby={tabId(tab)} tabIndex={0}>
        {noTargets && tab !== 'concentration' && tab !== 'scenarios' && tab !== 'checks' ? (
          <p className="analysis-message">
            {state.targets.length ? 'The picked facilities are no longer in the workspace.' : 'There are no operating OEMs in the workspace: pick the facilities to analyse above.'}
          </p>
        ) : tab === 'dependence' ? (
          <DependencePanel result={provenance} targetName={targetName} by={by} onOpenRecord={onOpenRecord} />
        ) : tab === 'concentration' ? (
          <ConcentrationPanel result={concentration} basis={state.basis} onBasis={state.setBasis} />
        ) : tab === 'chokepoints' ? (
          <ChokepointPanel result={chokepoints} targetName={targetName} onShowInDiagram={onShowInDiagram} />
        ) : tab === 'checks' ? (
          <ChecksPanel result={checks} includePlanned={includePlanned} reviews={reviews} onOpenRecord={onOpenRecord} />
        ) : (
          <ScenarioPanel state={state} targetIds={targets} targetName={targetName} pickers={pickers} />
        )}
      </div>
    </section>
  );
}
