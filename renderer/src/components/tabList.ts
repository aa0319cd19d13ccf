// Keyboard for a tab list (the ARIA tabs pattern, with automatic activation): the arrow
// keys, Home and End choose a tab and move the focus to it; only the chosen tab is in the
// Tab order (give it tabIndex 0 and the others -1).
import type { KeyboardEvent } from 'react';
import { tabKeyIndex } from '../logic/keys';

/** The keydown handler of a role="tablist" whose tabs, in order, stand for `items`. */
export function tabListKeys<T>(items: readonly T[], current: T, choose: (item: T) => void) {
  return (e: KeyboardEvent<HTMLElement>) => {
    const to = tabKeyIndex(e.key, items.indexOf(current), items.length);
    if (to < 0) return;
    e.preventDefault();
    choose(items[to]!);
    e.currentTarget.querySelectorAll<HTMLElement>('[role="tab"]')[to]?.focus();
  };
}
