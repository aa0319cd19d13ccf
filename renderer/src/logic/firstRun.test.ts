import { describe, expect, it } from 'vitest';
import { isDismissed, withDismissed } from './firstRun';

describe('first-run dismissal list', () => {
  it('reads the list, treating nothing or bad text as empty', () => {
    expect(isDismissed('["w1","w2"]', 'w2')).toBe(true);
    expect(isDismissed('["w1"]', 'w2')).toBe(false);
    expect(isDismissed(null, 'w1')).toBe(false);
    expect(isDismissed('{oops', 'w1')).toBe(false);
    expect(isDismissed('{"w1":true}', 'w1')).toBe(false);
  });
  it('adds a workspace once, drops non-strings and keeps the last 50', () => {
    expect(withDismissed(null, 'w1')).toBe('["w1"]');
    expect(withDismissed('["w1"]', 'w1')).toBe('["w1"]');
    expect(withDismissed('["w1",3]', 'w2')).toBe('["w1","w2"]');
    expect(withDismissed('{"a":1}', 'w1')).toBe('["w1"]');
    const many = JSON.stringify(Array.from({ length: 50 }, (_, i) => `w${i}`));
    const next = JSON.parse(withDismissed(many, 'new')!) as string[];
    expect(next).toHaveLength(50);
    expect(next[0]).toBe('w1');
    expect(next[49]).toBe('new');
  });
  it('leaves unreadable text alone', () => {
    expect(withDismissed('{oops', 'w1')).toBeNull();
  });
});
