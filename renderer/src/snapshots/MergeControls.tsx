// How to settle conflicts (all theirs, all mine, or record by record) and the Merge button.
import type { SnapshotDiff } from '../../../db/model/snapshot-types';
import { plural } from '../logic/format';
import { SHORTCUTS } from '../platform';
import { isEmptyDiff, restoredCount, unchosen, type Choices, type MergeMode, type Restores } from './logic/diffGroups';

interface Props {
  diff: SnapshotDiff;
  mode: MergeMode;
  onMode: (mode: MergeMode) => void;
  choices: Choices;
  restores: Restores;
  busy: boolean;
  onMerge: () => void;
}

const MODES: readonly { mode: MergeMode; label: string }[] = [
  { mode: 'theirs', label: 'Take theirs for all' },
  { mode: 'mine', label: 'Keep mine for all' },
  { mode: 'each', label: 'Record by record' },
];

export function MergeControls({ diff, mode, onMode, choices, restores, busy, onMerge }: Props) {
  const conflicts = diff.conflicting.length;
  const open = mode === 'each' ? unchosen(diff.conflicting, choices) : 0;
  // a snapshot that only still has records deleted here merges something once one is ticked
  const nothing = isEmptyDiff(diff) && restoredCount(diff, restores) === 0;
  return (
    <div className="merge-controls">
      {conflicts > 0 ? (
        <fieldset className="merge-modes">
          <legend>{plural(conflicts, 'conflict')}: whose version wins?</legend>
          {MODES.map((m) => (
            <label key={m.mode} className="check">
              <input type="radio" name="merge-mode" checked={mode === m.mode} onChange={() => onMode(m.mode)} />
              <span>{m.label}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
      <div className="snap-actions">
        <button type="button" className="button button-primary" disabled={busy || nothing || open > 0} onClick={onMerge}>
          {busy ? 'Merging…' : 'Merge into this workspace'}
        </button>
        {busy ? <progress className="snap-progress" aria-label="Merging the snapshot" /> : null}
        {nothing ? <span className="muted">Nothing to merge: the snapshot brings nothing new.</span> : null}
        {open > 0 ? <span className="muted">Choose a side for {plural(open, 'conflict')} first.</span> : null}
        {!nothing && open === 0 && !busy ? <span className="muted small">A backup of the workspace is made first; {SHORTCUTS.modPrefix}Z undoes the merge.</span> : null}
      </div>
    </div>
  );
}
