import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { isSnapshotPath, parseDesktopArgs, snapshotFilesIn } from './args';

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

describe('snapshotFilesIn', () => {
  it('takes .lodestone files, made absolute against the given folder, and nothing else', () => {
    const argv = ['/opt/Lodestone/lodestone', '--no-sandbox', 'team/cn.lodestone', '/data/us.LODESTONE', 'notes.txt', '--db', 'x.lodestone'];
    expect(snapshotFilesIn(argv, '/home/ana')).toEqual(['/home/ana/team/cn.lodestone', '/data/us.LODESTONE']);
  });
  it('understands Windows paths as Windows passes them, and drops repeats', () => {
    const argv = ['C:\\Program Files\\Lodestone\\Lodestone.exe', '--allow-file-access-from-files', 'C:\\Users\\ana\\cn.lodestone', 'cn.lodestone'];
    expect(snapshotFilesIn(argv, 'C:\\Users\\ana', path.win32)).toEqual(['C:\\Users\\ana\\cn.lodestone']);
  });
  it('is empty for a plain launch, the unpackaged app path and a bare extension', () => {
    expect(snapshotFilesIn(['/usr/bin/electron', 'out/main/main.js'], '/repo')).toEqual([]);
    expect(snapshotFilesIn(['app', '.lodestone', '--remote-debugging-port=0'], '/')).toEqual([]);
    expect(isSnapshotPath('/x/.lodestone')).toBe(false);
    expect(isSnapshotPath('/x/a.lodestone')).toBe(true);
  });
});
