import { describe, expect, it } from 'vitest';
import { saveStateOf, statusCounts } from './status';

describe('status bar', () => {
  it('counts shown and total facilities and flows without separators', () => {
    expect(statusCounts({ shown: 1200, total: 20000 }, { shown: 0, total: 3 })).toBe('Showing 1200 of 20000 facilities, 0 of 3 flows');
  });
  it('shows saving before an error, an error before saved', () => {
    const error = { message: 'x' };
    expect(saveStateOf(1, error, 5)).toBe('saving');
    expect(saveStateOf(0, error, 5)).toBe('error');
    expect(saveStateOf(0, null, 5)).toBe('saved');
    expect(saveStateOf(0, null, null)).toBe('ready');
  });
});
