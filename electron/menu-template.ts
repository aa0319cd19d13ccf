// The application menu as data. Pure (no Electron): electron/menu.ts turns it into a native
// menu, attaching what a click does. Items that run a command carry its id; the renderer
// runs them (after asking about unsaved edits), except app.about, which main shows.
//
// Accelerators of commands are shown but not registered (registerAccelerator: false): the
// renderer's own key handling runs them, identically in the browser, so a key press is never
// handled twice. macOS ignores that flag and lets the menu take the key, which then never
// reaches the page — again once. Role items (copy, paste, zoom...) keep their native keys.
import { COMMANDS, type CommandId } from './commands';
import type { RecentWorkspace } from './shell-contract';

export type MenuRole =
  | 'about'
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'close'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'reload'
  | 'toggleDevTools'
  | 'windowMenu'
  | 'minimize'
  | 'zoom';

export interface MenuSpec {
  label?: string;
  type?: 'separator';
  role?: MenuRole;
  accelerator?: string;
  registerAccelerator?: boolean;
  enabled?: boolean;
  command?: CommandId;
  /** Open Recent entries: the workspace to open. */
  recentPath?: string;
  submenu?: MenuSpec[];
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  recent: readonly RecentWorkspace[];
  /** Reload and developer tools, for an unpackaged app only. */
  devTools: boolean;
}

const separator: MenuSpec = { type: 'separator' };

function command(id: CommandId): MenuSpec {
  const def = COMMANDS[id];
  const spec: MenuSpec = { label: def.label, command: id };
  if ('accelerator' in def) {
    spec.accelerator = def.accelerator;
    spec.registerAccelerator = false;
  }
  return spec;
}

function recentMenu(recent: readonly RecentWorkspace[]): MenuSpec {
  const submenu: MenuSpec[] = recent.length
    ? recent.map((r) => ({ label: r.label, recentPath: r.path }))
    : [{ label: 'No Recent Workspaces', enabled: false }];
  return { label: 'Open Recent', submenu };
}

export function menuTemplate({ platform, appName, recent, devTools }: MenuOptions): MenuSpec[] {
  const mac = platform === 'darwin';
  const appMenu: MenuSpec = {
    label: appName,
    submenu: [
      command('app.about'),
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };
  const file: MenuSpec = {
    label: 'File',
    submenu: [
      command('workspace.new'),
      command('workspace.open'),
      recentMenu(recent),
      command('workspace.saveCopy'),
      separator,
      command('snapshot.import'),
      command('csv.import'),
      separator,
      command('snapshot.export'),
      command('csv.export'),
      command('graph.export'),
      separator,
      mac ? { role: 'close' } : { role: 'quit', label: 'Exit' },
    ],
  };
  const edit: MenuSpec = {
    label: 'Edit',
    submenu: [
      command('edit.undo'),
      command('edit.redo'),
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      separator,
      command('edit.find'),
      command('record.new'),
      command('record.save'),
      separator,
      command('palette.open'),
    ],
  };
  const view: MenuSpec = {
    label: 'View',
    submenu: [
      command('view.diagram'),
      command('view.analysis'),
      command('view.snapshots'),
      command('view.report'),
      separator,
      command('view.facilities'),
      command('view.flows'),
      command('view.materials'),
      command('view.sources'),
      separator,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
      ...(devTools ? [separator, { role: 'reload' } as MenuSpec, { role: 'toggleDevTools' } as MenuSpec] : []),
    ],
  };
  const help: MenuSpec = {
    label: 'Help',
    submenu: mac ? [command('help.shortcuts')] : [command('help.shortcuts'), separator, command('app.about')],
  };
  return mac ? [appMenu, file, edit, view, { role: 'windowMenu' }, help] : [file, edit, view, help];
}

/** Every command id a template can send (for tests and for checking the palette covers them). */
export function commandsIn(template: readonly MenuSpec[]): CommandId[] {
  const out: CommandId[] = [];
  const walk = (items: readonly MenuSpec[]) => {
    for (const item of items) {
      if (item.command) out.push(item.command);
      if (item.submenu) walk(item.submenu);
    }
  };
  walk(template);
  return out;
}
