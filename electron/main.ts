// Electron main process: app lifecycle, the one window, the api.ts operations over IPC, and
// the desktop shell (menu, native dialogs, workspaces as documents, files from the OS).
// Thin: business logic is in db/, the shell's decisions in pure modules beside this one.
// Security (DESIGN.md Conventions): contextIsolation, sandbox, no nodeIntegration, a strict
// CSP on app content, navigation and new windows blocked, permissions denied, IPC sender
// checked on both channels (ipc.ts, shell-ipc.ts).
//
// Usage: lodestone-desktop [--db FILE] [SNAPSHOT.lodestone ...]
//   (default workspace: the last one opened, else <userData>/workspace.db, see db/paths.ts)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, screen, session } from 'electron';
import { defaultWorkspacePath, userDataDir } from '../db/paths';
import { isSnapshotPath, parseDesktopArgs, snapshotFilesIn } from './args';
import { sqliteBindingFromEnv } from './dev-native';
import { registerIpc } from './ipc';
import { readTextFile, writeTextFile } from './json-file';
import { installMenu } from './menu';
import { menuTemplate } from './menu-template';
import { APP_ENTRY_URL, contentSecurityPolicy, isAppContentUrl } from './policy';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { addRecent, parseRecent, pruneRecent, recentEntries, serializeRecent } from './recent';
import { createShellHost } from './shell-host';
import { registerShellIpc, sendShellEvent } from './shell-ipc';
import { MIN_SIZE, parseWindowState, placeWindow, serializeWindowState } from './window-state';
import { WorkspaceSession } from './workspace-session';

const here = path.dirname(fileURLToPath(import.meta.url)); // out/main
const rendererDir = path.join(here, '..', 'renderer');
const preloadPath = path.join(here, '..', 'preload', 'preload.cjs');
/** Set by `electron-vite dev`; honoured only in an unpackaged app. */
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL || undefined : undefined;
const csp = contentSecurityPolicy(devServerUrl);

app.setName('Lodestone');
app.setPath('userData', userDataDir());
registerAppScheme();

const windowStateFile = path.join(app.getPath('userData'), 'window-state.json');
const recentFile = path.join(app.getPath('userData'), 'recent-workspaces.json');
const sampleDir = app.isPackaged ? path.join(process.resourcesPath, 'sample') : path.join(app.getAppPath(), 'assets', 'sample');

const workspaces = new WorkspaceSession({
  // From a checkout, bin/start-desktop.mjs names an Electron-ABI build of better-sqlite3 (the
  // one in node_modules is Node's); packaged, electron-builder rebuilt it in place.
  open: sqliteBindingFromEnv(process.env, app.isPackaged),
  service: { sampleDir },
});
let mainWindow: BrowserWindow | null = null;
/** Snapshot files the OS asked us to open (argv, second launches, macOS open-file), oldest first. */
const openedFiles: string[] = [];

// ---- recent workspaces and the menu ------------------------------------------------------

function recentList(): string[] {
  const stored = parseRecent(readTextFile(recentFile));
  const present = pruneRecent(stored, (f) => fs.existsSync(f));
  if (present.length !== stored.length) writeTextFile(recentFile, serializeRecent(present));
  return present;
}

function rememberRecent(file: string): void {
  writeTextFile(recentFile, serializeRecent(addRecent(recentList(), file)));
  app.addRecentDocument(file);
}

function refreshMenu(): void {
  const template = menuTemplate({ platform: process.platform, appName: app.getName(), recent: recentEntries(recentList()), devTools: !app.isPackaged });
  installMenu(template, {
    // About needs nothing of the page; everything else runs there, after its unsaved-edits guard.
    command: (id) => (id === 'app.about' ? void shellHost['app.about']({}) : sendShellEvent(mainWindow, { type: 'command', id })),
    openRecent: (file) => sendShellEvent(mainWindow, { type: 'open-recent', path: file }),
  });
}

// ---- workspaces ---------------------------------------------------------------------------

function initialWorkspacePath(): string {
  const args = parseDesktopArgs(process.argv);
  if (args.db) return path.resolve(args.db);
  // Like other document apps: the workspace worked on last, if it still exists.
  return recentList()[0] ?? defaultWorkspacePath({ create: true });
}

/** Opens `file` as the window's workspace; the page reloads to show it. Throws if it cannot. */
function switchWorkspace(file: string): void {
  const ws = workspaces.open(file);
  rememberRecent(ws.path);
  refreshMenu();
  if (mainWindow && !mainWindow.isDestroyed()) {
    if (process.platform === 'darwin') mainWindow.setRepresentedFilename(ws.path);
    mainWindow.webContents.reload();
  }
}

const shellHost = createShellHost({
  getWindow: () => mainWindow,
  session: workspaces,
  switchWorkspace,
  recent: () => recentEntries(recentList()),
  takeOpenedPath: () => openedFiles.shift(),
});

// ---- files from the operating system ------------------------------------------------------

function fileOpened(files: readonly string[]): void {
  if (!files.length) return;
  openedFiles.push(...files);
  focusWindow();
  // The page takes it with file.takeOpened: now if it is loaded, else when it starts.
  sendShellEvent(mainWindow, { type: 'file-opened' });
}

function focusWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

// ---- the window ---------------------------------------------------------------------------

function createWindow(): BrowserWindow {
  const primary = screen.getPrimaryDisplay().workArea;
  const place = placeWindow(
    parseWindowState(readTextFile(windowStateFile)),
    screen.getAllDisplays().map((d) => d.workArea),
    primary,
  );
  const win = new BrowserWindow({
    ...(place.x !== undefined && place.y !== undefined ? { x: place.x, y: place.y } : {}),
    width: place.width,
    height: place.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Lodestone',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      // A middle-click on a link fires auxclick, which can open it in a new window past the
      // click handlers; new windows are denied anyway, this removes the path (Electronegativity).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.once('ready-to-show', () => {
    if (place.maximized) win.maximize();
    win.show();
  });
  // Saved on close, as the unmaximized bounds, so a maximized window comes back maximized
  // over the size it had before.
  win.on('close', () => {
    writeTextFile(windowStateFile, serializeWindowState({ bounds: win.getNormalBounds(), maximized: win.isMaximized() }));
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  const ws = workspaces.workspace;
  if (ws && process.platform === 'darwin') win.setRepresentedFilename(ws.path);
  void win.loadURL(devServerUrl ?? APP_ENTRY_URL);
  return win;
}

function lockDownSession(): void {
  const ses = session.defaultSession;
  // CSP on every response of app content (dev server included); app:// also sets it itself.
  ses.webRequest.onHeadersReceived((details, callback) => {
    if (!isAppContentUrl(details.url, devServerUrl)) return callback({});
    const responseHeaders = Object.fromEntries(
      Object.entries(details.responseHeaders ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy'),
    );
    responseHeaders['Content-Security-Policy'] = [csp];
    callback({ responseHeaders });
  });
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
}

// Every web contents, present and future: no navigation, no new windows, no webviews.
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});

function openFirstWorkspace(): boolean {
  const file = initialWorkspacePath();
  try {
    workspaces.open(file);
    rememberRecent(path.resolve(file));
    return true;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    dialog.showErrorBox('Lodestone cannot open the workspace', `${file}\n\n${message}`);
    return false;
  }
}

if (!app.requestSingleInstanceLock()) {
  // The first instance gets our argv through 'second-instance' and opens its files.
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    focusWindow();
    fileOpened(snapshotFilesIn(argv, workingDirectory));
  });
  // macOS: a double-clicked snapshot, possibly before ready (then the page takes it at start).
  app.on('open-file', (event, file) => {
    if (!isSnapshotPath(file)) return;
    event.preventDefault();
    fileOpened([file]);
  });
  openedFiles.push(...snapshotFilesIn(process.argv, process.cwd()));

  app.on('window-all-closed', () => app.quit());
  // The workspace is closed with a WAL checkpoint (db/workspace.ts), once the windows are gone.
  app.on('will-quit', () => workspaces.close());

  void app.whenReady().then(() => {
    if (!openFirstWorkspace()) {
      app.exit(1);
      return;
    }
    lockDownSession();
    handleAppProtocol(rendererDir, csp);
    registerIpc({ service: { call: (name, input) => workspaces.service.call(name, input) }, getMainWindow: () => mainWindow, devServerUrl });
    registerShellIpc({ host: shellHost, getMainWindow: () => mainWindow, devServerUrl });
    refreshMenu();
    mainWindow = createWindow();
  });
}
