// Giving a finished file a name only if no other program has taken it, atomically: how two
// programs that copy the same workspace at the same moment end up with two whole copies, or
// one, never a failure or a half-written file under the name.
import fs from 'node:fs';

/**
 * Gives `from`'s content the name `to` unless `to` exists; true when it did. A hard link
 * (atomic, no copying), or an exclusive copy where the file system has no links. `from` is
 * left for the caller to remove.
 */
export function claimName(from: string, to: string): boolean {
  try {
    fs.linkSync(from, to);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    try {
      fs.copyFileSync(from, to, fs.constants.COPYFILE_EXCL);
      return true;
    } catch (copyError) {
      if ((copyError as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw copyError;
    }
  }
}

/** A name of this program's own beside `file`, for a copy being written. */
export function partialName(file: string): string {
  return `${file}.${process.pid}.partial`;
}
