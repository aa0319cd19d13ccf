// Accelerators as the menu writes them (Electron notation, electron/commands.ts): shown in
// the page the way the platform writes keys, and matched against key presses so the same
// keys work in browser mode. Pure.
import type { KeyLike } from '../logic/keys';

interface Parsed {
  mod: boolean;
  shift: boolean;
  alt: boolean;
  key: string;
}

function parse(accelerator: string): Parsed {
  const parts = accelerator.split('+');
  // "CmdOrCtrl++" would name the plus key; none of ours does, but keep the last part whole.
  const key = parts.pop() ?? '';
  const mods = new Set(parts.map((p) => p.toLowerCase()));
  return {
    mod: mods.has('cmdorctrl') || mods.has('commandorcontrol'),
    shift: mods.has('shift'),
    alt: mods.has('alt') || mods.has('option'),
    key: key.length === 1 ? key.toLowerCase() : key,
  };
}

/** "CmdOrCtrl+Shift+S" -> "⇧⌘S" on macOS, "Ctrl+Shift+S" elsewhere. */
export function acceleratorLabel(accelerator: string, mac: boolean): string {
  const a = parse(accelerator);
  const key = a.key.length === 1 ? a.key.toUpperCase() : a.key;
  if (mac) return `${a.alt ? '⌥' : ''}${a.shift ? '⇧' : ''}${a.mod ? '⌘' : ''}${key}`;
  return [a.mod ? 'Ctrl' : '', a.alt ? 'Alt' : '', a.shift ? 'Shift' : '', key].filter(Boolean).join('+');
}

/** True when the key press is the accelerator: exactly its modifiers (Cmd on macOS, Ctrl elsewhere). */
export function matchesAccelerator(e: KeyLike, accelerator: string, mac: boolean): boolean {
  const a = parse(accelerator);
  const mod = mac ? e.metaKey : e.ctrlKey;
  const otherMod = mac ? e.ctrlKey : e.metaKey;
  if (mod !== a.mod || otherMod || e.altKey !== a.alt || e.shiftKey !== a.shift) return false;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  return key === a.key;
}
