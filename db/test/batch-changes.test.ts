// What a recorded batch did, record by record (history.changes): adds, field-by-field
// updates with the names references point to, removals, merges and imports named from
// their own records, the limit, and a batch that does not exist.
import { describe, expect, it } from 'vitest';
import { b64, exportWhole } from '../snapshot/test/fixtures';
import { seedChain, workspacesPerTest } from './helpers';

const workspace = workspacesPerTest();

/** The id of the last batch written. */
const lastBatch = (service: ReturnType<typeof workspace>['service']) => service.run('history.list', { limit: 1 })[0]!.id;

describe('history.changes', () => {
  it('lists an edit field by field, a reference by the names it pointed to before and after', () => {
    const { service } = workspace();
    const { oxide, flow } = seedChain(service);
    const metal = service.run('materials.create', { name: 'NdPr metal', form: 'metal' });
    service.run('flows.update', { id: flow.id, changes: { material_id: metal.id, volume_t: 800 } });
    const changes = service.run('history.changes', { batch_id: lastBatch(service) });
    expect(changes.batch).toMatchObject({ kind: 'edit', state: 'done', entries: 1 });
    expect(changes.more).toBe(0);
    expect(changes.counts).toEqual({ insert: 0, update: 1, delete: 0 });
    expect(changes.entries).toEqual([
      {
        table: 'flows',
        id: flow.id,
        op: 'update',
        label: 'Mountain Pass → Baotou separation · NdPr metal',
        fields: [
          { field: 'material_id', before: oxide.id, after: metal.id, before_name: 'NdPr oxide', after_name: 'NdPr metal' },
          { field: 'volume_t', before: 1000, after: 800 },
        ],
      },
    ]);
  });

  it('lists a removal under the name the record had, and an undo as the reverse', () => {
    const { service } = workspace();
    const { flow } = seedChain(service);
    service.run('flows.delete', { ids: [flow.id] });
    const removed = service.run('history.changes', { batch_id: lastBatch(service) });
    expect(removed.entries).toEqual([{ table: 'flows', id: flow.id, op: 'delete', label: 'Mountain Pass → Baotou separation · NdPr oxide', fields: [] }]);
    service.run('history.undo', {});
    const undo = service.run('history.changes', { batch_id: lastBatch(service) });
    expect(undo.batch).toMatchObject({ kind: 'undo', label: expect.stringMatching(/^Undo /) });
    expect(undo.entries.map((e) => [e.op, e.label])).toEqual([['insert', 'Mountain Pass → Baotou separation · NdPr oxide']]);
    // the deletion, undone, says so
    expect(service.run('history.changes', { batch_id: removed.batch.id }).batch.state).toBe('undone');
  });

  it('names what a merge brought in by the merged records themselves, as they were then', () => {
    const a = workspace();
    seedChain(a.service);
    const b = workspace();
    const report = b.service.run('snapshot.merge', { data: b64(exportWhole(a.ws)), on_conflict: 'fail' });
    // renamed here afterwards: the merge's own list keeps the name it brought
    const mine = b.service.run('facilities.list', {}).find((f) => f.name === 'Mountain Pass')!;
    b.service.run('facilities.update', { id: mine.id, changes: { name: 'MP Materials Mountain Pass' } });
    const merged = b.service.run('history.changes', { batch_id: report.batch_id! });
    expect(merged.batch).toMatchObject({ kind: 'import', label: expect.stringMatching(/^Merge snapshot/) });
    expect(merged.entries.map((e) => [e.op, e.table, e.label])).toEqual([
      ['insert', 'materials', 'NdPr oxide'],
      ['insert', 'facilities', 'Mountain Pass'],
      ['insert', 'facilities', 'Baotou separation'],
      ['insert', 'flows', 'Mountain Pass → Baotou separation · NdPr oxide'],
    ]);
  });

  it('lists up to the limit and counts the rest; refuses a batch that does not exist', () => {
    const { service } = workspace();
    const csv = ['name,stage,country', ...Array.from({ length: 30 }, (_, i) => `Mine ${i + 1},mine,AU`)].join('\n');
    service.run('csv.import', { facilities: csv });
    const batch = lastBatch(service);
    const some = service.run('history.changes', { batch_id: batch, limit: 10 });
    expect(some.entries.map((e) => e.label)).toEqual(Array.from({ length: 10 }, (_, i) => `Mine ${i + 1}`));
    expect(some.more).toBe(20);
    expect(some.counts).toEqual({ insert: 30, update: 0, delete: 0 });
    expect(() => service.run('history.changes', { batch_id: batch + 100 })).toThrow(/No recorded change/);
    expect(() => service.run('history.changes', { batch_id: 0 })).toThrow(/batch_id must be 1 or more/);
  });
});
