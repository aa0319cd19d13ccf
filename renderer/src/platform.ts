// What this window runs on, read once: macOS writes shortcuts with ⌘.
import { isMac, shortcutLabels } from './logic/keys';

export const IS_MAC = typeof navigator !== 'undefined' && isMac(navigator.platform || navigator.userAgent);
export const SHORTCUTS = shortcutLabels(IS_MAC);
