// A tab list (the ARIA tabs pattern, with automatic activation): a click, or the arrow keys,
// Home and End, choose a tab (and move the focus to it); only the chosen tab is in the Tab
// order. Each use gives its own classes, its tabs' contents and any ids they need.
import type { KeyboardEvent, ReactNode } from 'react';
import { tabKeyIndex } from '../logic/keys';

interface TabAttributes {
  id?: string;
  'aria-controls'?: string;
  'data-testid'?: string;
}

interface Props<T extends string> {
  label: string;
  tabs: readonly T[];
  current: T;
  onChoose: (tab: T) => void;
  className: string;
  tabClassName: (tab: T, chosen: boolean) => string;
  tabAttributes?: (tab: T) => TabAttributes;
  children: (tab: T) => ReactNode;
}

export function TabList<T extends string>({ label, tabs, current, onChoose, className, tabClassName, tabAttributes, children }: Props<T>) {
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const to = tabKeyIndex(e.key, tabs.indexOf(current), tabs.length);
    if (to < 0) return;
    e.preventDefault();
    onChoose(tabs[to]!);
    e.currentTarget.querySelectorAll<HTMLElement>('[role="tab"]')[to]?.focus();
  };
  return (
    <div className={className} role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab}
          type="button"
          role="tab"
          aria-selected={tab === current}
          tabIndex={tab === current ? 0 : -1}
          className={tabClassName(tab, tab === current)}
          onClick={() => onChoose(tab)}
          {...tabAttributes?.(tab)}
        >
          {children(tab)}
        </button>
      ))}
    </div>
  );
}
