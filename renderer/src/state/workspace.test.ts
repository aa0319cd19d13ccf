import { describe, expect, it } from 'vitest';
import type { Invoke, WorkspaceInfo } from '../../../db/api';
import { WorkspaceStore, partsAfter } from './workspace';

const info = (last_change: number, facilities = 0): WorkspaceInfo => ({
  path: '/tmp/w.db',
  workspace_id: 'w1',
  name: 'w',
  schema_version: 1,
  counts: { materials: 0, facilities, flows: 0, sources: 0 },
  undo: null,
  redo: null,
  last_change,
});

function fakeHost() {
  const calls: string[] = [];
  let change = 1;
  let facilities: { id: string }[] = [];
  const call = (async (name: string, input: unknown) => {
    calls.push(name);
    switch (name) {
      case 'workspace.info':
        return info(change, facilities.length);
      case 'facilities.list':
        return facilities;
      case 'facilities.create':
        change++;
        facilities = [...facilities, { id: `f${facilities.length + 1}` }];
        return facilities[facilities.length - 1];
      case 'facilities.update':
        throw Object.assign(new Error('changed'), { code: 'conflict', message: 'changed since read' });
      default:
        void input;
        return [];
    }
  }) as unknown as Invoke;
  return { call, calls, bump: () => change++ };
}

describe('WorkspaceStore', () => {
  it('loads everything, then refreshes what a write made stale', async () => {
    const host = fakeHost();
    const store = new WorkspaceStore(host.call);
    await store.load();
    expect(store.getSnapshot().status).toBe('ready');
    expect(host.calls.sort()).toEqual(
      ['facilities.list', 'flows.list', 'materials.list', 'sources.links', 'sources.list', 'workspace.info'].sort(),
    );
    host.calls.length = 0;
    await store.write('facilities.create', { name: 'x', stage: 'mine', country: 'CN' });
    // The created record goes into the list directly; only info is refetched.
    expect(host.calls).toEqual(['facilities.create', 'workspace.info']);
    expect(store.getSnapshot().facilities).toHaveLength(1);
    expect(store.getSnapshot().info?.counts.facilities).toBe(1);
    expect(store.getSnapshot().pending).toBe(0);
    expect(store.getSnapshot().lastSavedAt).not.toBeNull();
  });

  it('records a failed write and rethrows it', async () => {
    const host = fakeHost();
    const store = new WorkspaceStore(host.call);
    await store.load();
    await expect(store.write('facilities.update', { id: 'f1', changes: {} })).rejects.toMatchObject({ code: 'conflict' });
    expect(store.getSnapshot().lastError?.code).toBe('conflict');
    expect(store.getSnapshot().pending).toBe(0);
  });

  it('reloads when another process changed the workspace', async () => {
    const host = fakeHost();
    const store = new WorkspaceStore(host.call);
    await store.load();
    expect(await store.checkForChanges()).toBe(false);
    host.bump();
    expect(await store.checkForChanges()).toBe(true);
  });

  it('notifies subscribers', async () => {
    const host = fakeHost();
    const store = new WorkspaceStore(host.call);
    let n = 0;
    store.subscribe(() => n++);
    await store.load();
    expect(n).toBeGreaterThan(0);
  });

  it('knows what each write makes stale', () => {
    expect(partsAfter('facilities.update')).toEqual(['info', 'facilities']);
    expect(partsAfter('facilities.delete')).toContain('flows');
    expect(partsAfter('sources.link')).toEqual(['info', 'links']);
    expect(partsAfter('sources.linkMany')).toEqual(['info', 'links']);
    expect(partsAfter('flows.updateMany')).toEqual(['info', 'flows']);
    expect(partsAfter('history.undo')).toHaveLength(6);
  });
});

describe('WorkspaceStore polling', () => {
  it('shows an unreachable host in lastError and clears it when the host answers again', async () => {
    let down = false;
    const call = (async (name: string) => {
      if (down) throw Object.assign(new Error('x'), { code: 'io', message: 'Cannot reach the Lodestone host' });
      return name === 'workspace.info' ? info(1) : [];
    }) as unknown as Invoke;
    const store = new WorkspaceStore(call);
    await store.load();
    down = true;
    await store.checkForChanges();
    expect(store.getSnapshot().lastError?.message).toBe('Cannot reach the Lodestone host');
    down = false;
    await store.checkForChanges();
    expect(store.getSnapshot().lastError).toBeNull();
  });
});
