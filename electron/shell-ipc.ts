// The shell channel (shell-contract.ts): ipcMain.handle(SHELL_CHANNEL) answers the main
// window's own content only (the same sender check as the api.ts channel), validates with
// zod (shell-route.ts) and runs the host's native side (shell-host.ts).
import { ipcMain, type BrowserWindow } from 'electron';
import { senderIsTrusted } from './ipc';
import { SHELL_CHANNEL, SHELL_EVENT_CHANNEL } from './shell-channels';
import type { ShellEvent } from './shell-contract';
import { routeShell, type ShellHost } from './shell-route';

export interface ShellIpcOptions {
  host: ShellHost;
  getMainWindow(): BrowserWindow | null;
  devServerUrl?: string;
}

export function registerShellIpc(options: ShellIpcOptions): () => void {
  ipcMain.handle(SHELL_CHANNEL, (event, name: unknown, input: unknown) => routeShell(options.host, senderIsTrusted(event, options), name, input));
  return () => ipcMain.removeHandler(SHELL_CHANNEL);
}

/** Tells the main window's page about a menu command or an opened file; dropped if there is no page yet. */
export function sendShellEvent(win: BrowserWindow | null, event: ShellEvent): void {
  if (!win || win.isDestroyed() || win.webContents.isLoading()) return;
  win.webContents.send(SHELL_EVENT_CHANNEL, event);
}
