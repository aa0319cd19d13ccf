// What the command palette offers: every menu command (electron/commands.ts) that this host
// can run, plus actions that have no menu item (new record of each type, diagram layouts,
// recent workspaces). Pure: the window passes in what to do.
import { COMMAND_IDS, COMMANDS, type CommandId } from '../../../electron/commands';
import type { RecentWorkspace } from '../../../electron/shell-contract';
import type { EditableType } from '../logic/forms';
import { acceleratorLabel } from '../platform/accelerators';
import type { Rankable } from './rank';

export const DIAGRAM_LAYOUT_CHOICES = [
  { layout: 'chain', label: 'Chain (mine to OEM)' },
  { layout: 'force', label: 'Force' },
  { layout: 'map', label: 'Map' },
] as const;
export type PaletteLayout = (typeof DIAGRAM_LAYOUT_CHOICES)[number]['layout'];

export interface PaletteAction extends Rankable {
  id: string;
  label: string;
  group: string;
  /** The key, as this platform writes it. */
  shortcut?: string;
  run(): void;
}

export interface ActionContext {
  desktop: boolean;
  mac: boolean;
  /** What Undo and Redo would do (WorkspaceInfo.undo/redo). */
  undo: string | null;
  redo: string | null;
  recent: readonly RecentWorkspace[];
  command(id: CommandId): void;
  openRecent(path: string): void;
  newRecord(type: EditableType): void;
  diagramLayout(layout: PaletteLayout): void;
  clearDiagramFilters(): void;
}

/** Words people may type for a command besides its label. */
const KEYWORDS: Partial<Record<CommandId, string>> = {
  'workspace.new': 'file create database',
  'workspace.open': 'file database switch',
  'workspace.saveCopy': 'backup duplicate save as',
  'snapshot.import': 'merge diff verify colleague lodestone file',
  'snapshot.export': 'share lodestone file',
  'csv.import': 'spreadsheet upload',
  'csv.export': 'spreadsheet download',
  'graph.export': 'graphml gexf cytoscape gephi',
  'edit.find': 'search filter',
  'record.save': 'inspector',
  'view.diagram': 'network graph',
  'view.analysis': 'concentration chokepoints provenance scenario hhi dependence',
  'view.snapshots': 'share merge history',
  'view.report': 'pdf print summary',
  'help.shortcuts': 'keys keyboard help',
};

const GROUP: Record<string, string> = { File: 'File', Edit: 'Edit', View: 'Go to', Help: 'Help' };
const NEW_TYPES: readonly { type: EditableType; label: string }[] = [
  { type: 'facility', label: 'New facility' },
  { type: 'flow', label: 'New flow' },
  { type: 'material', label: 'New material' },
  { type: 'source', label: 'New source' },
];

function commandLabel(id: CommandId, ctx: ActionContext): string {
  const label: string = COMMANDS[id].label;
  if (id === 'edit.undo' && ctx.undo) return `Undo ${ctx.undo}`;
  if (id === 'edit.redo' && ctx.redo) return `Redo ${ctx.redo}`;
  if (COMMANDS[id].group === 'View') return `Go to ${label}`;
  return label;
}

export function paletteActions(ctx: ActionContext): PaletteAction[] {
  const actions: PaletteAction[] = [];
  for (const id of COMMAND_IDS) {
    const def = COMMANDS[id];
    if (id === 'palette.open' || id === 'record.new') continue; // the palette is open; New comes per type below
    if ('desktopOnly' in def && def.desktopOnly && !ctx.desktop) continue;
    if ((id === 'edit.undo' && !ctx.undo) || (id === 'edit.redo' && !ctx.redo)) continue;
    actions.push({
      id: `command:${id}`,
      label: commandLabel(id, ctx),
      group: GROUP[def.group] ?? def.group,
      keywords: KEYWORDS[id],
      shortcut: 'accelerator' in def ? acceleratorLabel(def.accelerator, ctx.mac) : undefined,
      run: () => ctx.command(id),
    });
  }
  for (const n of NEW_TYPES) {
    actions.push({ id: `new:${n.type}`, label: n.label, group: 'New', keywords: 'create add record', run: () => ctx.newRecord(n.type) });
  }
  for (const l of DIAGRAM_LAYOUT_CHOICES) {
    actions.push({ id: `layout:${l.layout}`, label: `Diagram layout: ${l.label}`, group: 'Diagram', keywords: 'arrange view', run: () => ctx.diagramLayout(l.layout) });
  }
  actions.push({ id: 'diagram:clear-filters', label: 'Diagram: clear filters', group: 'Diagram', keywords: 'reset show all', run: ctx.clearDiagramFilters });
  if (ctx.desktop) {
    for (const r of ctx.recent) {
      actions.push({ id: `recent:${r.path}`, label: `Open Recent: ${r.label}`, group: 'File', keywords: `workspace ${r.path}`, run: () => ctx.openRecent(r.path) });
    }
  }
  return actions;
}
