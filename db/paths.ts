// Where the desktop app keeps its default workspace, computed without Electron so that the
// browser host and the CLI agree with the desktop app. Mirrors Electron's
// app.getPath('userData') for the app name "Lodestone":
//   Linux    $XDG_CONFIG_HOME/Lodestone, or ~/.config/Lodestone
//   macOS    ~/Library/Application Support/Lodestone
//   Windows  %APPDATA%\Lodestone (falls back to ~\AppData\Roaming\Lodestone)
// Node only; imports neither Electron nor React.
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'Lodestone';
export const WORKSPACE_FILE_NAME = 'workspace.db';

export interface PathEnvironment {
  platform?: NodeJS.Platform;
  env?: NodeJS.ProcessEnv;
  home?: string;
}

/** The per-user application data folder (Electron's `appData`). */
export function appDataDir({ platform = process.platform, env = process.env, home = os.homedir() }: PathEnvironment = {}): string {
  if (platform === 'win32') {
    const appData = env.APPDATA;
    return appData && path.win32.isAbsolute(appData) ? appData : path.win32.join(home, 'AppData', 'Roaming');
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support');
  // Linux and other XDG systems. The XDG spec says relative values are to be ignored.
  const xdg = env.XDG_CONFIG_HOME;
  return xdg && path.posix.isAbsolute(xdg) ? xdg : path.posix.join(home, '.config');
}

/** Electron's `userData` folder for Lodestone. */
export function userDataDir(environment: PathEnvironment = {}): string {
  const join = (environment.platform ?? process.platform) === 'win32' ? path.win32.join : path.posix.join;
  return join(appDataDir(environment), APP_NAME);
}

export interface DefaultWorkspaceOptions extends PathEnvironment {
  /** Create the containing folder (recursively) if it does not exist. */
  create?: boolean;
}

/** The default workspace file shared by the desktop app and the browser host. */
export function defaultWorkspacePath(options: DefaultWorkspaceOptions = {}): string {
  const { create = false, ...environment } = options;
  const dir = userDataDir(environment);
  if (create) mkdirSync(dir, { recursive: true });
  const join = (environment.platform ?? process.platform) === 'win32' ? path.win32.join : path.posix.join;
  return join(dir, WORKSPACE_FILE_NAME);
}
