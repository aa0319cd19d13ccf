// The records of one diff group as a scrolling list, virtualised (a snapshot may differ in
// thousands of records): each row names the record, and changed or conflicting rows list
// their fields, mine beside theirs, under one header saying which side is which. In
// record-by-record mode a conflict row has its choice; a record deleted here, its tick to
// bring it back.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { MergeChoice } from '../../../db/model/snapshot';
import { changedFieldLabel, changedFieldText } from '../logic/fieldChanges';
import { isRestored, TABLE_LABELS, type DiffRow, type Restores } from './logic/diffGroups';

interface Props {
  label: string;
  rows: readonly DiffRow[];
  /** Conflict choices, shown when deciding record by record. */
  choices: Readonly<Record<string, MergeChoice>> | null;
  onChoose: (id: string, choice: MergeChoice) => void;
  /** Ticks of records deleted here (the 'deleted' group): which come back with the merge. */
  restores?: Restores;
  onRestore?: (id: string, back: boolean) => void;
  /** What the two value columns are: here and in the snapshot, or before and after a change. */
  sides?: { mine: string; theirs: string };
}

const SNAPSHOT_SIDES = { mine: 'Here (mine)', theirs: 'In the snapshot (theirs)' };

/** A row's height before it is measured: name line plus one line per field. */
const estimate = (row: DiffRow | undefined) => 34 + (row?.fields.length ?? 0) * 22 + (row?.group === 'conflicting' ? 30 : 0);

export function DiffList({ label, rows, choices, onChoose, restores, onRestore, sides = SNAPSHOT_SIDES }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => estimate(rows[i]),
    overscan: 8,
    getItemKey: (i) => rows[i]?.key ?? i,
  });
  const items = virtualizer.getVirtualItems();
  const hasFields = rows.some((r) => r.fields.length > 0);

  return (
    <div ref={scrollRef} className="diff-scroll" role="list" aria-label={label} tabIndex={0}>
      {hasFields ? (
        // each row's table has its own (hidden) header for screen readers; this one is for the eye
        <div className="diff-columns" aria-hidden="true">
          <span>Field</span>
          <span>{sides.mine}</span>
          <span />
          <span>{sides.theirs}</span>
        </div>
      ) : null}
      <div className="diff-canvas" style={{ height: `${virtualizer.getTotalSize()}px` }}>
        {items.map((v) => {
          const row = rows[v.index];
          if (!row) return null;
          return (
            <div
              key={v.key}
              ref={virtualizer.measureElement}
              data-index={v.index}
              role="listitem"
              className={`diff-row diff-${row.group}`}
              style={{ transform: `translateY(${v.start}px)` }}
            >
              <div className="diff-row-head">
                <span className="badge">{TABLE_LABELS[row.table]}</span>
                <span className="diff-label">{row.label}</span>
                {row.needed ? <span className="diff-needed small muted">records in the snapshot need it</span> : null}
                {restores && onRestore && row.group === 'deleted' ? (
                  <label className="check diff-restore">
                    <input
                      type="checkbox"
                      aria-label={`Bring back ${row.label}`}
                      checked={isRestored(row, restores)}
                      onChange={(e) => onRestore(row.id, e.target.checked)}
                    />
                    <span>Bring back</span>
                  </label>
                ) : null}
              </div>
              {row.fields.length ? (
                <table className="diff-fields">
                  {/* fixed layout sizes the columns from these, not from the (hidden) header */}
                  <colgroup>
                    <col className="diff-col-field" />
                    <col />
                    <col className="diff-col-arrow" />
                    <col />
                  </colgroup>
                  <thead className="visually-hidden">
                    <tr>
                      <th scope="col">Field</th>
                      <th scope="col">{sides.mine}</th>
                      <td aria-hidden="true" />
                      <th scope="col">{sides.theirs}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {row.fields.map((f) => {
                      const mine = changedFieldText(row.table, f, 'mine');
                      const theirs = changedFieldText(row.table, f, 'theirs');
                      return (
                        <tr key={f.field}>
                          <th scope="row" className="diff-field-name" title={f.field}>
                            {changedFieldLabel(row.table, f.field)}
                          </th>
                          <td className="diff-mine" title={mine.title}>
                            {mine.text}
                          </td>
                          <td className="diff-arrow" aria-hidden="true">
                            →
                          </td>
                          <td className="diff-theirs" title={theirs.title}>
                            {theirs.text}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              ) : null}
              {choices && row.group === 'conflicting' ? (
                <div className="diff-choice" role="radiogroup" aria-label={`Keep which version of ${row.label}`}>
                  {(['mine', 'theirs'] as const).map((side) => (
                    <label key={side} className="check">
                      <input type="radio" name={`choice-${row.id}`} checked={choices[row.id] === side} onChange={() => onChoose(row.id, side)} />
                      <span>{side === 'mine' ? 'Keep mine' : 'Take theirs'}</span>
                    </label>
                  ))}
                </div>
              ) : null}
            </div>
          );
        })}
      </div>
    </div>
  );
}
