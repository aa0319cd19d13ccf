// useMemo for a value made again after every edit that costly memos downstream depend on:
// while the new value equals the one made before, the one made before is kept, so they do
// not run again (the diagram's chain layout, and its elements when the same records are
// flagged).
import { useMemo, useRef, type DependencyList } from 'react';

/** `made`, unless `same` finds it equal to `kept`: then `kept`. */
export function keptWhileEqual<T>(kept: { value: T } | null, made: T, same: (kept: T, made: T) => boolean): T {
  return kept !== null && same(kept.value, made) ? kept.value : made;
}

/** Whether two sets hold the same members. */
export function sameMembers<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  if (a.size !== b.size) return false;
  for (const x of b) if (!a.has(x)) return false;
  return true;
}

/** `make()` when `deps` change, or the value made before while `same` finds the two equal. */
export function useMemoWhileEqual<T>(make: () => T, deps: DependencyList, same: (kept: T, made: T) => boolean): T {
  const kept = useRef<{ value: T } | null>(null);
  return useMemo(() => {
    const value = keptWhileEqual(kept.current, make(), same);
    kept.current = { value };
    return value;
    // the caller's deps are make's
  }, deps);
}
