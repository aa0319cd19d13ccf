// Writes a file beside its final name, then renames it: a reader never sees half a file,
// and a failed write leaves nothing behind.
import fs from 'node:fs';
import { LodestoneError } from '../db/errors';

export function writeFileAtomically(file: string, data: string | Uint8Array): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temp, data);
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw new LodestoneError('io', `Cannot write ${file}: ${(error as Error).message}`);
  }
}
