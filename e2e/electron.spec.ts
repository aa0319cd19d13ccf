// The desktop app through Playwright's _electron. Runs only where an Electron binary exists:
// ELECTRON_OVERRIDE_DIST_PATH (a folder holding an unpacked Electron) or
// node_modules/electron/dist (present once `npm start` or electron's install script has
// downloaded it). Otherwise every test here is skipped, with the reason printed.
// Like `npm start`, the app gets an Electron-ABI build of better-sqlite3 through
// LODESTONE_SQLITE_BINDING: `bin/start-desktop.mjs --prepare-only` finds or builds it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { _electron as electron, type ElectronApplication } from '@playwright/test';
import type { OpName, OpResult } from '../db/api';
import { locateElectron, SQLITE_BINDING_ENV } from '../electron/dev-native';
import { expect, REPO_DIR, test, waitForAppReady } from './fixtures';

function electronExecutable(): string | null {
  const readText = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);
  const { executable } = locateElectron({ repo: REPO_DIR, env: process.env, platform: process.platform, readText });
  return existsSync(executable) ? executable : null;
}

/** The Electron-ABI better_sqlite3.node, as `npm start` finds or builds it (progress on stderr). */
function electronSqliteBinding(): string {
  const script = path.join(REPO_DIR, 'bin', 'start-desktop.mjs');
  const result = spawnSync(process.execPath, [script, '--prepare-only'], {
    cwd: REPO_DIR,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const binding = result.stdout?.trim().split('\n').at(-1);
  if (result.status !== 0 || !binding) throw new Error('better-sqlite3 could not be prepared for Electron (the reason is printed above)');
  return binding;
}

const executable = electronExecutable();
const mainJs = path.join(REPO_DIR, 'out', 'main', 'main.js');

type Bridge = { lodestone: { invoke(name: string, input: unknown): Promise<OpResult<OpName>> } };

test.describe('desktop app (Electron)', () => {
  if (!executable) {
    const reason =
      'no Electron binary: set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron, or run `npm start` once on a connected machine so node_modules/electron/dist exists';
    console.log(`[e2e/electron.spec.ts] skipped: ${reason}`);
    test.skip(true, reason);
  }

  let sqliteBinding = '';
  test.beforeAll(() => {
    test.setTimeout(30 * 60_000); // the first run may compile better-sqlite3 for Electron
    sqliteBinding = electronSqliteBinding();
    // Build the app (main, preload, renderer) when the build is missing or older than its sources.
    const built = existsSync(mainJs) ? statSync(mainJs).mtimeMs : 0;
    const sources = ['electron', 'db', 'renderer'].map((d) => path.join(REPO_DIR, d));
    const newest = Math.max(...sources.map((d) => newestMtime(d)));
    if (built >= newest) return;
    const cli = path.join(REPO_DIR, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
    const result = spawnSync(process.execPath, [cli, 'build'], { cwd: REPO_DIR, stdio: 'inherit' });
    if (result.status !== 0) throw new Error('electron-vite build failed');
  });

  let app: ElectronApplication | undefined;
  test.afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  test('opens its workspace and answers ops through the one preload function, locked down', async ({}, testInfo) => {
    const home = testInfo.outputPath('home');
    mkdirSync(home, { recursive: true });
    const dbPath = path.join(home, 'workspace.db');
    const args = [mainJs, '--db', dbPath];
    if (process.platform === 'linux' && process.getuid?.() === 0) args.unshift('--no-sandbox'); // Chromium refuses root otherwise
    app = await electron.launch({
      executablePath: executable!,
      args,
      cwd: REPO_DIR,
      env: {
        ...process.env,
        XDG_CONFIG_HOME: path.join(home, 'config'),
        HOME: home,
        APPDATA: path.join(home, 'AppData'),
        [SQLITE_BINDING_ENV]: sqliteBinding,
      } as Record<string, string>,
    });
    const page = await app.firstWindow();
    await waitForAppReady(page);

    expect(page.url()).toBe('app://lodestone/index.html');
    // exactly one function crosses the bridge; no Node in the page
    expect(await page.evaluate(() => Object.keys((window as unknown as Bridge).lodestone))).toEqual(['invoke']);
    expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof (window as unknown as { process?: unknown }).process)).toBe('undefined');

    const info = await page.evaluate(() => (window as unknown as Bridge).lodestone.invoke('workspace.info', {}));
    expect(info).toMatchObject({ ok: true, value: { path: dbPath } });
    const unknown = await page.evaluate(() => (window as unknown as Bridge).lodestone.invoke('no.such.op', {}));
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });

    // the CSP refuses inline script
    const inlineRan = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inline = true';
      document.head.append(script);
      return (window as unknown as { __inline?: boolean }).__inline === true;
    });
    expect(inlineRan).toBe(false);

    // no new windows, no navigation away
    expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    // a round trip through the main process: any navigation would have started by now
    expect(await page.evaluate(() => (window as unknown as Bridge).lodestone.invoke('workspace.info', {}))).toMatchObject({ ok: true });
    expect(app.windows()).toHaveLength(1);
    expect(page.url()).toBe('app://lodestone/index.html');
  });
});

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(target)) {
    if (name === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(path.join(target, name)));
  }
  return newest;
}
