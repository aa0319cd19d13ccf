// Counts per kind of change (added, changed, removed, conflicting) as tabs that open their
// list: the snapshot diff and the changes of a past merge show them alike.
import { tabListKeys } from '../components/tabList';
import { formatNumber } from '../logic/format';

interface Props<G extends string> {
  label: string;
  groups: readonly G[];
  counts: Readonly<Record<G, number>>;
  labels: Readonly<Record<G, string>>;
  current: G;
  onChoose: (group: G) => void;
  /** data-testid of each tab: `${testIdPrefix}-${group}`. */
  testIdPrefix: string;
}

export function GroupTabs<G extends string>({ label, groups, counts, labels, current, onChoose, testIdPrefix }: Props<G>) {
  return (
    <div className={`diff-groups diff-groups-${groups.length}`} role="tablist" aria-label={label} onKeyDown={tabListKeys(groups, current, onChoose)}>
      {groups.map((g) => (
        <button
          key={g}
          type="button"
          role="tab"
          aria-selected={current === g}
          tabIndex={current === g ? 0 : -1}
          className={`diff-group diff-group-${g}${current === g ? ' is-current' : ''}`}
          onClick={() => onChoose(g)}
          data-testid={`${testIdPrefix}-${g}`}
        >
          <span className="diff-group-count">{formatNumber(counts[g])}</span>
          <span className="diff-group-label">{labels[g]}</span>
        </button>
      ))}
    </div>
  );
}
