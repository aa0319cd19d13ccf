import { describe, expect, it } from 'vitest';
import { parseDesktopArgs } from './args';

describe('parseDesktopArgs', () => {
  it('finds --db among Electron and Chromium arguments', () => {
    expect(parseDesktopArgs(['/opt/Lodestone/lodestone'])).toEqual({});
    expect(parseDesktopArgs(['/usr/bin/electron', 'out/main/main.js', '--db', '/tmp/w.db'])).toEqual({ db: '/tmp/w.db' });
    expect(parseDesktopArgs(['electron', '--remote-debugging-port=0', '.', '--db=/tmp/x.db', '--no-sandbox'])).toEqual({ db: '/tmp/x.db' });
  });
  it('ignores --db without a usable value', () => {
    expect(parseDesktopArgs(['app', '--db'])).toEqual({});
    expect(parseDesktopArgs(['app', '--db', '--no-sandbox'])).toEqual({});
    expect(parseDesktopArgs(['app', '--db='])).toEqual({});
  });
  it('takes the last --db', () => {
    expect(parseDesktopArgs(['app', '--db', 'a.db', '--db', 'b.db'])).toEqual({ db: 'b.db' });
  });
});
