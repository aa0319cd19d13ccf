// The saved scenarios the report prints, each run over its own months: re-run when the
// records, the options or the scenarios chosen (or their definitions) change. One run at a
// time: on a large workspace each is a full simulation, and the host has other readers.
import { useEffect, useState } from 'react';
import type { Scenario, ScenarioResult } from '../../../db/model/analysis';
import type { WorkspaceStore } from '../state/workspace';
import { outcome, type Outcome } from './useReportAnalyses';

export interface ScenarioRun {
  scenario: Scenario;
  outcome: Outcome<ScenarioResult>;
}

/** null until every chosen scenario's run has settled for the current records and options. */
export function useReportScenarios(store: WorkspaceStore, version: number, chosen: readonly Scenario[], includePlanned: boolean): ScenarioRun[] | null {
  const [state, setState] = useState<{ key: string; value: ScenarioRun[] } | null>(null);
  const key = `${version}:${includePlanned}:${chosen.map((s) => `${s.id}@${s.revision}@${s.updated_at}`).join(',')}`;

  useEffect(() => {
    let live = true;
    const include_planned = includePlanned;
    void (async () => {
      const runs: ScenarioRun[] = [];
      for (const scenario of chosen) {
        if (!live) return;
        runs.push({ scenario, outcome: await outcome(store.read('scenarios.run', { id: scenario.id, include_planned })) });
      }
      if (live) setState({ key, value: runs });
    })();
    return () => {
      live = false;
    };
    // `chosen` is in `key` (ids and revisions).
  }, [store, key]);

  return state?.key === key ? state.value : null;
}
