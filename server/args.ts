// Command-line arguments of the browser host (`npm run start:browser -- ...`). Pure.

export interface HostArgs {
  /** Workspace file; undefined means the desktop app's default workspace. */
  db?: string;
  /** 0 picks a free port. */
  port: number;
  open: boolean;
  help: boolean;
}

export const HOST_USAGE = `Usage: npm run start:browser -- [--db FILE] [--port N] [--no-open]

  --db FILE    workspace file (created if missing); default: the desktop app's workspace
  --port N     port on 127.0.0.1 (default: a free port)
  --no-open    do not open a browser window
  --help       show this help`;

export class ArgsError extends Error {
  override readonly name = 'ArgsError';
}

export function parseHostArgs(argv: readonly string[]): HostArgs {
  const out: HostArgs = { port: 0, open: true, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new ArgsError(`${flag} needs a value`);
      i++;
      return next;
    };
    switch (flag) {
      case '--db': {
        const db = value();
        if (db.trim() === '') throw new ArgsError('--db needs a file name');
        out.db = db;
        break;
      }
      case '--port': {
        const raw = value();
        const port = /^\d+$/.test(raw) ? Number(raw) : NaN;
        if (!Number.isInteger(port) || port < 0 || port > 65535) {
          throw new ArgsError(`--port must be a whole number from 0 to 65535, not "${raw}"`);
        }
        out.port = port;
        break;
      }
      case '--no-open':
        if (inline !== undefined) throw new ArgsError('--no-open takes no value');
        out.open = false;
        break;
      case '--help':
      case '-h':
        out.help = true;
        break;
      default:
        throw new ArgsError(`unknown argument "${arg}"`);
    }
  }
  return out;
}
