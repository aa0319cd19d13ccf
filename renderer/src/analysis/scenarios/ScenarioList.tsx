// The saved scenarios, a new empty one, and the ready-made ones: China bans all exports;
// China bans heavy rare earths to the facilities analysed.
import type { Scenario } from '../../../../db/model/analysis';
import { Icon } from '../../components/Icon';

interface Props {
  scenarios: readonly Scenario[] | null;
  currentId: string | null;
  /** A new scenario is open and not yet saved. */
  drafting: boolean;
  onOpen: (id: string) => void;
  onNew: () => void;
  onPreset: (preset: ScenarioPreset) => void;
  /** The heavy rare-earth ban's tooltip: whom it bans exports to, or why it cannot be made. */
  heavyBan: { title: string; unavailable: boolean };
}

export type ScenarioPreset = 'china-ban' | 'heavy-ban';

export function ScenarioList({ scenarios, currentId, drafting, onOpen, onNew, onPreset, heavyBan }: Props) {
  return (
    <nav className="scenario-list" aria-label="Scenarios">
      <div className="scenario-list-actions">
        <button type="button" className="button button-small" onClick={onNew}>
          <Icon name="plus" size={14} /> New scenario
        </button>
        <button type="button" className="button button-small" onClick={() => onPreset('china-ban')} title="A scenario in which China stops all rare-earth exports from month 1 (docs/scenarios/china-export-ban.json)">
          China bans exports
        </button>
        <button type="button" className="button button-small" onClick={() => onPreset('heavy-ban')} disabled={heavyBan.unavailable} title={heavyBan.title}>
          China bans heavy rare earths
        </button>
      </div>
      <ul className="scenario-items" aria-label="Saved scenarios">
        {drafting ? (
          <li>
            <span className="scenario-item is-current is-draft" aria-current="true">
              Unsaved scenario
            </span>
          </li>
        ) : null}
        {(scenarios ?? []).map((s) => (
          <li key={s.id}>
            <button
              type="button"
              className={`scenario-item${s.id === currentId && !drafting ? ' is-current' : ''}`}
              aria-current={s.id === currentId && !drafting ? 'true' : undefined}
              onClick={() => onOpen(s.id)}
            >
              <span className="scenario-item-name">{s.name}</span>
              <span className="scenario-item-detail">
                {s.disruptions.length} disruption{s.disruptions.length === 1 ? '' : 's'} · {s.months} months
              </span>
            </button>
          </li>
        ))}
        {scenarios && scenarios.length === 0 && !drafting ? <li className="muted small scenario-none">No saved scenarios yet.</li> : null}
      </ul>
    </nav>
  );
}
