// Reading the snapshot file a command names: streamed within the limits, every check
// passed, messages prefixed with the file's name; and what a snapshot holds, in words.
import path from 'node:path';
import { LodestoneError } from '../../db/errors';
import { readSnapshotFile, type Snapshot, type SnapshotCounts } from '../../db/snapshot';
import { formatCount } from '../table';

export async function readNamedSnapshot(file: string): Promise<Snapshot> {
  try {
    return await readSnapshotFile(file);
  } catch (error) {
    if (error instanceof LodestoneError && error.code === 'validation') {
      throw new LodestoneError(error.code, `${path.basename(file)}: ${error.message}`, error.issues);
    }
    throw error;
  }
}

/** "3 facilities, 2 flows, 2 materials, 1 sources", and the check reviews and scenarios when there are any. */
export function snapshotCountsText(c: SnapshotCounts): string {
  const reviews = c.check_reviews ? `, ${formatCount(c.check_reviews)} check reviews` : '';
  const scenarios = c.scenarios ? `, ${formatCount(c.scenarios)} scenarios` : '';
  return `${formatCount(c.facilities)} facilities, ${formatCount(c.flows)} flows, ${formatCount(c.materials)} materials, ${formatCount(c.sources)} sources${reviews}${scenarios}`;
}
