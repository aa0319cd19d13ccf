// The desktop app through Playwright's _electron. Runs only where an Electron binary exists:
// ELECTRON_OVERRIDE_DIST_PATH (a folder holding an unpacked Electron) or
// node_modules/electron/dist (present once `npm start` or electron's install script has
// downloaded it). Otherwise every test here is skipped, with the reason printed.
// Like `npm start`, the app gets an Electron-ABI build of better-sqlite3 through
// LODESTONE_SQLITE_BINDING: `bin/start-desktop.mjs --prepare-only` finds or builds it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { _electron as electron, type ElectronApplication, type Page } from '@playwright/test';
import type { OpName, OpResult } from '../db/api';
import { locateElectron, SQLITE_BINDING_ENV } from '../electron/dev-native';
import { expect, REPO_DIR, test, waitForAppReady } from './fixtures';
import { LodestoneApp } from './pages/app';
import { lodestone } from './pages/colleague';
import { SnapshotsPage } from './pages/snapshots';

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

  /** A private home for one test: its own user-data folder (window state, recent list, single-instance lock). */
  function homeFor(testInfo: { outputPath(...parts: string[]): string }): { home: string; env: Record<string, string> } {
    const home = testInfo.outputPath('home');
    mkdirSync(home, { recursive: true });
    const env = {
      ...process.env,
      XDG_CONFIG_HOME: path.join(home, 'config'),
      HOME: home,
      APPDATA: path.join(home, 'AppData'),
      [SQLITE_BINDING_ENV]: sqliteBinding,
    } as Record<string, string>;
    return { home, env };
  }

  /** Electron's arguments for `main.js ARGS` (Chromium refuses root on Linux without --no-sandbox). */
  function appArgs(...args: string[]): string[] {
    const all = [mainJs, ...args];
    if (process.platform === 'linux' && process.getuid?.() === 0) all.unshift('--no-sandbox');
    return all;
  }

  async function launch(env: Record<string, string>, ...args: string[]): Promise<{ app: ElectronApplication; page: Page }> {
    const launched = await electron.launch({ executablePath: executable!, args: appArgs(...args), cwd: REPO_DIR, env });
    const page = await launched.firstWindow();
    await waitForAppReady(page);
    return { app: launched, page };
  }

  /** Clicks a native menu item by its labels, e.g. ['View', 'Flows'], as a person would. */
  async function clickMenu(electronApp: ElectronApplication, labels: string[]): Promise<void> {
    await electronApp.evaluate(({ Menu, BrowserWindow }, path) => {
      let items = Menu.getApplicationMenu()?.items ?? [];
      let item;
      for (const label of path) {
        item = items.find((i) => i.label === label);
        if (!item) throw new Error(`No menu item ${path.join(' > ')}`);
        items = item.submenu?.items ?? [];
      }
      const win = BrowserWindow.getAllWindows()[0];
      item!.click(undefined, win, win?.webContents);
    }, labels);
  }

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

  test('workspaces as documents: edit, quit (checkpointed), reopen with title, window size and recent list; the menu drives the views', async ({}, testInfo) => {
    const { home, env } = homeFor(testInfo);
    const dbPath = path.join(home, 'Magnet chain.db');
    let launched = await launch(env, '--db', dbPath);
    app = launched.app;
    let page = launched.page;
    await expect(page).toHaveTitle('Magnet chain · Lodestone');
    expect(await page.evaluate(() => Object.keys((window as unknown as { lodestoneShell: object }).lodestoneShell))).toEqual(['invoke', 'onEvent']);

    // the native menu: File, Edit, View, Help (macOS adds the app and Window menus)
    const menus = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((i) => i.label) ?? []);
    expect(menus).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Help']));

    // edit: a facility created in the inspector
    const ui = new LodestoneApp(page);
    await ui.startEmpty();
    await ui.newRecord();
    await ui.inspector.fill('Name', 'Kuantan separation plant');
    await ui.inspector.select('Stage', 'separation');
    await ui.inspector.choose('Country', 'Malaysia');
    await ui.inspector.create();
    await expect(ui.facilities.row('Kuantan separation plant')).toBeVisible();

    await clickMenu(app, ['View', 'Flows']);
    await expect(page.getByRole('heading', { level: 1, name: 'Flows' })).toBeVisible();

    // the shell refuses a path where a file name belongs, before any dialog opens
    const refused = await page.evaluate(() =>
      (window as unknown as { lodestoneShell: { invoke(n: string, i: unknown): Promise<unknown> } }).lodestoneShell.invoke('file.save', {
        name: '../../.bashrc',
        bytes: new Uint8Array(4),
      }),
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation' } });

    const userData = await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'));
    expect(userData.startsWith(home)).toBe(true);
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.setBounds({ x: 60, y: 40, width: 1100, height: 720 }));
    await app.close(); // quits: the workspace is closed with a WAL checkpoint
    app = undefined;
    expect(existsSync(`${dbPath}-wal`) ? statSync(`${dbPath}-wal`).size : 0).toBe(0);
    const stored = JSON.parse(readFileSync(path.join(userData, 'window-state.json'), 'utf8'));
    expect(stored).toMatchObject({ version: 1, bounds: { width: 1100, height: 720 }, maximized: false });

    // reopened without --db: the last workspace, at the remembered size, the edit still there
    launched = await launch(env);
    app = launched.app;
    page = launched.page;
    await expect(page).toHaveTitle('Magnet chain · Lodestone');
    await expect(new LodestoneApp(page).facilities.row('Kuantan separation plant')).toBeVisible();
    const bounds = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.getNormalBounds());
    expect(bounds).toMatchObject({ width: 1100, height: 720 });
    const recent = await page.evaluate(() =>
      (window as unknown as { lodestoneShell: { invoke(n: string, i: unknown): Promise<unknown> } }).lodestoneShell.invoke('workspace.recent', {}),
    );
    expect(recent).toMatchObject({ ok: true, value: { files: [{ path: dbPath, label: 'Magnet chain.db' }] } });
  });

  test('a .lodestone file given on the command line, and by a second launch, opens at its verify-and-diff screen', async ({}, testInfo) => {
    const { home, env } = homeFor(testInfo);
    const colleague = path.join(home, 'colleague.db');
    await lodestone('--db', colleague, 'init', '--sample');
    const whole = path.join(home, 'whole chain.lodestone');
    const china = path.join(home, 'china.lodestone');
    await lodestone('--db', colleague, 'export-snapshot', whole, '--author', 'A. Colleague');
    await lodestone('--db', colleague, 'export-snapshot', china, '--countries', 'CN', '--author', 'A. Colleague');
    // what the window must show: the CLI's diff of each file against the (empty) workspace
    const dbPath = path.join(home, 'mine.db');
    await lodestone('--db', dbPath, 'init');
    type Diff = Record<'added' | 'changed' | 'removed' | 'conflicting', unknown[]>;
    const expected = async (file: string) => {
      const diff = JSON.parse(await lodestone('--db', dbPath, 'diff-snapshot', file, '--json')) as Diff;
      return { added: diff.added.length, changed: diff.changed.length, removed: diff.removed.length, conflicting: diff.conflicting.length };
    };
    const wholeDiff = await expected(whole);
    const chinaDiff = await expected(china);
    expect(chinaDiff.added).toBeLessThan(wholeDiff.added);

    // as Windows and Linux start the app for a double-clicked file: its path in argv
    const launched = await launch(env, '--db', dbPath, whole);
    app = launched.app;
    const page = launched.page;
    const snapshots = new SnapshotsPage(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Snapshots' })).toBeVisible();
    await expect(snapshots.root.getByText('whole chain.lodestone').first()).toBeVisible();
    await snapshots.expectDiff(wholeDiff);

    // a second launch with another file: it hands the file to this window and exits
    const second = spawn(executable!, appArgs(china), { cwd: REPO_DIR, env, stdio: 'ignore' });
    const code = await new Promise<number | null>((resolve) => second.once('exit', resolve));
    expect(code).toBe(0);
    await expect(snapshots.root.getByText('china.lodestone').first()).toBeVisible();
    await snapshots.expectDiff(chinaDiff);
    expect(app.windows()).toHaveLength(1);
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
