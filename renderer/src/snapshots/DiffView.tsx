// The diff of a snapshot against the workspace: a count per group (added, changed, removed,
// conflicting, and deleted here when the snapshot still has such records) that opens its
// list, a filter, and notes on what the merge leaves alone.
import { useMemo, useState } from 'react';
import type { MergeChoice } from '../../../db/model/snapshot';
import type { SnapshotDiff } from '../../../db/model/snapshot-types';
import { plural } from '../logic/format';
import { DiffList } from './DiffList';
import { GroupTabs } from './GroupTabs';
import { DIFF_GROUPS, diffRows, filterDiffRows, GROUP_HINTS, GROUP_LABELS, groupCounts, shownGroups, type DiffGroup, type Restores } from './logic/diffGroups';

interface Props {
  diff: SnapshotDiff;
  choices: Readonly<Record<string, MergeChoice>> | null;
  onChoose: (id: string, choice: MergeChoice) => void;
  restores: Restores;
  onRestore: (id: string, back: boolean) => void;
}

export function DiffView({ diff, choices, onChoose, restores, onRestore }: Props) {
  const counts = groupCounts(diff);
  const [group, setGroup] = useState<DiffGroup>(() => (counts.conflicting > 0 ? 'conflicting' : (DIFF_GROUPS.find((g) => counts[g] > 0) ?? 'added')));
  const [text, setText] = useState('');
  const rows = useMemo(() => diffRows(diff, group), [diff, group]);
  const shown = useMemo(() => filterDiffRows(rows, text), [rows, text]);

  return (
    <section className="diff" aria-label="Differences">
      <GroupTabs
        label="Kinds of difference"
        groups={shownGroups(diff)}
        counts={counts}
        labels={GROUP_LABELS}
        current={group}
        onChoose={setGroup}
        testIdPrefix="diff-count"
      />
      <div role="tabpanel" aria-label={GROUP_LABELS[group]} className="diff-panel">
        <div className="diff-panel-head">
          <p className="muted small">{GROUP_HINTS[group]}</p>
          {rows.length > 8 ? (
            <input
              type="search"
              className="input diff-filter"
              aria-label={`Filter ${GROUP_LABELS[group].toLowerCase()} records`}
              placeholder="Filter…"
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          ) : null}
        </div>
        {rows.length === 0 ? (
          <p className="diff-empty muted">None.</p>
        ) : (
          <DiffList
            label={`${GROUP_LABELS[group]} records`}
            rows={shown}
            choices={choices}
            onChoose={onChoose}
            restores={restores}
            onRestore={onRestore}
          />
        )}
      </div>
      <ul className="diff-notes small muted">
        <li>{plural(diff.unchanged, 'record')} the same on both sides.</li>
        {diff.newer_here.length ? <li>{plural(diff.newer_here.length, 'record')} newer here than in the snapshot: kept as they are.</li> : null}
        {diff.matched_by_name.length ? (
          <li>{plural(diff.matched_by_name.length, 'material')} matched to yours by name: {diff.matched_by_name.map((m) => m.name).join(', ')}.</li>
        ) : null}
      </ul>
    </section>
  );
}
