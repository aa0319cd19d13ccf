// Electron main process: app lifecycle, the one window, and the api.ts operations over IPC.
// Thin: all business logic is in db/. Security (DESIGN.md Conventions): contextIsolation,
// sandbox, no nodeIntegration, a strict CSP on app content, navigation and new windows
// blocked, permissions denied, IPC sender checked (ipc.ts).
//
// Usage: lodestone-desktop [--db FILE]   (default: <userData>/workspace.db, see db/paths.ts)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, session } from 'electron';
import { defaultWorkspacePath, userDataDir } from '../db/paths';
import { createService } from '../db/service';
import { openWorkspace, type Workspace } from '../db/workspace';
import { parseDesktopArgs } from './args';
import { sqliteBindingFromEnv } from './dev-native';
import { registerIpc } from './ipc';
import { APP_ENTRY_URL, contentSecurityPolicy, isAppContentUrl } from './policy';
import { handleAppProtocol, registerAppScheme } from './protocol';

const here = path.dirname(fileURLToPath(import.meta.url)); // out/main
const rendererDir = path.join(here, '..', 'renderer');
const preloadPath = path.join(here, '..', 'preload', 'preload.cjs');
/** Set by `electron-vite dev`; honoured only in an unpackaged app. */
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL || undefined : undefined;
const csp = contentSecurityPolicy(devServerUrl);

app.setName('Lodestone');
app.setPath('userData', userDataDir());
registerAppScheme();

let workspace: Workspace | null = null;
let mainWindow: BrowserWindow | null = null;

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 900,
    minHeight: 600,
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
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
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

function openWorkspaceOrExplain(): Workspace | null {
  const args = parseDesktopArgs(process.argv);
  const dbPath = args.db ? path.resolve(args.db) : defaultWorkspacePath({ create: true });
  try {
    // From a checkout, bin/start-desktop.mjs names an Electron-ABI build of better-sqlite3 (the
    // one in node_modules is Node's); packaged, electron-builder rebuilt it in place.
    return openWorkspace(dbPath, sqliteBindingFromEnv(process.env, app.isPackaged));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    dialog.showErrorBox('Lodestone cannot open the workspace', `${dbPath}\n\n${message}`);
    return null;
  }
}

function closeWorkspace(): void {
  const ws = workspace;
  workspace = null;
  try {
    ws?.close();
  } catch (error) {
    console.error('Lodestone: closing the workspace failed:', error);
  }
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', closeWorkspace);

  void app.whenReady().then(() => {
    workspace = openWorkspaceOrExplain();
    if (!workspace) {
      app.exit(1);
      return;
    }
    const sampleDir = app.isPackaged ? path.join(process.resourcesPath, 'sample') : path.join(app.getAppPath(), 'assets', 'sample');
    const service = createService(workspace, { sampleDir });
    lockDownSession();
    handleAppProtocol(rendererDir, csp);
    registerIpc({ service, getMainWindow: () => mainWindow, devServerUrl });
    mainWindow = createWindow();
  });
}
