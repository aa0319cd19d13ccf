// What the Analysis view remembers while the window is open (kept by the window, so going to
// the diagram from a chokepoint and back finds the same tab and targets), and the engine
// that runs its analyses, started on first use.
import { useMemo, useState } from 'react';
import { useStore } from '../state/context';
import type { ScenarioDraft } from './logic/scenarioDraft';
import { AnalysisEngine } from './worker/engine';

export type AnalysisTab = 'dependence' | 'concentration' | 'chokepoints' | 'scenarios' | 'checks';
export type ProvenanceBy = 'location' | 'owner';

export function useAnalysisState() {
  const store = useStore();
  const engine = useMemo(() => new AnalysisEngine(store), [store]);
  const [tab, setTab] = useState<AnalysisTab>('dependence');
  /** Target facilities (ids); empty means every OEM. */
  const [targets, setTargets] = useState<string[]>([]);
  const [by, setBy] = useState<ProvenanceBy>('location');
  const [includePlanned, setIncludePlanned] = useState(false);
  const [basis, setBasis] = useState<'capacity' | 'throughput'>('capacity');
  /** The scenario open in the editor: a saved one (its id) or a new one, the draft, and the draft as opened (draftKey). */
  const [scenario, setScenario] = useState<{ id: string | null; draft: ScenarioDraft; loaded: string } | null>(null);
  return { engine, tab, setTab, targets, setTargets, by, setBy, includePlanned, setIncludePlanned, basis, setBasis, scenario, setScenario };
}

export type AnalysisState = ReturnType<typeof useAnalysisState>;
