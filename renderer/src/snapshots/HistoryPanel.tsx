// The snapshot history: every export and merge, who, when, which file, what changed; a
// merge opens the list of the records it added, changed and removed.
// Fetched when the panel shows and whenever the workspace changes (a merge, its undo).
import { Fragment, useState } from 'react';
import { useRead } from '../hooks/useRead';
import { formatStamp } from '../logic/format';
import { useWorkspace } from '../state/context';
import { BatchChangesView } from './BatchChangesView';
import { ChangesToggle } from './ChangesToggle';
import { historyState, historySummary } from './logic/history';

export function HistoryPanel({ active }: { active: boolean }) {
  const lastChange = useWorkspace().info?.last_change;
  const { value: entries, error } = useRead('snapshot.history', active ? { limit: 200 } : null, lastChange);
  /** The history entry whose changes are open, if any. */
  const [open, setOpen] = useState<number | null>(null);

  if (error) return <p className="snap-refused" role="alert">Could not read the snapshot history: {error}</p>;
  if (!entries) return <progress className="snap-progress" aria-label="Reading the snapshot history" />;
  if (entries.length === 0) {
    return <p className="snap-empty muted">No snapshots exported or merged yet. Exports and merges are listed here.</p>;
  }
  return (
    <div className="snap-history-wrap">
      <table className="snap-history" aria-label="Snapshot history">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Action</th>
            <th scope="col">Who</th>
            <th scope="col">File</th>
            <th scope="col">What</th>
            <th scope="col">State</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => {
            const changesId = `snap-history-changes-${e.id}`;
            const isOpen = open === e.id && e.batch_id !== null;
            return (
              <Fragment key={e.id}>
                <tr>
                  <td className="nowrap">{formatStamp(e.at)}</td>
                  <td>{e.action === 'export' ? 'Exported' : 'Merged'}</td>
                  <td>{e.author || <span className="muted">—</span>}</td>
                  <td className="snap-history-file" title={e.sha256 ? `SHA-256 ${e.sha256}` : undefined}>
                    {e.file_name}
                  </td>
                  <td>
                    {historySummary(e)}
                    {e.batch_id !== null ? (
                      <>
                        {' '}
                        <ChangesToggle open={isOpen} controls={changesId} onToggle={() => setOpen(isOpen ? null : e.id)} />
                      </>
                    ) : null}
                  </td>
                  <td>{historyState(e)}</td>
                </tr>
                {isOpen ? (
                  <tr className="snap-history-changes">
                    <td colSpan={6}>
                      <BatchChangesView batchId={e.batch_id!} id={changesId} noun="merge" />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
