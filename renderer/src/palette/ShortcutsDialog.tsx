// Help > Keyboard Shortcuts: every command with a key (electron/commands.ts) and the keys of
// the tables and the diagram, as this platform writes them.
import { useEffect, useRef } from 'react';
import { COMMAND_IDS, COMMANDS } from '../../../electron/commands';
import { acceleratorLabel } from '../platform/accelerators';
import './palette.css';

interface Props {
  open: boolean;
  desktop: boolean;
  mac: boolean;
  onClose: () => void;
}

/** The table and diagram keys; `mod` is Ctrl, or ⌘ on macOS. */
const otherKeys = (mod: string): readonly { keys: string; does: string }[] => [
  { keys: '↑ ↓ Page Up/Down Home End', does: 'Move the selection in a table' },
  { keys: 'Shift+↑ ↓ · Shift+click', does: 'Choose a range of facilities or flows, to edit them at once' },
  { keys: `${mod}+click · ${mod}+Space`, does: 'Add a row to the choice, or take it out' },
  { keys: `${mod}+↑ ↓`, does: 'Move in a table without changing the choice' },
  { keys: `${mod}+A`, does: 'Choose every row the table shows' },
  { keys: 'Enter', does: 'Edit the selected record in the inspector' },
  { keys: 'Delete', does: 'Delete the selected record, or the chosen ones (asks first)' },
  { keys: 'Esc', does: 'Close a dialog; clear the diagram’s selection; back to one row in a table' },
];

export function ShortcutsDialog({ open, desktop, mac, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    else if (!open && dialog.open) dialog.close();
  }, [open]);

  const rows = COMMAND_IDS.flatMap((id) => {
    const def = COMMANDS[id];
    if (!('accelerator' in def) || ('desktopOnly' in def && def.desktopOnly && !desktop)) return [];
    return [{ keys: acceleratorLabel(def.accelerator, mac), does: def.label.replace(/…$/, '') }];
  });

  return (
    <dialog ref={ref} className="confirm-dialog shortcuts-dialog" aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title" className="dialog-title">
        Keyboard shortcuts
      </h2>
      <table className="shortcuts-table">
        <tbody>
          {[...rows, ...otherKeys(mac ? '⌘' : 'Ctrl')].map((r) => (
            <tr key={r.does}>
              <td>
                <kbd>{r.keys}</kbd>
              </td>
              <td>{r.does}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-actions">
        <button type="button" className="button button-primary" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </dialog>
  );
}
