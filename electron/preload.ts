// Sandboxed preload (built to CommonJS). Exposes two frozen objects to the renderer and
// nothing of Electron or Node:
//   window.lodestone.invoke(name, input): Promise<OpResult>      the api.ts operations
//   window.lodestoneShell.invoke(name, input): Promise<ShellResult> desktop-only shell ops
//   window.lodestoneShell.onEvent(listener): () => void          menu commands, opened files
// Both channels are sender-checked and validated in the main process.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_CHANNEL, type OpName, type OpResult } from '../db/api';
import { SHELL_CHANNEL, SHELL_EVENT_CHANNEL } from './shell-channels';
import type { ShellEvent, ShellResult } from './shell-contract';

const bridge = Object.freeze({
  invoke(name: string, input: unknown): Promise<OpResult<OpName>> {
    return ipcRenderer.invoke(IPC_CHANNEL, String(name), input) as Promise<OpResult<OpName>>;
  },
});

const shell = Object.freeze({
  invoke(name: string, input: unknown): Promise<ShellResult> {
    return ipcRenderer.invoke(SHELL_CHANNEL, String(name), input) as Promise<ShellResult>;
  },
  /** The listener gets only the event's data, never the IpcRendererEvent (which carries `sender`). */
  onEvent(listener: (event: ShellEvent) => void): () => void {
    const handler = (_event: IpcRendererEvent, data: ShellEvent) => listener(data);
    ipcRenderer.on(SHELL_EVENT_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(SHELL_EVENT_CHANNEL, handler);
    };
  },
});

contextBridge.exposeInMainWorld('lodestone', bridge);
contextBridge.exposeInMainWorld('lodestoneShell', shell);
