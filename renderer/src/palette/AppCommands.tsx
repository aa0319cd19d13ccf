// The window's command layer: the command palette and the keyboard-shortcut list, with the
// commands they and the native menu run (useAppCommands). Rendered once by App.
import type { KeyboardEvent } from 'react';
import { COMMANDS } from '../../../electron/commands';
import { IS_MAC } from '../platform';
import { acceleratorLabel, matchesAccelerator } from '../platform/accelerators';
import { paletteActions } from './actions';
import { CommandPalette } from './CommandPalette';
import { ShortcutsDialog } from './ShortcutsDialog';
import { useAppCommands, type CommandTargets } from './useAppCommands';

interface Props extends CommandTargets {
  /** What Undo and Redo would do now. */
  undo: string | null;
  redo: string | null;
}

const PALETTE_KEY = COMMANDS['palette.open'].accelerator;

export function AppCommands({ undo, redo, ...targets }: Props) {
  const commands = useAppCommands(targets);
  const actions = commands.paletteOpen
    ? paletteActions({
        desktop: commands.desktop,
        mac: IS_MAC,
        undo,
        redo,
        recent: commands.recent,
        command: (id) => void commands.run(id),
        openRecent: (path) => void commands.openRecent(path),
        newRecord: (type) => void targets.startNewOf(type),
        diagramLayout: (layout) => {
          targets.setLayout(layout);
          void targets.showDiagram();
        },
        clearDiagramFilters: () => {
          targets.clearDiagramFilters();
          void targets.showDiagram();
        },
      })
    : [];
  return (
    <>
      <CommandPalette
        open={commands.paletteOpen}
        actions={actions}
        toggleKey={acceleratorLabel(PALETTE_KEY, IS_MAC)}
        isToggle={(e: KeyboardEvent) => matchesAccelerator(e, PALETTE_KEY, IS_MAC)}
        onClose={() => commands.setPaletteOpen(false)}
      />
      <ShortcutsDialog open={commands.shortcutsOpen} desktop={commands.desktop} mac={IS_MAC} onClose={() => commands.setShortcutsOpen(false)} />
    </>
  );
}
