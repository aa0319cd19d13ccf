// Entry point of the browser host: `node --import tsx server/main.ts [--db FILE] [--port N] [--no-open]`
// (normally through `npm run start:browser -- ...`, which builds the renderer first).
// Prints exactly one line on stdout, `Lodestone is running at URL`, and runs until SIGINT or
// SIGTERM, then closes the workspace cleanly (checkpointing its WAL) and exits 0.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { defaultWorkspacePath } from '../db/paths';
import { ArgsError, HOST_USAGE, parseHostArgs } from './args';
import { DEFAULT_STATIC_DIR, startBrowserHost, type BrowserHost } from './host';

function fail(message: string, status = 1): never {
  process.stderr.write(`lodestone: ${message}\n`);
  process.exit(status);
}

/** Opens the URL in the user's browser; any failure is ignored (the URL is printed anyway). */
function openInBrowser(url: string): void {
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true, windowsHide: true, windowsVerbatimArguments: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // no browser opener: the printed URL is enough
  }
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseHostArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof ArgsError) fail(`${error.message}\n${HOST_USAGE}`, 2);
    throw error;
  }
  if (args.help) {
    process.stdout.write(`${HOST_USAGE}\n`);
    return;
  }

  const dbPath = path.resolve(args.db ?? defaultWorkspacePath({ create: true }));
  if (!existsSync(path.join(DEFAULT_STATIC_DIR, 'index.html'))) {
    process.stderr.write('lodestone: warning: the renderer is not built (out/renderer); run npm run build:web\n');
  }

  let host: BrowserHost;
  try {
    host = await startBrowserHost({ dbPath, port: args.port, host: '127.0.0.1' });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    fail(`cannot start the browser host for ${dbPath}: ${message}`);
  }

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    host.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`lodestone: error while closing the workspace after ${signal}: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  process.stdout.write(`Lodestone is running at ${host.url}\n`);
  if (args.open) openInBrowser(host.url);
}

main().catch((error: unknown) => fail(error instanceof Error ? (error.stack ?? error.message) : String(error)));
