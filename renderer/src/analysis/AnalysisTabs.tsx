// The Analysis view's tabs (ARIA tabs: arrow keys, Home and End move between them).
import { tabListKeys } from '../components/tabList';
import type { AnalysisTab } from './useAnalysisState';

export const TABS: readonly { tab: AnalysisTab; label: string }[] = [
  { tab: 'dependence', label: 'Dependence' },
  { tab: 'concentration', label: 'Concentration' },
  { tab: 'chokepoints', label: 'Chokepoints' },
  { tab: 'scenarios', label: 'Scenarios' },
];

export const tabId = (tab: AnalysisTab) => `analysis-tab-${tab}`;
export const panelId = (tab: AnalysisTab) => `analysis-panel-${tab}`;

export function AnalysisTabs({ current, onChange }: { current: AnalysisTab; onChange: (tab: AnalysisTab) => void }) {
  return (
    <div
      className="analysis-tabs"
      role="tablist"
      aria-label="Analyses"
      onKeyDown={tabListKeys(
        TABS.map((t) => t.tab),
        current,
        onChange,
      )}
    >
      {TABS.map((t) => (
        <button
          key={t.tab}
          type="button"
          role="tab"
          id={tabId(t.tab)}
          aria-selected={t.tab === current}
          aria-controls={panelId(t.tab)}
          tabIndex={t.tab === current ? 0 : -1}
          className={`analysis-tab${t.tab === current ? ' is-current' : ''}`}
          onClick={() => onChange(t.tab)}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
