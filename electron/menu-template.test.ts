import { describe, expect, it } from 'vitest';
import { COMMAND_IDS, COMMANDS } from './commands';
import { commandsIn, menuTemplate, type MenuSpec } from './menu-template';

const recent = [
  { path: '/w/chain.db', label: 'chain.db' },
  { path: '/w/magnets.db', label: 'magnets.db' },
];

function menu(template: MenuSpec[], label: string): MenuSpec[] {
  const found = template.find((m) => m.label === label);
  if (!found?.submenu) throw new Error(`no ${label} menu`);
  return found.submenu;
}
const labels = (items: MenuSpec[]) => items.map((i) => i.label ?? i.role ?? '---');

describe('menuTemplate', () => {
  const linux = menuTemplate({ platform: 'linux', appName: 'Lodestone', recent, devTools: false });
  const mac = menuTemplate({ platform: 'darwin', appName: 'Lodestone', recent: [], devTools: true });

  it('has File, Edit, View and Help on Windows and Linux; macOS adds the app and Window menus', () => {
    expect(labels(linux)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(labels(mac)).toEqual(['Lodestone', 'File', 'Edit', 'View', 'windowMenu', 'Help']);
    expect(labels(menu(mac, 'Lodestone'))).toEqual(['About Lodestone', '---', 'services', '---', 'hide', 'hideOthers', 'unhide', '---', 'quit']);
  });

  it('File: workspaces as documents, then imports and exports; Exit on Linux, Close on macOS', () => {
    expect(labels(menu(linux, 'File'))).toEqual([
      'New Workspace…', 'Open Workspace…', 'Open Recent', 'Save a Copy As…', '---',
      'Import Snapshot…', 'Import CSV…', '---', 'Export Snapshot…', 'Export CSV…', 'Export Graph…', '---', 'Exit',
    ]);
    expect(menu(linux, 'File').at(-1)).toEqual({ role: 'quit', label: 'Exit' });
    expect(menu(mac, 'File').at(-1)).toEqual({ role: 'close' });
  });

  it('Open Recent lists the stored workspaces, or says there are none', () => {
    const openRecent = menu(linux, 'File').find((i) => i.label === 'Open Recent')!;
    expect(openRecent.submenu).toEqual([
      { label: 'chain.db', recentPath: '/w/chain.db' },
      { label: 'magnets.db', recentPath: '/w/magnets.db' },
    ]);
    const none = menu(mac, 'File').find((i) => i.label === 'Open Recent')!;
    expect(none.submenu).toEqual([{ label: 'No Recent Workspaces', enabled: false }]);
  });

  it('Edit: workspace Undo/Redo as commands, Cut/Copy/Paste as native roles', () => {
    const edit = menu(linux, 'Edit');
    expect(labels(edit)).toEqual(['Undo', 'Redo', '---', 'cut', 'copy', 'paste', 'selectAll', '---', 'Find', 'New Record', 'Save Record', '---', 'Command Palette…']);
    expect(edit[0]).toEqual({ label: 'Undo', command: 'edit.undo', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false });
    expect(edit.at(-1)).toMatchObject({ command: 'palette.open', accelerator: 'CmdOrCtrl+K' });
  });

  it('View: the pages and record views with their keys, then zoom; developer items only when asked', () => {
    const view = menu(linux, 'View');
    expect(labels(view)).toEqual([
      'Diagram', 'Analysis', 'Snapshots', 'Report', '---', 'Facilities', 'Flows', 'Materials', 'Sources', '---',
      'resetZoom', 'zoomIn', 'zoomOut', '---', 'togglefullscreen',
    ]);
    expect(view.find((i) => i.command === 'view.flows')?.accelerator).toBe('Alt+2');
    expect(labels(menu(mac, 'View')).slice(-2)).toEqual(['reload', 'toggleDevTools']);
  });

  it('Help: the keyboard shortcut list, and About (in the app menu on macOS)', () => {
    expect(labels(menu(linux, 'Help'))).toEqual(['Keyboard Shortcuts', '---', 'About Lodestone']);
    expect(labels(menu(mac, 'Help'))).toEqual(['Keyboard Shortcuts']);
  });

  it('offers every command exactly once, each with its label and key from the command table, none registered natively', () => {
    for (const template of [linux, mac]) {
      const ids = commandsIn(template);
      expect([...ids].sort()).toEqual([...COMMAND_IDS].sort());
    }
    const walk = (items: MenuSpec[]): MenuSpec[] => items.flatMap((i) => [i, ...walk(i.submenu ?? [])]);
    for (const item of walk(linux).filter((i) => i.command)) {
      const def = COMMANDS[item.command!];
      expect(item.label).toBe(def.label);
      expect(item.accelerator).toBe('accelerator' in def ? def.accelerator : undefined);
      if (item.accelerator) expect(item.registerAccelerator).toBe(false);
    }
  });
});
