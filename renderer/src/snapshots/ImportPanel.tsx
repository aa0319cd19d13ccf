// Import a colleague's snapshot: pick (or drop) the file, watch it being read and checked,
// see what it would change, then merge it or browse it read-only.
import { useState } from 'react';
import type { MergeChoice } from '../../../db/model/snapshot';
import { formatNumber } from '../logic/format';
import { DiffView } from './DiffView';
import { FilePicker } from './FilePicker';
import { MergeControls } from './MergeControls';
import { MergeResult } from './MergeResult';
import { SnapshotBrowser } from './SnapshotBrowser';
import { SnapshotHeaderSummary } from './SnapshotHeaderSummary';
import type { MergeMode, Restores } from './logic/diffGroups';
import type { SnapshotImport } from './useSnapshotImport';

export const SNAPSHOT_ACCEPT = '.lodestone,application/gzip';

export function ImportPanel({ flow }: { flow: SnapshotImport }) {
  const { state, browse } = flow;
  const [mode, setMode] = useState<MergeMode>('theirs');
  const [choices, setChoices] = useState<Record<string, MergeChoice>>({});
  const [restores, setRestores] = useState<Restores>({});
  const busy = state.step === 'reading' || state.step === 'checking' || state.step === 'merging';
  const hasFile = state.step === 'ready' || state.step === 'merged' || state.step === 'merging';

  return (
    <div className="snap-panel" aria-label="Import a snapshot" role="group">
      <div className="snap-actions">
        <FilePicker
          label="Choose a snapshot file…"
          accept={SNAPSHOT_ACCEPT}
          primary={!hasFile}
          disabled={busy}
          onFiles={(files) => {
            setChoices({});
            setRestores({});
            setMode('theirs');
            void flow.pick(files[0]!);
          }}
        />
        <span className="muted small">or drop a .lodestone file anywhere on this page. It is checked before anything changes.</span>
      </div>

      {state.step === 'reading' ? (
        <div className="snap-progress-row">
          <span>
            Reading {state.name}… {formatNumber(Math.round(state.loaded / 1024))} of {formatNumber(Math.round(state.total / 1024))} KB
          </span>
          <progress className="snap-progress" aria-label={`Reading ${state.name}`} max={Math.max(1, state.total)} value={state.loaded} />
        </div>
      ) : null}
      {state.step === 'checking' ? (
        <div className="snap-progress-row">
          <span>Checking {state.name} and comparing it with this workspace…</span>
          <progress className="snap-progress" aria-label={`Checking ${state.name}`} />
        </div>
      ) : null}
      {state.step === 'refused' ? (
        <div className="snap-refused" role="alert">
          <p>
            <strong>This file was refused; nothing was changed.</strong>
          </p>
          <p className="snap-refused-message">{state.message}</p>
        </div>
      ) : null}

      {state.step === 'ready' || state.step === 'merging' ? (
        <>
          <SnapshotHeaderSummary name={state.file.name} header={state.header} />
          <DiffView
            diff={state.diff}
            choices={mode === 'each' ? choices : null}
            onChoose={(id, side) => setChoices((c) => ({ ...c, [id]: side }))}
            restores={restores}
            onRestore={(id, back) => setRestores((r) => ({ ...r, [id]: back }))}
          />
          <MergeControls
            diff={state.diff}
            mode={mode}
            onMode={setMode}
            choices={choices}
            restores={restores}
            busy={state.step === 'merging'}
            onMerge={() => void flow.merge(mode, choices, restores)}
          />
          {state.step === 'ready' && state.mergeError ? (
            <p className="snap-refused" role="alert">
              The merge was refused; nothing was changed. {state.mergeError}
            </p>
          ) : null}
        </>
      ) : null}

      {state.step === 'merged' ? (
        <>
          <SnapshotHeaderSummary name={state.file.name} header={state.header} />
          <MergeResult report={state.report} />
          <div className="snap-actions">
            <button type="button" className="button" onClick={flow.compareAgain}>
              Compare again
            </button>
            <button type="button" className="button button-quiet" onClick={flow.reset}>
              Done
            </button>
          </div>
        </>
      ) : null}

      {hasFile && browse.status === 'closed' ? (
        <div className="snap-actions">
          <button type="button" className="button" onClick={() => void flow.openReadOnly()}>
            Open read-only
          </button>
          <span className="muted small">Browse its records and saved scenarios without merging.</span>
        </div>
      ) : null}
      {browse.status === 'opening' ? <progress className="snap-progress" aria-label="Opening the snapshot" /> : null}
      {browse.status === 'failed' ? (
        <p className="snap-refused" role="alert">
          {browse.message}
        </p>
      ) : null}
      {browse.status === 'open' ? <SnapshotBrowser snapshot={browse.snapshot} onClose={flow.closeBrowse} /> : null}
    </div>
  );
}
