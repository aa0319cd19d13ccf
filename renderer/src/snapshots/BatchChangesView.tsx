// What one past merge or CSV import did, record by record: what it added, changed (before ->
// after, field by field) and removed, read from the change log when opened.
import { useMemo, useState } from 'react';
import { useRead } from '../hooks/useRead';
import { useWorkspace } from '../state/context';
import { formatNumber, plural } from '../logic/format';
import { DiffList } from './DiffList';
import { GroupTabs } from './GroupTabs';
import { CHANGE_GROUPS, CHANGE_LABELS, changeCounts, changeRows, type ChangeGroup } from './logic/batchRows';

/** Listed at most; a bigger batch says how many more it made. */
const LISTED = 2_000;
const BEFORE_AFTER = { mine: 'Before', theirs: 'After' };
const noChoice = () => undefined;

interface Props {
  batchId: number;
  id: string;
  /** What made the changes, for the texts: "merge" or "import". */
  noun: string;
}

export function BatchChangesView({ batchId, id, noun }: Props) {
  // asked again when the workspace changes: an undo of the batch changes its state
  const lastChange = useWorkspace().info?.last_change;
  const { value: changes, error } = useRead('history.changes', { batch_id: batchId, limit: LISTED }, lastChange);
  const [group, setGroup] = useState<ChangeGroup | null>(null);

  const counts = useMemo(() => (changes ? changeCounts(changes) : null), [changes]);
  const shown: ChangeGroup = group ?? CHANGE_GROUPS.find((g) => (counts?.[g] ?? 0) > 0) ?? 'added';
  const rows = useMemo(() => (changes ? changeRows(changes, shown) : []), [changes, shown]);

  if (error) return <p id={id} className="snap-refused" role="alert">Could not read what the {noun} changed: {error}</p>;
  if (!changes || !counts) return <progress id={id} className="snap-progress" aria-label={`Reading what the ${noun} changed`} />;
  return (
    <section id={id} className="diff batch-changes" aria-label={`What ${changes.batch.label} changed`}>
      <GroupTabs label="Kinds of change" groups={CHANGE_GROUPS} counts={counts} labels={CHANGE_LABELS} current={shown} onChoose={setGroup} testIdPrefix="change-count" />
      {rows.length === 0 ? (
        <p className="diff-empty muted">None.</p>
      ) : (
        <DiffList label={`${CHANGE_LABELS[shown]} by the ${noun}`} rows={rows} choices={null} onChoose={noChoice} sides={BEFORE_AFTER} />
      )}
      {changes.more > 0 ? (
        <p className="small muted">
          The first {plural(changes.entries.length, 'change')} are listed; {formatNumber(changes.more)} more are not.
        </p>
      ) : null}
      {changes.batch.state === 'undone' ? <p className="small muted">This {noun} has been undone: none of these changes are in effect.</p> : null}
    </section>
  );
}
