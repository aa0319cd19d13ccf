// The list of views on the left: the pages (diagram, ...) and the record tables with how
// many records each has.
import type { Page } from '../hooks/useViews';
import { formatNumber } from '../logic/format';
import { VIEWS, type ViewName } from '../logic/views';
import { Icon, type IconName } from './Icon';

type PageName = Exclude<Page, 'records'>;

/** The top list: one entry per page, in this order. */
const PAGES: readonly { page: PageName; label: string; icon: IconName; title: string }[] = [
  { page: 'diagram', label: 'Diagram', icon: 'diagram', title: 'Network diagram' },
  { page: 'analysis', label: 'Analysis', icon: 'analysis', title: 'Dependence by stage, concentration, chokepoints and scenarios' },
  { page: 'snapshots', label: 'Snapshots', icon: 'snapshot', title: 'Snapshots: share, merge, export' },
  { page: 'report', label: 'Report', icon: 'report', title: 'Report: summary, concentration, chokepoints, provenance and the diagram, as a PDF' },
];

interface Props {
  current: ViewName | PageName;
  counts: Readonly<Record<ViewName, number>>;
  onSwitch: (view: ViewName) => void;
  onPage: (page: PageName) => void;
}

export function Sidebar({ current, counts, onSwitch, onPage }: Props) {
  return (
    <nav className="sidebar" aria-label="Views">
      <ul className="nav-list" aria-label="Pages">
        {PAGES.map((p) => (
          <li key={p.page}>
            <button
              type="button"
              className={`nav-item${current === p.page ? ' is-current' : ''}`}
              aria-current={current === p.page ? 'page' : undefined}
              onClick={() => onPage(p.page)}
              title={p.title}
            >
              <Icon name={p.icon} size={16} />
              <span className="nav-label">{p.label}</span>
            </button>
          </li>
        ))}
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
