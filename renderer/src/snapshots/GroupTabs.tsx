// Counts per kind of change (added, changed, removed, conflicting) as tabs that open their
// list: the snapshot diff and the changes of a past merge show them alike.
import { TabList } from '../components/TabList';
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
    <TabList
      label={label}
      tabs={groups}
      current={current}
      onChoose={onChoose}
      className={`diff-groups diff-groups-${groups.length}`}
      tabClassName={(g, chosen) => `diff-group diff-group-${g}${chosen ? ' is-current' : ''}`}
      tabAttributes={(g) => ({ 'data-testid': `${testIdPrefix}-${g}` })}
    >
      {(g) => (
        <>
          <span className="diff-group-count">{formatNumber(counts[g])}</span>
          <span className="diff-group-label">{labels[g]}</span>
        </>
      )}
    </TabList>
  );
}
