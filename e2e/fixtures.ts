// Playwright fixtures for Lodestone's end-to-end tests. Import `test` and `expect` from here,
// not from @playwright/test.
//
// `host`: each test gets its own browser host (server/main.ts run through tsx) on its own
// temporary workspace, `<test output dir>/host/workspace.db`, started with
// `--port 0 --no-open`. The fixture waits for the host's `Lodestone is running at URL` line,
// and after the test stops it with SIGTERM and waits for it to exit (the host closes the
// workspace cleanly; a non-zero exit fails the test). `restart()` stops the host and starts
// it again on the same workspace: new port and token, so `host.url` changes; re-read it.
//
// Readiness: the renderer sets `document.body.dataset.ready = 'true'` once its first load
// (workspace info and records) has finished. Tests wait on that, via `openApp(page, host)`
// or `waitForAppReady(page)`, and never on sleeps.
//
// The host serves out/renderer: `npm run test:e2e` builds it first (npm run build:web).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page } from '@playwright/test';

export const REPO_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const HOST_MAIN = path.join(REPO_DIR, 'server', 'main.ts');
const BUILT_INDEX = path.join(REPO_DIR, 'out', 'renderer', 'index.html');
const READY_LINE = /^Lodestone is running at (\S+)$/;
const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;

export interface Host {
  /** http://127.0.0.1:PORT/#token=TOKEN; changes on restart(). */
  url: string;
  /** The test's own workspace file. */
  dbPath: string;
  /** Stops the host and starts a new one on the same workspace (new port and token). */
  restart(): Promise<void>;
  /** Stops the host (SIGTERM, waits for a clean exit). Safe to call more than once. */
  stop(): Promise<void>;
}

interface RunningHost {
  url: string;
  stop(): Promise<void>;
}

function startHost(dbPath: string): Promise<RunningHost> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', HOST_MAIN, '--db', dbPath, '--port', '0', '--no-open'],
    { cwd: REPO_DIR, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_OPTIONS: '' } },
  );
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-20_000);
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });

  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      const { code, signal } = await exited;
      clearTimeout(timer);
      if (code !== 0) {
        throw new Error(`The Lodestone host did not exit cleanly after SIGTERM (code ${code}, signal ${signal}).\n${stderr}`);
      }
    }
  };

  return new Promise<RunningHost>((resolve, reject) => {
    let stdout = '';
    let settled = false;
    const settle = (error: Error | null, url?: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) {
        child.kill('SIGKILL');
        reject(error);
      } else {
        resolve({ url: url!, stop });
      }
    };
    const timer = setTimeout(
      () => settle(new Error(`The Lodestone host did not print its URL within ${START_TIMEOUT_MS} ms.\n${stderr}`)),
      START_TIMEOUT_MS,
    );
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      for (const line of stdout.split('\n')) {
        const match = READY_LINE.exec(line.trim());
        if (match) return settle(null, match[1]);
      }
    });
    child.once('error', (error) => settle(error));
    void exited.then(({ code, signal }) =>
      settle(new Error(`The Lodestone host exited before it was ready (code ${code}, signal ${signal}).\n${stderr}`)),
    );
  });
}

export const test = base.extend<{ host: Host }>({
  host: async ({}, use, testInfo) => {
    if (!existsSync(BUILT_INDEX)) {
      throw new Error('out/renderer is not built: run `npm run build:web` first (`npm run test:e2e` does).');
    }
    const dir = testInfo.outputPath('host');
    mkdirSync(dir, { recursive: true });
    const dbPath = path.join(dir, 'workspace.db');

    let running = await startHost(dbPath);
    const host: Host = {
      url: running.url,
      dbPath,
      async restart() {
        await running.stop();
        running = await startHost(dbPath);
        host.url = running.url;
      },
      async stop() {
        await running.stop();
      },
    };
    await use(host);
    await running.stop();
  },
});

export { expect };

/** Waits until the renderer has finished its first load (`document.body.dataset.ready === 'true'`). */
export async function waitForAppReady(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body?.dataset.ready === 'true');
}

/** Opens the app from the host's URL (token included) and waits until it is ready. */
export async function openApp(page: Page, host: Pick<Host, 'url'>): Promise<void> {
  await page.goto(host.url);
  await waitForAppReady(page);
}
