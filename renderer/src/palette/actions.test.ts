import { describe, expect, it } from 'vitest';
import { COMMAND_IDS } from '../../../electron/commands';
import { paletteActions, type ActionContext } from './actions';

function context(overrides: Partial<ActionContext> = {}): ActionContext & { ran: string[] } {
  const ran: string[] = [];
  return {
    desktop: false,
    mac: false,
    undo: null,
    redo: null,
    recent: [],
    command: (id) => ran.push(id),
    openRecent: (path) => ran.push(`recent ${path}`),
    newRecord: (type) => ran.push(`new ${type}`),
    diagramLayout: (layout) => ran.push(`layout ${layout}`),
    clearDiagramFilters: () => ran.push('clear'),
    ...overrides,
    ran,
  };
}

describe('paletteActions', () => {
  it('in the browser: every command but the desktop-only ones, each running its command', () => {
    const ctx = context();
    const actions = paletteActions(ctx);
    const commands = actions.filter((a) => a.id.startsWith('command:')).map((a) => a.id.slice('command:'.length));
    expect(commands).not.toContain('workspace.open');
    expect(commands).not.toContain('app.about');
    expect(commands).not.toContain('palette.open');
    expect(commands).toContain('snapshot.import');
    expect(commands).toContain('view.report');
    actions.find((a) => a.id === 'command:snapshot.export')!.run();
    actions.find((a) => a.label === 'New flow')!.run();
    actions.find((a) => a.label === 'Diagram layout: Map')!.run();
    actions.find((a) => a.label === 'Diagram: clear filters')!.run();
    expect(ctx.ran).toEqual(['snapshot.export', 'new flow', 'layout map', 'clear']);
  });

  it('on the desktop: workspace commands, About and the recent workspaces too', () => {
    const ctx = context({ desktop: true, recent: [{ path: '/w/chain.db', label: 'chain.db' }] });
    const actions = paletteActions(ctx);
    const ids = actions.map((a) => a.id);
    for (const id of COMMAND_IDS.filter((c) => !['palette.open', 'record.new', 'edit.undo', 'edit.redo'].includes(c))) {
      expect(ids).toContain(`command:${id}`);
    }
    const recent = actions.find((a) => a.label === 'Open Recent: chain.db')!;
    recent.run();
    expect(ctx.ran).toEqual(['recent /w/chain.db']);
  });

  it('names what Undo and Redo would do, offers them only when possible, with the platform’s keys', () => {
    expect(paletteActions(context()).some((a) => a.id === 'command:edit.undo')).toBe(false);
    const actions = paletteActions(context({ undo: 'Edit facility Mountain Pass', redo: 'Delete flow', mac: true }));
    expect(actions.find((a) => a.id === 'command:edit.undo')).toMatchObject({ label: 'Undo Edit facility Mountain Pass', shortcut: '⌘Z' });
    expect(actions.find((a) => a.id === 'command:edit.redo')).toMatchObject({ label: 'Redo Delete flow', shortcut: '⇧⌘Z' });
    expect(actions.find((a) => a.id === 'command:view.flows')).toMatchObject({ label: 'Go to Flows', group: 'Go to', shortcut: '⌥2' });
  });
});
