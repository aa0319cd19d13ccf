// Global keyboard shortcuts, decided by pure functions so they can be tested.

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export interface TargetLike {
  tagName?: string;
  type?: string;
  isContentEditable?: boolean;
  readOnly?: boolean;
}

export function isMac(platform: string): boolean {
  return /mac|iphone|ipad/i.test(platform);
}

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', '']);

/** True when the element is a text field with its own undo history (Ctrl+Z belongs to it). */
export function isTextEntry(target: TargetLike | null | undefined): boolean {
  if (!target || !target.tagName) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName.toUpperCase();
  if (tag === 'TEXTAREA') return !target.readOnly;
  if (tag === 'INPUT') return TEXT_INPUT_TYPES.has((target.type ?? '').toLowerCase()) && !target.readOnly;
  return false;
}

export type Shortcut = 'undo' | 'redo' | 'save' | 'find' | null;

/** The app-wide command a key press asks for, if any. `mod` is Cmd on macOS, Ctrl elsewhere. */
export function shortcutFor(e: KeyLike, mac: boolean): Shortcut {
  const mod = mac ? e.metaKey && !e.ctrlKey : e.ctrlKey && !e.metaKey;
  if (!mod || e.altKey) return null;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  if (key === 's' && !e.shiftKey) return 'save';
  if (key === 'f' && !e.shiftKey) return 'find';
  return null;
}

/** Alt+1..4 (no Ctrl or Cmd): the index of the view to show, else null. */
export function viewShortcut(e: KeyLike): number | null {
  if (!e.altKey || e.ctrlKey || e.metaKey || !/^[1-4]$/.test(e.key)) return null;
  return Number(e.key) - 1;
}

export interface ShortcutLabels {
  /** The modifier as a key cap: "⌘" or "Ctrl". */
  modKey: string;
  /** The modifier as written before a key: "⌘Z", "Ctrl+Z". */
  modPrefix: string;
  redo: string;
}

export function shortcutLabels(mac: boolean): ShortcutLabels {
  return mac ? { modKey: '⌘', modPrefix: '⌘', redo: '⇧⌘Z' } : { modKey: 'Ctrl', modPrefix: 'Ctrl+', redo: 'Ctrl+Shift+Z' };
}

/** Where the next selected row goes for a navigation key, or null if the key does not navigate. */
export function nextRowIndex(key: string, current: number, count: number, pageSize: number): number | null {
  if (count === 0) return null;
  const last = count - 1;
  const from = current < 0 ? -1 : Math.min(current, last);
  switch (key) {
    case 'ArrowDown':
      return from < 0 ? 0 : Math.min(from + 1, last);
    case 'ArrowUp':
      return from < 0 ? 0 : Math.max(from - 1, 0);
    case 'PageDown':
      return Math.min(Math.max(from, 0) + pageSize, last);
    case 'PageUp':
      return Math.max(Math.max(from, 0) - pageSize, 0);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}

/**
 * The tab a key moves to in a tab list (the ARIA tabs pattern): ArrowRight and ArrowLeft to
 * the next and previous, wrapping, Home and End to the first and last; -1 for other keys.
 */
export function tabKeyIndex(key: string, at: number, count: number): number {
  if (count === 0) return -1;
  switch (key) {
    case 'ArrowRight':
      return (at + 1) % count;
    case 'ArrowLeft':
      return (at + count - 1) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return -1;
  }
}
