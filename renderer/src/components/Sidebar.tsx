// The list of views on the left, with how many records each has.
import { formatNumber } from '../logic/format';
import { VIEWS, type ViewName } from '../logic/views';
import { Icon } from './Icon';

interface Props {
  current: ViewName | 'diagram';
  counts: Readonly<Record<ViewName, number>>;
  onSwitch: (view: ViewName) => void;
  onDiagram: () => void;
}

export function Sidebar({ current, counts, onSwitch, onDiagram }: Props) {
  return (
    <nav className="sidebar" aria-label="Views">
      <ul className="nav-list" aria-label="Diagram">
        <li>
          <button
            type="button"
            className={`nav-item${current === 'diagram' ? ' is-current' : ''}`}
            aria-current={current === 'diagram' ? 'page' : undefined}
            onClick={onDiagram}
            title="Network diagram"
          >
            <Icon name="diagram" size={16} />
            <span className="nav-label">Diagram</span>
          </button>
        </li>
      </ul>
      <p className="sidebar-heading" id="sidebar-records">
        Records
      </p>
      <ul className="nav-list" aria-labelledby="sidebar-records">
        {VIEWS.map((v, i) => (
          <li key={v.name}>
            <button
              type="button"
              className={`nav-item${v.name === current ? ' is-current' : ''}`}
              aria-current={v.name === current ? 'page' : undefined}
              onClick={() => onSwitch(v.name)}
              title={`${v.label} (Alt+${i + 1})`}
            >
              <Icon name={v.type} size={16} />
              <span className="nav-label">{v.label}</span>
              <span className="nav-count">{formatNumber(counts[v.name])}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
