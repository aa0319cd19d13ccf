// Sandboxed preload (built to CommonJS): exposes exactly one function to the renderer,
//   window.lodestone.invoke(name, input): Promise<OpResult>
// Nothing of Electron or Node leaks into the page.
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNEL, type OpName, type OpResult } from '../db/api';

const bridge = Object.freeze({
  invoke(name: string, input: unknown): Promise<OpResult<OpName>> {
    return ipcRenderer.invoke(IPC_CHANNEL, String(name), input) as Promise<OpResult<OpName>>;
  },
});

contextBridge.exposeInMainWorld('lodestone', bridge);
