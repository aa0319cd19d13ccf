// A record's history at the foot of its inspector: every change it went through, newest
// first, with when, by what (an edit, a CSV import, a merge, an undo) and its fields before
// and after, the sources it came to cite or stopped citing, and the reviews of its data-check
// findings. Read from the change log when opened, and again when the record or its citations change.
import { useState } from 'react';
import type { RecordChange } from '../../../db/api';
import type { SnapshotTable } from '../../../db/model/snapshot';
import { useRead } from '../hooks/useRead';
import { useWorkspace } from '../state/context';
import { asSides, changedFieldLabel, changedFieldText } from '../logic/fieldChanges';
import { formatNumber, formatStamp } from '../logic/format';
import { TYPE_LABELS, type EditableType } from '../logic/forms';
import { viewOfType } from '../logic/views';

/** Listed at most; older ones are counted. */
const LISTED = 100;

export function RecordHistory({ type, id }: { type: EditableType; id: string }) {
  const [open, setOpen] = useState(false);
  const table = viewOfType(type); // each record view is named after its table
  // asked again after any write while open: an edit, an undo, a citation linked here
  const lastChange = useWorkspace().info?.last_change;
  const { value: history, error } = useRead('history.record', open ? { table, id, limit: LISTED } : null, lastChange);

  return (
    <details className="record-history" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>History</summary>
      {error ? (
        <p className="record-history-note" role="alert">
          Could not read the history: {error}
        </p>
      ) : !history ? (
        open ? <progress className="record-history-progress" aria-label="Reading the history" /> : null
      ) : (
        <>
          <ol className="record-history-list" aria-label={`Changes to this ${TYPE_LABELS[type].one}`}>
            {history.changes.map((change, i) => (
              <li key={`${change.batch.id}:${i}`} className={change.batch.state === 'done' ? undefined : 'is-undone'}>
                <div className="record-history-head">
                  <time dateTime={change.batch.at}>{formatStamp(change.batch.at)}</time>
                  {change.batch.state === 'done' ? null : <span className="badge">Undone</span>}
                </div>
                <div className="record-history-by">{change.batch.label}</div>
                {change.citation !== undefined ? <div className="record-history-op">{citationText(change.op, change.citation)}</div> : null}
                {change.review !== undefined ? <div className="record-history-op">{reviewChangeText(change.op, change.review)}</div> : null}
                {change.review !== undefined ? null : change.op === 'update' ? (
                  <ChangedFields table={change.citation !== undefined ? 'source_links' : table} fields={change.fields} />
                ) : change.citation === undefined ? (
                  <div className="record-history-op">{change.op === 'insert' ? 'Created' : 'Deleted'}</div>
                ) : null}
              </li>
            ))}
          </ol>
          {history.more > 0 ? <p className="record-history-note">{formatNumber(history.more)} older changes are not listed.</p> : null}
        </>
      )}
    </details>
  );
}

/** What a change to one of the record's citations did. */
function citationText(op: RecordChange['op'], source: string): string {
  return op === 'insert' ? `Cites “${source}”` : op === 'delete' ? `No longer cites “${source}”` : `Its citation of “${source}” changed`;
}

/** What a change to the review of one of the record's check findings did. */
function reviewChangeText(op: RecordChange['op'], review: NonNullable<RecordChange['review']>): string {
  return op === 'insert'
    ? `“${review.check}” marked reviewed: ${review.note}`
    : op === 'delete'
      ? `“${review.check}”: review removed`
      : `“${review.check}” reviewed again: ${review.note}`;
}

/** An update's fields, before -> after, as the tables write them. */
function ChangedFields({ table, fields }: { table: SnapshotTable; fields: RecordChange['fields'] }) {
  return (
    <ul className="record-history-fields">
      {fields.map((f) => {
        const sides = asSides(f);
        const before = changedFieldText(table, sides, 'mine');
        const after = changedFieldText(table, sides, 'theirs');
        return (
          <li key={f.field}>
            <span className="record-history-field">{changedFieldLabel(table, f.field)}</span>{' '}
            <span className="record-history-before" title={before.title}>
              {before.text}
            </span>
            <span aria-label="changed to"> → </span>
            <span title={after.title}>{after.text}</span>
          </li>
        );
      })}
    </ul>
  );
}
