// Putting the keyboard on the current table once the view asked for has rendered. After an
// await, React renders the state set there in a task of its own, and an animation frame
// can come first: focusing then reached the table being left (seen as a flaky e2e test
// under load). An effect runs after the commit that holds the new view. A person who has
// meanwhile moved on to typing in a field, or to a dialog, keeps their focus.
import { useEffect, useReducer, type RefObject } from 'react';

/** Returns a function that asks for the focus; call it with the state changes it follows. */
export function useGridFocus(gridRef: RefObject<HTMLDivElement | null>): () => void {
  const [requests, request] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (requests > 0 && !busyElsewhere(gridRef.current)) gridRef.current?.focus();
  }, [requests, gridRef]);
  return request;
}

/** Whether the focus is in a text field or a dialog outside the table. */
function busyElsewhere(grid: HTMLElement | null): boolean {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || grid?.contains(active)) return false;
  return active.isContentEditable || active.matches('input, textarea, select') || active.closest('[role="dialog"], [role="alertdialog"], dialog') !== null;
}
