// The native side of the shell contract: dialogs, reading and writing the files a person
// chose, switching workspaces. Thin: what to offer and what to accept is decided in the pure
// modules (dialog-filters, recent, shell-contract) and main.ts's workspace switch.
import { readFile, stat, writeFile } from 'node:fs/promises';
import fs from 'node:fs';
import path from 'node:path';
import { app, dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { saveWorkspaceCopy } from '../db/workspace-copy';
import { openFilters, saveFilters, WORKSPACE_FILTERS, withExtension } from './dialog-filters';
import { MAX_SHELL_FILE_BYTES, type OpenedFile } from './shell-contract';
import { ShellFailure, type ShellHost } from './shell-route';
import type { WorkspaceSession } from './workspace-session';

export interface ShellHostDeps {
  getWindow(): BrowserWindow | null;
  session: WorkspaceSession;
  /** Opens `file` as the window's workspace (throws, keeping the current one, if it cannot). */
  switchWorkspace(file: string): void;
  /** Recent workspaces that still exist, newest first, with their menu labels. */
  recent(): { path: string; label: string }[];
  /** The next snapshot file handed over by the operating system, if any. */
  takeOpenedPath(): string | undefined;
}

/** Where dialogs start: the folder used last, else Documents. */
let lastFolder: string | undefined;
function startIn(name: string): string {
  return path.join(lastFolder ?? app.getPath('documents'), name);
}
function remember(file: string): void {
  lastFolder = path.dirname(file);
}

async function showSave(win: BrowserWindow | null, options: SaveDialogOptions): Promise<string | null> {
  const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return null;
  remember(result.filePath);
  return result.filePath;
}

async function showOpen(win: BrowserWindow | null, options: OpenDialogOptions): Promise<string[]> {
  const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  if (result.canceled) return [];
  if (result.filePaths[0]) remember(result.filePaths[0]);
  return result.filePaths;
}

async function readChosen(file: string): Promise<OpenedFile> {
  const name = path.basename(file);
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new ShellFailure('io', `${name} is not a file`);
    if (info.size > MAX_SHELL_FILE_BYTES) throw new ShellFailure('validation', `${name} is larger than ${MAX_SHELL_FILE_BYTES / 1024 / 1024} MiB`);
    return { name, bytes: new Uint8Array(await readFile(file)) };
  } catch (error) {
    if (error instanceof ShellFailure) throw error;
    throw new ShellFailure('io', `Cannot read ${name}: ${(error as Error).message}`);
  }
}

function switchOrFail(deps: ShellHostDeps, file: string): void {
  try {
    deps.switchWorkspace(file);
  } catch (error) {
    throw new ShellFailure('io', `Cannot open ${file} as a workspace: ${(error as Error).message}`);
  }
}

export function createShellHost(deps: ShellHostDeps): ShellHost {
  return {
    async 'workspace.new'() {
      const chosen = await showSave(deps.getWindow(), { title: 'New workspace', defaultPath: startIn('Untitled.db'), filters: WORKSPACE_FILTERS });
      if (!chosen) return { opened: false };
      const file = withExtension(chosen, '.db');
      if (deps.session.workspace && path.resolve(file) === path.resolve(deps.session.workspace.path)) {
        throw new ShellFailure('validation', `${path.basename(file)} is the open workspace; choose another name for a new one`);
      }
      // The save dialog asked before replacing an existing file; its journal goes with it.
      for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
      switchOrFail(deps, file);
      return { opened: true };
    },

    async 'workspace.open'({ path: wanted }) {
      if (wanted !== undefined) {
        // Only a listed entry: the page may not name arbitrary files to open.
        const entry = deps.recent().find((r) => r.path === wanted);
        if (!entry) throw new ShellFailure('not_found', `${path.basename(wanted)} is not on the recent workspaces list (moved or deleted?)`);
        switchOrFail(deps, entry.path);
        return { opened: true };
      }
      const [file] = await showOpen(deps.getWindow(), { title: 'Open workspace', defaultPath: lastFolder ?? app.getPath('documents'), filters: WORKSPACE_FILTERS, properties: ['openFile'] });
      if (!file) return { opened: false };
      switchOrFail(deps, file);
      return { opened: true };
    },

    async 'workspace.saveCopy'() {
      const ws = deps.session.workspace;
      if (!ws) throw new ShellFailure('not_found', 'No workspace is open');
      const suggested = `${path.basename(ws.path, path.extname(ws.path))} copy.db`;
      const chosen = await showSave(deps.getWindow(), { title: 'Save a copy of the workspace', defaultPath: startIn(suggested), filters: WORKSPACE_FILTERS });
      if (!chosen) return { saved: false, path: null };
      try {
        const copy = await saveWorkspaceCopy(ws, withExtension(chosen, '.db'));
        return { saved: true, path: copy.path };
      } catch (error) {
        throw new ShellFailure('io', (error as Error).message);
      }
    },

    async 'workspace.recent'() {
      return { files: deps.recent() };
    },

    async 'file.save'({ name, bytes }) {
      const chosen = await showSave(deps.getWindow(), { title: `Save ${name}`, defaultPath: startIn(name), filters: saveFilters(name) });
      if (!chosen) return { saved: false, path: null };
      const file = withExtension(chosen, path.extname(name));
      try {
        await writeFile(`${file}.partial`, bytes);
        await fs.promises.rename(`${file}.partial`, file);
      } catch (error) {
        fs.rmSync(`${file}.partial`, { force: true });
        throw new ShellFailure('io', `Cannot write ${file}: ${(error as Error).message}`);
      }
      return { saved: true, path: file };
    },

    async 'file.open'({ kind, multiple }) {
      const files = await showOpen(deps.getWindow(), {
        title: kind === 'snapshot' ? 'Import a snapshot' : 'Import CSV files',
        defaultPath: lastFolder ?? app.getPath('documents'),
        filters: openFilters(kind),
        properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'],
      });
      return { files: await Promise.all(files.map(readChosen)) };
    },

    async 'file.takeOpened'() {
      const file = deps.takeOpenedPath();
      return { file: file ? await readChosen(file) : null };
    },

    async 'app.about'() {
      const win = deps.getWindow();
      const options = {
        type: 'info' as const,
        title: 'About Lodestone',
        message: `Lodestone ${app.getVersion()}`,
        detail: `Map the rare-earth supply chain, offline.\n\nElectron ${process.versions.electron}, Chromium ${process.versions.chrome}, Node.js ${process.versions.node}`,
        buttons: ['OK'],
      };
      if (win) await dialog.showMessageBox(win, options);
      else await dialog.showMessageBox(options);
      return {};
    },
  };
}
