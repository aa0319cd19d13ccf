// The IPC channel names of the desktop shell (window chrome, native dialogs, menus), apart
// from db/api.ts's workspace operations. No imports: the sandboxed preload bundles this file.

/** Renderer -> main: ipcRenderer.invoke(SHELL_CHANNEL, name, input), see shell-contract.ts. */
export const SHELL_CHANNEL = 'lodestone:shell';
/** Main -> renderer: webContents.send(SHELL_EVENT_CHANNEL, ShellEvent). */
export const SHELL_EVENT_CHANNEL = 'lodestone:shell-event';
