// The snapshot operations of db/api.ts over base64 files: thin adapters from the api's
// parsed inputs to the functions of this folder.
import { z } from 'zod';
import { LodestoneError } from '../errors';
import type { snapshotExportInput, snapshotFileInput, snapshotMergeInput } from '../model/snapshot';
import type { Workspace } from '../workspace';
import { diffSnapshot } from './diff';
import { exportSnapshot, resolveMaterialFilter } from './export';
import { mergeSnapshot } from './merge';
import { readSnapshotBytes } from './read';
import type { MergeReport, OpenedSnapshot, Snapshot, SnapshotDiff, SnapshotExport, SnapshotVerification } from './types';

function readInput(input: z.output<typeof snapshotFileInput>): Snapshot {
  try {
    return readSnapshotBytes(Buffer.from(input.data, 'base64'));
  } catch (error) {
    if (error instanceof LodestoneError) throw new LodestoneError(error.code, `${input.file_name}: ${error.message}`, error.issues);
    throw error;
  }
}

export function exportOp(ws: Workspace, input: z.output<typeof snapshotExportInput>): SnapshotExport {
  const filter = { ...input.filter, materials: resolveMaterialFilter(ws, input.filter.materials) };
  const { bytes, fileName, header } = exportSnapshot(ws, { filter, author: input.author });
  return { data: bytes.toString('base64'), file_name: fileName, bytes: bytes.length, header };
}

export function verifyOp(input: z.output<typeof snapshotFileInput>): SnapshotVerification {
  try {
    const { records: _records, ...header } = readInput(input);
    return { valid: true, header };
  } catch (error) {
    if (error instanceof LodestoneError && error.code === 'validation') return { valid: false, message: error.message };
    throw error;
  }
}

export function diffOp(ws: Workspace, input: z.output<typeof snapshotFileInput>): SnapshotDiff {
  return diffSnapshot(ws, readInput(input));
}

export function mergeOp(ws: Workspace, input: z.output<typeof snapshotMergeInput>): MergeReport {
  return mergeSnapshot(ws, readInput(input), {
    onConflict: input.on_conflict,
    choices: input.choices,
    fileName: input.file_name,
    author: input.author,
  });
}

/** A verified snapshot's records, for browsing without merging. */
export function openOp(input: z.output<typeof snapshotFileInput>): OpenedSnapshot {
  const { records, ...header } = readInput(input);
  return { header, records };
}
