// Another program's commit landing between an operation's read and its write. Two
// connections to one file stand for the two programs; the other one's write is made to run
// just before this one's next transaction begins, the worst moment for a read-check-write.
// Also: a write that cannot get the lock within the busy timeout says so clearly.
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createService, type Service } from '../../service';
import { BUSY_MESSAGE } from '../../store/changes';
import { openWorkspace, type Workspace } from '../../workspace';
import { seedChain, tempWorkspace, type TestWorkspace } from '../helpers';

let t: TestWorkspace;
let other: Workspace;
let otherService: Service;
beforeEach(() => {
  t = tempWorkspace();
  other = openWorkspace(t.file);
  otherService = createService(other);
});
afterEach(() => {
  other.close();
  t.cleanup();
});

/** Runs `meanwhile` (the other program) once, just before `ws` next begins a transaction. */
function beforeNextTransaction(ws: Workspace, meanwhile: () => void): void {
  const db = ws.db;
  const original = db.transaction;
  db.transaction = function (this: Database.Database, fn: never) {
    db.transaction = original;
    meanwhile();
    return original.call(this, fn);
  } as typeof db.transaction;
}

describe('a commit by another program between read and write', () => {
  it('refuses a stale update of each record type instead of overwriting the other program', () => {
    const { oxide, mine, flow } = seedChain(t.service);
    const source = t.service.run('sources.create', { title: 'USGS 2024' });
    const cases = [
      ['facilities.update', mine.id, { notes: 'mine' }, { notes: 'theirs' }],
      ['flows.update', flow.id, { notes: 'mine' }, { notes: 'theirs' }],
      ['materials.update', oxide.id, { notes: 'mine' }, { notes: 'theirs' }],
      ['sources.update', source.id, { notes: 'mine' }, { notes: 'theirs' }],
    ] as const;
    for (const [op, id, mineChanges, theirChanges] of cases) {
      beforeNextTransaction(t.ws, () => otherService.run(op, { id, revision: 1, changes: theirChanges }));
      const result = t.service.call(op, { id, revision: 1, changes: mineChanges });
      expect(result, op).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/changed since you opened it \(revision 2, you had 1\)/) } });
      const table = op.split('.')[0] as 'facilities' | 'flows' | 'materials' | 'sources';
      expect(t.ws.get(table, id)).toMatchObject({ notes: 'theirs', revision: 2 });
    }
  });

  it('deletes a facility together with a flow the other program just added to it', () => {
    const { mine, sep, oxide } = seedChain(t.service);
    beforeNextTransaction(t.ws, () => otherService.run('flows.create', { id: 'late-flow', from_id: mine.id, to_id: sep.id, material_id: oxide.id }));
    const result = t.service.call('facilities.delete', { ids: [mine.id] });
    expect(result).toMatchObject({ ok: true, value: { deleted: { facilities: 1, flows: 2 } } });
    expect(t.ws.get('flows', 'late-flow')).toBeUndefined();
    // One undo brings back all three, as they were.
    t.service.run('history.undo', {});
    expect(t.ws.get('flows', 'late-flow')).toMatchObject({ from_id: mine.id });
  });

  it('reports a flow the other program deleted first as missing, and logs no second delete', () => {
    const { flow } = seedChain(t.service);
    beforeNextTransaction(t.ws, () => otherService.run('flows.delete', { ids: [flow.id] }));
    const result = t.service.call('flows.delete', { ids: [flow.id] });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found', message: `No flow with id "${flow.id}"` } });
    const deletes = t.ws.db.prepare(`SELECT count(*) FROM change_log WHERE record_id = ? AND op = 'delete'`).pluck().get(flow.id);
    expect(deletes).toBe(1);
  });

  it('undoes nothing twice when the other program undid the same step first', () => {
    t.service.run('facilities.create', { name: 'Mount Weld', stage: 'mine', country: 'AU' });
    beforeNextTransaction(t.ws, () => otherService.run('history.undo', {}));
    const result = t.service.call('history.undo', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict', message: 'Nothing to undo' } });
    expect(t.ws.count('facilities')).toBe(0);
  });
});

describe('a write that waits longer than the busy timeout', () => {
  it('is refused with a message that says the workspace is busy, and writes nothing', () => {
    const holder = new Database(t.file);
    holder.prepare('BEGIN IMMEDIATE').run();
    t.ws.db.pragma('busy_timeout = 20'); // instead of 5 s, to keep the test fast
    try {
      for (const [op, input] of [
        ['facilities.create', { name: 'Mount Weld', stage: 'mine', country: 'AU' }],
        ['csv.import', { facilities: 'name,stage,country\nLynas Kalgoorlie,separation,AU\n' }],
      ] as const) {
        expect(t.service.call(op, input), op).toEqual({ ok: false, error: { code: 'conflict', message: BUSY_MESSAGE } });
        expect(() => t.service.run(op, input)).toThrow(BUSY_MESSAGE); // as the CLI sees it: a LodestoneError
      }
    } finally {
      holder.prepare('ROLLBACK').run();
      holder.close();
    }
    expect(t.ws.count('facilities')).toBe(0);
    expect(t.service.call('facilities.create', { name: 'Mount Weld', stage: 'mine', country: 'AU' }).ok).toBe(true);
  });
});
