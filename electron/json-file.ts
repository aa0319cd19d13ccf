// Small settings files of the shell (window state, recent workspaces) in the user-data
// folder: read leniently (a missing or unreadable file is "nothing stored"), written whole
// (beside the final name, then renamed) so a crash mid-write never leaves half a file.
import fs from 'node:fs';
import path from 'node:path';

export function readTextFile(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Writes `text` to `file`; returns false (and leaves any previous file) when it cannot. */
export function writeTextFile(file: string, text: string): boolean {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(temp, text);
    fs.renameSync(temp, file);
    return true;
  } catch {
    fs.rmSync(temp, { force: true });
    return false;
  }
}
