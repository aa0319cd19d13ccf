// The Analysis view's tabs (ARIA tabs: arrow keys, Home and End move between them).
import type { KeyboardEvent } from 'react';
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
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const at = TABS.findIndex((t) => t.tab === current);
    const to =
      e.key === 'ArrowRight' ? (at + 1) % TABS.length : e.key === 'ArrowLeft' ? (at + TABS.length - 1) % TABS.length : e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : -1;
    if (to < 0) return;
    e.preventDefault();
    onChange(TABS[to]!.tab);
    document.getElementById(tabId(TABS[to]!.tab))?.focus();
  };
  return (
    <div className="analysis-tabs" role="tablist" aria-label="Analyses" onKeyDown={onKeyDown}>
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
