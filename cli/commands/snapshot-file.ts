// Reading the snapshot file a command names: streamed within the limits, every check
// passed, messages prefixed with the file's name.
import path from 'node:path';
import { LodestoneError } from '../../db/errors';
import { readSnapshotFile, type Snapshot } from '../../db/snapshot';

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
