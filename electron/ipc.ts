// The one IPC channel: ipcMain.handle(IPC_CHANNEL) routes api.ts operations to the
// service after checking the sender (main window, top frame, app's own content).
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNEL } from '../db/api';
import { isTrustedSender } from './policy';
import { routeInvoke, type CallService } from './route';

export interface IpcOptions {
  service: CallService;
  getMainWindow(): BrowserWindow | null;
  /** The electron-vite dev server URL in development, else undefined. */
  devServerUrl?: string;
}

/** The sender check of both channels (workspace ops here, the shell's in shell-ipc.ts). */
export function senderIsTrusted(event: IpcMainInvokeEvent, options: Pick<IpcOptions, 'getMainWindow' | 'devServerUrl'>): boolean {
  const win = options.getMainWindow();
  const frame = event.senderFrame;
  return isTrustedSender(
    {
      frameUrl: frame?.url,
      isTopFrame: frame !== null && frame.parent === null,
      isMainWindow: win !== null && !win.isDestroyed() && event.sender === win.webContents,
    },
    options.devServerUrl,
  );
}

export function registerIpc(options: IpcOptions): () => void {
  ipcMain.handle(IPC_CHANNEL, (event, name: unknown, input: unknown) =>
    routeInvoke(options.service, senderIsTrusted(event, options), name, input),
  );
  return () => ipcMain.removeHandler(IPC_CHANNEL);
}
