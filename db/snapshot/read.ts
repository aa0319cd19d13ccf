// A snapshot file, from bytes or from disk, through every check (inflate.ts, verify.ts).
import { decodeSnapshotText, inflateBytes, inflateFile, SNAPSHOT_LIMITS, type SnapshotLimits } from './inflate';
import type { Snapshot } from './types';
import { parseSnapshot } from './verify';

export function readSnapshotBytes(bytes: Uint8Array, limits: SnapshotLimits = SNAPSHOT_LIMITS): Snapshot {
  const inflated = inflateBytes(bytes, limits);
  return parseSnapshot(decodeSnapshotText(inflated), inflated);
}

export async function readSnapshotFile(file: string, limits: SnapshotLimits = SNAPSHOT_LIMITS): Promise<Snapshot> {
  const inflated = await inflateFile(file, limits);
  return parseSnapshot(decodeSnapshotText(inflated), inflated);
}
