import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkspace } from '../workspace';
import { createService } from '../service';
import { fingerprint, seedChain, tempWorkspace, type TestWorkspace } from './helpers';

let t: TestWorkspace;
beforeEach(() => {
  t = tempWorkspace();
});
afterEach(() => t.cleanup());

/** Record tables only: undo must bring these back exactly; the log itself grows. */
function records(): string {
  return ['materials', 'facilities', 'flows', 'sources', 'source_links']
    .map((table) => JSON.stringify(t.ws.db.prepare(`SELECT * FROM ${table} ORDER BY id`).all()))
    .join('\n');
}

describe('undo and redo', () => {
  it('undo restores a deleted facility with its flows and source links exactly; redo deletes them again', () => {
    const { mine } = seedChain(t.service);
    const source = t.service.run('sources.create', { title: 'Seed article' });
    t.service.run('sources.link', { source_id: source.id, record_type: 'facility', record_id: mine.id });
    const before = records();

    t.service.run('facilities.delete', { ids: [mine.id] });
    expect(t.service.run('workspace.info', {}).undo).toBe('Delete facility "Mountain Pass" and 1 flow');
    const afterDelete = records();

    const step = t.service.run('history.undo', {});
    expect(step.label).toBe('Delete facility "Mountain Pass" and 1 flow');
    expect(records()).toBe(before);
    expect(step.info.counts).toMatchObject({ facilities: 2, flows: 1 });
    expect(step.info.redo).toBe('Delete facility "Mountain Pass" and 1 flow');

    t.service.run('history.redo', {});
    expect(records()).toBe(afterDelete);
  });

  it('undoes several steps in reverse order and redoes them in order', () => {
    const { mine } = seedChain(t.service);
    const states = [records()];
    for (const capacity of [10, 20, 30]) {
      t.service.run('facilities.update', { id: mine.id, changes: { capacity_t: capacity } });
      states.push(records());
    }
    for (let i = 2; i >= 0; i--) {
      t.service.run('history.undo', {});
      expect(records()).toBe(states[i]);
    }
    for (let i = 1; i <= 3; i++) {
      t.service.run('history.redo', {});
      expect(records()).toBe(states[i]);
    }
  });

  it('undo walks back past creation to an empty workspace', () => {
    seedChain(t.service);
    for (let i = 0; i < 4; i++) t.service.run('history.undo', {});
    expect(t.service.run('workspace.info', {}).counts).toEqual({ materials: 0, facilities: 0, flows: 0, sources: 0 });
    expect(t.service.call('history.undo', {})).toEqual({ ok: false, error: { code: 'conflict', message: 'Nothing to undo' } });
  });

  it('a new edit after undo ends the redo stack', () => {
    const { mine, sep } = seedChain(t.service);
    t.service.run('facilities.update', { id: mine.id, changes: { capacity_t: 1 } });
    t.service.run('history.undo', {});
    t.service.run('facilities.update', { id: sep.id, changes: { capacity_t: 5 } });
    expect(t.service.run('workspace.info', {}).redo).toBeNull();
    expect(t.service.call('history.redo', {})).toMatchObject({ ok: false, error: { message: 'Nothing to redo' } });
  });

  it('undo and redo are themselves recorded in the change log', () => {
    const { mine } = seedChain(t.service);
    t.service.run('facilities.update', { id: mine.id, changes: { capacity_t: 1 } });
    t.service.run('history.undo', {});
    t.service.run('history.redo', {});
    const kinds = t.service.run('history.list', { limit: 3 }).map((b) => [b.kind, b.label, b.entries]);
    expect(kinds).toEqual([
      ['redo', 'Redo Edit facility "Mountain Pass"', 1],
      ['undo', 'Undo Edit facility "Mountain Pass"', 1],
      ['edit', 'Edit facility "Mountain Pass"', 1],
    ]);
  });

  it('refuses to undo over a change made since by another program, and writes nothing', () => {
    const { mine } = seedChain(t.service);
    t.service.run('facilities.update', { id: mine.id, changes: { capacity_t: 1 } });
    // Another process edits the same row without going through this service's history.
    const other = openWorkspace(t.file);
    other.db.prepare(`UPDATE facilities SET capacity_t = 99, revision = revision + 1, updated_at = 'x' WHERE id = ?`).run(mine.id);
    other.close();
    const before = fingerprint(t.ws);
    const result = t.service.call('history.undo', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(!result.ok && result.error.message).toMatch(/Cannot undo "Edit facility "Mountain Pass"": facility .* was changed since/);
    expect(fingerprint(t.ws)).toBe(before);
  });

  it('history survives closing and reopening the workspace', () => {
    const { mine } = seedChain(t.service);
    t.service.run('facilities.delete', { ids: [mine.id] });
    t.ws.close();
    const ws = openWorkspace(t.file);
    const service = createService(ws);
    expect(service.run('history.undo', {}).label).toBe('Delete facility "Mountain Pass" and 1 flow');
    expect(service.run('facilities.get', { id: mine.id }).name).toBe('Mountain Pass');
    ws.close();
  });
});
