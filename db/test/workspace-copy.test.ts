// Save a copy: a consistent, openable image of the open workspace; never onto itself.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createService } from '../service';
import { openWorkspace, type Workspace } from '../workspace';
import { saveWorkspaceCopy } from '../workspace-copy';

const dirs: string[] = [];
const open: Workspace[] = [];
afterEach(() => {
  for (const ws of open.splice(0)) ws.close();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function workspace(): { ws: Workspace; dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-copy-'));
  dirs.push(dir);
  const ws = openWorkspace(path.join(dir, 'chain.db'));
  open.push(ws);
  return { ws, dir };
}

describe('saveWorkspaceCopy', () => {
  it('copies every record, including writes still in the WAL, while the workspace stays open', async () => {
    const { ws, dir } = workspace();
    const service = createService(ws);
    service.run('facilities.create', { id: 'mine-1', name: 'Mountain Pass', stage: 'mine', country: 'US' });
    const dest = path.join(dir, 'copy.db');
    const copy = await saveWorkspaceCopy(ws, dest);
    expect(copy.path).toBe(dest);
    expect(copy.bytes).toBeGreaterThan(0);
    expect(fs.readdirSync(dir).filter((f) => f.includes('.partial-'))).toEqual([]);

    service.run('facilities.create', { id: 'mine-2', name: 'Mount Weld', stage: 'mine', country: 'AU' }); // after the copy
    const reopened = openWorkspace(dest);
    open.push(reopened);
    expect(reopened.all('facilities').map((f) => f.id)).toEqual(['mine-1']);
    expect(reopened.meta('workspace_id')).toBe(ws.meta('workspace_id'));
  });

  it('replaces an existing file and the stale journal beside it', async () => {
    const { ws, dir } = workspace();
    const dest = path.join(dir, 'old.db');
    fs.writeFileSync(dest, 'not a database');
    fs.writeFileSync(`${dest}-wal`, 'stale');
    await saveWorkspaceCopy(ws, dest);
    expect(fs.existsSync(`${dest}-wal`)).toBe(false);
    const reopened = openWorkspace(dest);
    open.push(reopened);
    expect(reopened.count('facilities')).toBe(0);
  });

  it('refuses to copy the workspace onto itself, and reports an unwritable folder', async () => {
    const { ws, dir } = workspace();
    await expect(saveWorkspaceCopy(ws, path.join(dir, '.', 'chain.db'))).rejects.toMatchObject({ code: 'validation' });
    await expect(saveWorkspaceCopy(ws, path.join(dir, 'missing', 'copy.db'))).rejects.toMatchObject({ code: 'io' });
    expect(ws.count('facilities')).toBe(0); // still open and usable
  });
});
