import { describe, expect, it } from 'vitest';
import { keptWhileEqual, sameMembers } from './useMemoWhileEqual';

describe('keptWhileEqual', () => {
  it('keeps the value made before while the new one equals it, and takes a different one', () => {
    const kept = { value: new Set(['a', 'b']) };
    expect(keptWhileEqual(kept, new Set(['b', 'a']), sameMembers)).toBe(kept.value);
    const other = new Set(['a', 'c']);
    expect(keptWhileEqual(kept, other, sameMembers)).toBe(other);
    const first = new Set(['a']);
    expect(keptWhileEqual(null, first, sameMembers)).toBe(first);
  });

  it('sameMembers: same size and every member', () => {
    expect(sameMembers(new Set([1, 2]), new Set([2, 1]))).toBe(true);
    expect(sameMembers(new Set([1, 2]), new Set([1]))).toBe(false);
    expect(sameMembers(new Set([1, 2]), new Set([1, 3]))).toBe(false);
    expect(sameMembers(new Set(), new Set())).toBe(true);
  });
});
