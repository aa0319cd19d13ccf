// Command-line arguments of the desktop app. Pure.
// Electron's argv mixes our arguments with Chromium switches (e.g. --remote-debugging-port
// from Playwright, --no-sandbox) and, unpackaged, the app path; only `--db FILE` /
// `--db=FILE` is ours and everything else is ignored.

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
