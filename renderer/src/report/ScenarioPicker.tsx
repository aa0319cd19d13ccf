// Which saved scenarios the report prints: a disclosure in the toolbar with a box for each
// (all of them unless left out; a scenario saved later is in until it is left out too).
import { useRef, type KeyboardEvent } from 'react';
import type { Scenario } from '../../../db/model/analysis';

interface Props {
  scenarios: readonly Scenario[] | null;
  leftOut: ReadonlySet<string>;
  onToggle: (id: string) => void;
}

export function ScenarioPicker({ scenarios, leftOut, onToggle }: Props) {
  const details = useRef<HTMLDetailsElement>(null);
  if (scenarios === null) return null;
  if (!scenarios.length) return <span className="report-option muted small">No saved scenarios</span>;
  const chosen = scenarios.filter((s) => !leftOut.has(s.id)).length;
  // Escape closes it and puts the focus back on its summary, as a menu would.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !details.current?.open) return;
    e.stopPropagation();
    details.current.open = false;
    details.current.querySelector('summary')?.focus();
  };
  return (
    <details ref={details} className="report-scenario-picker" onKeyDown={onKeyDown}>
      <summary className="button button-small">
        Scenarios: {chosen} of {scenarios.length}
      </summary>
      <fieldset className="report-scenario-choices">
        <legend>Scenarios in the report</legend>
        {scenarios.map((s) => (
          <label key={s.id} className="check">
            <input type="checkbox" checked={!leftOut.has(s.id)} onChange={() => onToggle(s.id)} />
            {s.name}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
