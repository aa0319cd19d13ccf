// Switching workspaces: the new one opens before the old one closes, with its WAL checkpointed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkspace } from '../db/workspace';
import { WorkspaceSession } from './workspace-session';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
function tmpDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-session-'));
  dirs.push(dir);
  return dir;
}
const walSize = (file: string) => (fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0);

describe('WorkspaceSession', () => {
  it('switches to another file, closing the first with its writes checkpointed into it', () => {
    const dir = tmpDir();
    const a = path.join(dir, 'a.db');
    const b = path.join(dir, 'b.db');
    const session = new WorkspaceSession();
    session.open(a);
    session.service.run('facilities.create', { id: 'mine-1', name: 'Bayan Obo', stage: 'mine', country: 'CN' });
    expect(walSize(a)).toBeGreaterThan(0);

    session.open(b);
    expect(session.workspace?.path).toBe(b);
    expect(session.service.run('workspace.info', {})).toMatchObject({ path: b, name: 'b', counts: { facilities: 0 } });
    expect(walSize(a)).toBe(0);
    const reopened = openWorkspace(a);
    expect(reopened.all('facilities').map((f) => f.name)).toEqual(['Bayan Obo']);
    reopened.close();
    session.close();
  });

  it('keeps the current workspace when the new file cannot be opened', () => {
    const dir = tmpDir();
    const a = path.join(dir, 'a.db');
    const notADb = path.join(dir, 'notes.db');
    fs.writeFileSync(notADb, 'these are notes, not a database '.repeat(100));
    const session = new WorkspaceSession();
    session.open(a);
    expect(() => session.open(notADb)).toThrow();
    expect(() => session.open(path.join(dir, 'missing-folder', 'x.db'))).toThrow();
    expect(session.workspace?.path).toBe(a);
    expect(session.service.run('workspace.info', {}).path).toBe(a);
    session.close();
  });

  it('closes cleanly on quit (twice is harmless), leaving no WAL behind', () => {
    const dir = tmpDir();
    const a = path.join(dir, 'a.db');
    const session = new WorkspaceSession();
    session.open(a);
    session.service.run('materials.create', { name: 'NdPr oxide', form: 'oxide' });
    session.close();
    session.close();
    expect(walSize(a)).toBe(0);
    expect(session.workspace).toBeNull();
    expect(() => session.service).toThrow(/No workspace is open/);
  });
});
