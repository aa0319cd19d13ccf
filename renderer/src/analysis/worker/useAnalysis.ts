// One analysis result for a panel, kept in step with the workspace: re-requested whenever
// the input or the workspace's records change, the previous result shown (marked stale)
// while the new one is computed.
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { LodestoneErrorData } from '../../../../db/errors';
import type { AnalysisEngine } from './engine';
import type { AnalysisInput, AnalysisOp, AnalysisOutput } from './protocol';

export interface AnalysisResult<N extends AnalysisOp> {
  value: AnalysisOutput<N> | null;
  error: LodestoneErrorData | null;
  /** A newer result is being computed (value, if any, is the previous one). */
  busy: boolean;
  /** Compute time of the value shown, ms. */
  ms: number | null;
}

/** `input` null: nothing to compute (e.g. no scenario run yet). `version` is the workspace's. */
export function useAnalysis<N extends AnalysisOp>(
  engine: AnalysisEngine,
  slot: string,
  op: N,
  input: AnalysisInput<N> | null,
  version: number,
): AnalysisResult<N> {
  const key = input === null ? null : `${version}\u0000${JSON.stringify(input)}`;
  const [state, setState] = useState<AnalysisResult<N> & { key: string | null }>({ value: null, error: null, busy: false, ms: null, key: null });

  useEffect(() => {
    if (key === null || input === null) {
      setState({ value: null, error: null, busy: false, ms: null, key: null });
      return;
    }
    let live = true;
    setState((s) => ({ ...s, busy: true }));
    void engine.request(slot, op, input).then((result) => {
      if (!live || result.status === 'superseded') return;
      if (result.status === 'done') setState({ value: result.value, error: null, busy: false, ms: result.ms, key });
      else setState({ value: null, error: result.error, busy: false, ms: null, key });
    });
    return () => {
      live = false;
    };
    // `key` stands for `input` (its JSON) and `version`.
  }, [engine, slot, op, key]);

  return { value: state.value, error: state.error, busy: state.busy, ms: state.ms };
}

/** How many analyses are running or waiting, for the view's busy indicator. */
export function useEngineBusy(engine: AnalysisEngine): number {
  return useSyncExternalStore(engine.subscribe, engine.getBusy);
}
