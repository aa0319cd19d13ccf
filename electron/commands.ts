// Every command of the application menu, by id: its label, its menu, and its accelerator in
// Electron's notation. Shared by the native menu (electron/menu-template.ts), the renderer's
// command palette and keyboard-shortcut list, so a command is named and keyed once. Pure
// data, no imports: the renderer bundles it.

export type CommandGroup = 'File' | 'Edit' | 'View' | 'Help';

export interface CommandDef {
  label: string;
  group: CommandGroup;
  /** Electron accelerator ("CmdOrCtrl+Shift+S"); the renderer shows and matches the same string. */
  accelerator?: string;
  /** Needs the desktop shell (native dialogs, workspace files); hidden in browser mode. */
  desktopOnly?: boolean;
}

export const COMMANDS = {
  'workspace.new': { label: 'New Workspace…', group: 'File', accelerator: 'CmdOrCtrl+N', desktopOnly: true },
  'workspace.open': { label: 'Open Workspace…', group: 'File', accelerator: 'CmdOrCtrl+O', desktopOnly: true },
  'workspace.saveCopy': { label: 'Save a Copy As…', group: 'File', accelerator: 'CmdOrCtrl+Shift+S', desktopOnly: true },
  'snapshot.import': { label: 'Import Snapshot…', group: 'File' },
  'snapshot.export': { label: 'Export Snapshot…', group: 'File' },
  'csv.import': { label: 'Import CSV…', group: 'File' },
  'csv.export': { label: 'Export CSV…', group: 'File' },
  'graph.export': { label: 'Export Graph…', group: 'File' },

  'edit.undo': { label: 'Undo', group: 'Edit', accelerator: 'CmdOrCtrl+Z' },
  'edit.redo': { label: 'Redo', group: 'Edit', accelerator: 'CmdOrCtrl+Shift+Z' },
  'edit.find': { label: 'Find', group: 'Edit', accelerator: 'CmdOrCtrl+F' },
  'record.new': { label: 'New Record', group: 'Edit' },
  'record.save': { label: 'Save Record', group: 'Edit', accelerator: 'CmdOrCtrl+S' },
  'palette.open': { label: 'Command Palette…', group: 'Edit', accelerator: 'CmdOrCtrl+K' },

  'view.diagram': { label: 'Diagram', group: 'View' },
  'view.analysis': { label: 'Analysis', group: 'View' },
  'view.snapshots': { label: 'Snapshots', group: 'View' },
  'view.report': { label: 'Report', group: 'View' },
  'view.facilities': { label: 'Facilities', group: 'View', accelerator: 'Alt+1' },
  'view.flows': { label: 'Flows', group: 'View', accelerator: 'Alt+2' },
  'view.materials': { label: 'Materials', group: 'View', accelerator: 'Alt+3' },
  'view.sources': { label: 'Sources', group: 'View', accelerator: 'Alt+4' },

  'help.shortcuts': { label: 'Keyboard Shortcuts', group: 'Help', accelerator: 'CmdOrCtrl+/' },
  'app.about': { label: 'About Lodestone', group: 'Help', desktopOnly: true },
} as const satisfies Record<string, CommandDef>;

export type CommandId = keyof typeof COMMANDS;
export const COMMAND_IDS = Object.keys(COMMANDS) as CommandId[];

export function isCommandId(value: unknown): value is CommandId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(COMMANDS, value);
}

export function commandDef(id: CommandId): CommandDef {
  return COMMANDS[id];
}
