// Importing a snapshot, step by step: read the file (progress), verify it and diff it
// against the workspace (one api call: indeterminate), then merge on the user's choice, or
// open it read-only. A refused file changes nothing. A newer pick supersedes an older one.
import { useCallback, useRef, useState } from 'react';
import { MAX_SNAPSHOT_BYTES } from '../../../db/model/snapshot';
import type { MergeReport, OpenedSnapshot, SnapshotDiff, SnapshotHeader } from '../../../db/model/snapshot-types';
import { errorData } from '../api/client';
import { readFileAsBase64 } from '../platform/files';
import { useStore } from '../state/context';
import { mergeOptions, type Choices, type MergeMode, type Restores } from './logic/diffGroups';

export interface SnapshotFile {
  name: string;
  /** The file as base64, as the api takes it. */
  data: string;
  size: number;
}

export type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; name: string; loaded: number; total: number }
  | { step: 'checking'; name: string }
  | { step: 'refused'; name: string; message: string }
  | { step: 'ready'; file: SnapshotFile; header: SnapshotHeader; diff: SnapshotDiff; mergeError: string | null }
  | { step: 'merging'; file: SnapshotFile; header: SnapshotHeader; diff: SnapshotDiff }
  | { step: 'merged'; file: SnapshotFile; header: SnapshotHeader; report: MergeReport };

export type BrowseState = { status: 'closed' } | { status: 'opening' } | { status: 'open'; snapshot: OpenedSnapshot } | { status: 'failed'; message: string };

const MiB = 1024 * 1024;

export function useSnapshotImport() {
  const store = useStore();
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const [browse, setBrowse] = useState<BrowseState>({ status: 'closed' });
  /** Bumped by each new file: results of an older one are dropped. */
  const generation = useRef(0);
  const reading = useRef<AbortController | null>(null);

  const check = useCallback(
    async (file: SnapshotFile, turn: number) => {
      setState({ step: 'checking', name: file.name });
      try {
        // snapshot.diff verifies the file first (the same checks as snapshot.verify) and
        // refuses a bad one with the same message: one pass over a big file, not two.
        const diff = await store.read('snapshot.diff', { data: file.data, file_name: file.name });
        if (turn !== generation.current) return;
        setState({ step: 'ready', file, header: diff.header, diff, mergeError: null });
      } catch (error) {
        if (turn === generation.current) setState({ step: 'refused', name: file.name, message: errorData(error).message });
      }
    },
    [store],
  );

  const pick = useCallback(
    async (blob: File) => {
      const turn = ++generation.current;
      reading.current?.abort();
      setBrowse({ status: 'closed' });
      if (blob.size > MAX_SNAPSHOT_BYTES) {
        setState({ step: 'refused', name: blob.name, message: `${blob.name}: the file is larger than ${MAX_SNAPSHOT_BYTES / MiB} MiB, the most a snapshot may be` });
        return;
      }
      const controller = new AbortController();
      reading.current = controller;
      setState({ step: 'reading', name: blob.name, loaded: 0, total: blob.size });
      let data: string;
      try {
        data = await readFileAsBase64(
          blob,
          (p) => {
            if (turn === generation.current) setState({ step: 'reading', name: blob.name, loaded: p.loaded, total: p.total });
          },
          controller.signal,
        );
      } catch (error) {
        if (turn === generation.current) setState({ step: 'refused', name: blob.name, message: `${blob.name}: ${errorData(error).message}` });
        return;
      }
      if (turn !== generation.current) return;
      await check({ name: blob.name, data, size: blob.size }, turn);
    },
    [check],
  );

  const merge = useCallback(
    async (mode: MergeMode, choices: Choices, restores: Restores) => {
      if (state.step !== 'ready') return;
      const { file, header, diff } = state;
      const turn = generation.current;
      setState({ step: 'merging', file, header, diff });
      try {
        const report = await store.write('snapshot.merge', {
          data: file.data,
          file_name: file.name,
          author: header.author,
          ...mergeOptions(mode, diff, choices, restores),
        });
        if (turn === generation.current) setState({ step: 'merged', file, header, report });
      } catch (error) {
        if (turn === generation.current) setState({ step: 'ready', file, header, diff, mergeError: errorData(error).message });
      }
    },
    [state, store],
  );

  /** Diffs the same file again (after an undo, or edits since). */
  const compareAgain = useCallback(() => {
    if (state.step !== 'merged' && state.step !== 'ready') return;
    void check(state.file, ++generation.current);
  }, [state, check]);

  const openReadOnly = useCallback(async () => {
    if (state.step !== 'ready' && state.step !== 'merged') return;
    const turn = generation.current;
    setBrowse({ status: 'opening' });
    try {
      const snapshot = await store.read('snapshot.open', { data: state.file.data, file_name: state.file.name });
      if (turn === generation.current) setBrowse({ status: 'open', snapshot });
    } catch (error) {
      if (turn === generation.current) setBrowse({ status: 'failed', message: errorData(error).message });
    }
  }, [state, store]);

  const reset = useCallback(() => {
    generation.current++;
    reading.current?.abort();
    setState({ step: 'idle' });
    setBrowse({ status: 'closed' });
  }, []);

  return { state, browse, pick, merge, compareAgain, openReadOnly, closeBrowse: () => setBrowse({ status: 'closed' }), reset };
}

export type SnapshotImport = ReturnType<typeof useSnapshotImport>;
