// What one past merge or CSV import did, record by record: what it added, changed (before ->
// after, field by field) and removed, read from the change log when opened.
import { useMemo, useState } from 'react';
import { errorData } from '../api/client';
import { useRead } from '../hooks/useRead';
import { useStore, useWorkspace } from '../state/context';
import { formatNumber, plural } from '../logic/format';
import { TYPE_LABELS } from '../logic/forms';
import { DiffList } from './DiffList';
import { GroupTabs } from './GroupTabs';
import { useChooseRecords } from './chooseRecords';
import { CHANGE_GROUPS, CHANGE_LABELS, changeCounts, changeRows, touchedRecords, type ChangeGroup } from './logic/batchRows';

/** Listed at most; a bigger batch says how many more it made. */
const LISTED = 2_000;
/** Read whole when its records are chosen in a table (the api's most). */
const ALL = 100_000;
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
      {changes.batch.state === 'undone' ? (
        <p className="small muted">This {noun} has been undone: none of these changes are in effect.</p>
      ) : (
        <ChooseTouched batchId={batchId} listed={touchedRecords(changes)} more={changes.more > 0} noun={noun} />
      )}
    </section>
  );
}

/**
 * "Choose its facilities in the table": opens the table with the records the batch added
 * or changed chosen, so the bulk editor can cite the report they came from, set a
 * confidence, or delete them.
 */
function ChooseTouched({ batchId, listed, more, noun }: { batchId: number; listed: { facility: string[]; flow: string[] }; more: boolean; noun: string }) {
  const choose = useChooseRecords();
  const store = useStore();
  const [error, setError] = useState<string | null>(null);
  if (!choose) return null;
  const open = async (type: 'facility' | 'flow') => {
    try {
      // The listed entries are the first LISTED; a bigger batch is read whole.
      const ids = more ? touchedRecords(await store.read('history.changes', { batch_id: batchId, limit: ALL }))[type] : listed[type];
      choose(type, ids);
    } catch (e) {
      setError(errorData(e).message);
    }
  };
  const types = (['facility', 'flow'] as const).filter((t) => listed[t].length > 0 || more);
  if (types.length === 0) return null;
  return (
    <div className="batch-choose">
      {types.map((t) => (
        <button key={t} type="button" className="button" onClick={() => void open(t)}>
          Choose the {TYPE_LABELS[t].many} it added or changed{!more ? ` (${formatNumber(listed[t].length)})` : ''}
        </button>
      ))}
      <span className="small muted">in their table, to cite a source for them, set a field on all, or delete them</span>
      {error ? (
        <p className="snap-refused" role="alert">
          Could not read what the {noun} changed: {error}
        </p>
      ) : null}
    </div>
  );
}
