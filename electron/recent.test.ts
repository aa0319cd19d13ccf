import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addRecent, isRecent, parseRecent, pruneRecent, RECENT_MAX, recentEntries, serializeRecent } from './recent';

describe('recent workspaces', () => {
  it('puts the opened file first, once, and keeps at most ten', () => {
    let list: string[] = [];
    for (let i = 0; i < 12; i++) list = addRecent(list, `/w/${i}.db`, 'linux');
    expect(list).toHaveLength(RECENT_MAX);
    expect(list[0]).toBe('/w/11.db');
    expect(list.at(-1)).toBe('/w/2.db');
    list = addRecent(list, '/w/5.db', 'linux');
    expect(list.slice(0, 2)).toEqual(['/w/5.db', '/w/11.db']);
    expect(list.filter((f) => f === '/w/5.db')).toHaveLength(1);
  });

  it('treats spellings differing in case as one file on Windows and macOS only', () => {
    expect(addRecent(['C:\\W\\a.db'], 'c:\\w\\A.db', 'win32')).toEqual(['c:\\w\\A.db']);
    expect(addRecent(['/W/a.db'], '/w/a.db', 'linux')).toEqual(['/w/a.db', '/W/a.db']);
    expect(isRecent(['/Users/ana/A.db'], '/users/ana/a.db', 'darwin')).toBe(true);
    expect(isRecent(['/home/ana/A.db'], '/home/ana/a.db', 'linux')).toBe(false);
  });

  it('drops files that no longer exist', () => {
    const present = new Set(['/w/a.db', '/w/c.db']);
    expect(pruneRecent(['/w/a.db', '/w/b.db', '/w/c.db'], (f) => present.has(f))).toEqual(['/w/a.db', '/w/c.db']);
  });

  it('round-trips through JSON and reads damaged or foreign files as empty', () => {
    const list = ['/w/a.db', '/w/b.db'];
    expect(parseRecent(serializeRecent(list))).toEqual(list);
    expect(parseRecent(undefined)).toEqual([]);
    expect(parseRecent('{not json')).toEqual([]);
    expect(parseRecent(JSON.stringify({ version: 2, files: list }))).toEqual([]);
    expect(parseRecent(JSON.stringify({ version: 1, files: ['/ok.db', 42] }))).toEqual([]);
    expect(parseRecent(JSON.stringify({ version: 1, files: [''] }))).toEqual([]);
  });

  it('labels entries by file name, adding the folder when two share a name', () => {
    expect(recentEntries(['/a/chain.db', '/b/chain.db', '/b/magnets.db'], path.posix)).toEqual([
      { path: '/a/chain.db', label: 'chain.db — /a' },
      { path: '/b/chain.db', label: 'chain.db — /b' },
      { path: '/b/magnets.db', label: 'magnets.db' },
    ]);
  });
});
