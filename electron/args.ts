// Command-line arguments of the desktop app. Pure.
// Electron's argv mixes our arguments with Chromium switches (e.g. --remote-debugging-port
// from Playwright, --no-sandbox) and, unpackaged, the app path; only `--db FILE` /
// `--db=FILE` and snapshot files (`*.lodestone`, what Windows and Linux pass when a person
// opens one with Lodestone) are ours, and everything else is ignored.
import path from 'node:path';

export interface DesktopArgs {
  /** Workspace file to open instead of the default one. */
  db?: string;
}

export function parseDesktopArgs(argv: readonly string[]): DesktopArgs {
  const out: DesktopArgs = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--db') {
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('-') && next.trim() !== '') {
        out.db = next;
        i++;
      }
    } else if (arg.startsWith('--db=')) {
      const value = arg.slice('--db='.length);
      if (value.trim() !== '') out.db = value;
    }
  }
  return out;
}

/** The extension of snapshot files, which the packaged app is associated with. */
export const SNAPSHOT_EXTENSION = '.lodestone';

export function isSnapshotPath(file: string): boolean {
  return file.toLowerCase().endsWith(SNAPSHOT_EXTENSION) && path.basename(file).length > SNAPSHOT_EXTENSION.length;
}

/**
 * The snapshot files named on a command line, as absolute paths (relative ones against
 * `cwd`: a second instance passes its own working directory). Switches, the value of
 * `--db` and anything that is not a `.lodestone` file are skipped; duplicates are dropped.
 */
export function snapshotFilesIn(argv: readonly string[], cwd: string, pathApi: Pick<typeof path, 'resolve'> = path): string[] {
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--db') {
      i++;
      continue;
    }
    if (arg.startsWith('-') || !isSnapshotPath(arg)) continue;
    const file = pathApi.resolve(cwd, arg);
    if (!files.includes(file)) files.push(file);
  }
  return files;
}
