// The Analysis view's tabs (components/TabList: arrow keys, Home and End move between them).
import type { ReactNode } from 'react';
import { TabList } from '../components/TabList';
import type { AnalysisTab } from './useAnalysisState';

export const TABS: readonly { tab: AnalysisTab; label: string }[] = [
  { tab: 'dependence', label: 'Dependence' },
  { tab: 'concentration', label: 'Concentration' },
  { tab: 'chokepoints', label: 'Chokepoints' },
  { tab: 'scenarios', label: 'Scenarios' },
  { tab: 'checks', label: 'Checks' },
];

export const tabId = (tab: AnalysisTab) => `analysis-tab-${tab}`;
export const panelId = (tab: AnalysisTab) => `analysis-panel-${tab}`;

const TAB_IDS = TABS.map((t) => t.tab);
const LABELS = Object.fromEntries(TABS.map((t) => [t.tab, t.label])) as Record<AnalysisTab, string>;

interface Props {
  current: AnalysisTab;
  onChange: (tab: AnalysisTab) => void;
  /** Shown after a tab's label (the Checks tab's count of warnings). */
  badges?: Partial<Record<AnalysisTab, ReactNode>>;
}

export function AnalysisTabs({ current, onChange, badges = {} }: Props) {
  return (
    <TabList
      label="Analyses"
      tabs={TAB_IDS}
      current={current}
      onChoose={onChange}
      className="analysis-tabs"
      tabClassName={(_, chosen) => `analysis-tab${chosen ? ' is-current' : ''}`}
      tabAttributes={(tab) => ({ id: tabId(tab), 'aria-controls': panelId(tab) })}
    >
      {(tab) => (
        <>
          {LABELS[tab]}
          {badges[tab] ?? null}
        </>
      )}
    </TabList>
  );
}
