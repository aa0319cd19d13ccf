// A record's history (history.record): newest first, each change with the batch that made
// it and its fields before and after; undos listed as changes of their own, the undone
// batch marked; references by name; the limit.
import { describe, expect, it } from 'vitest';
import { seedChain, workspacesPerTest } from './helpers';

const workspace = workspacesPerTest();

describe('history.record', () => {
  it('lists every change to a record newest first, undos included, with the fields each changed', () => {
    const { service } = workspace();
    const { mine } = seedChain(service);
    service.run('facilities.update', { id: mine.id, changes: { capacity_t: 200 } });
    service.run('facilities.update', { id: mine.id, changes: { capacity_t: 300, operator: 'MP Materials' } });
    service.run('history.undo', {});
    const { changes, more } = service.run('history.record', { table: 'facilities', id: mine.id });
    expect(more).toBe(0);
    expect(changes.map((c) => [c.op, c.batch.kind, c.batch.state])).toEqual([
      ['update', 'undo', 'done'],
      ['update', 'edit', 'undone'],
      ['update', 'edit', 'done'],
      ['insert', 'edit', 'done'],
    ]);
    expect(changes[0]!.batch.label).toMatch(/^Undo /);
    expect(changes[0]!.fields).toEqual([
      { field: 'operator', before: 'MP Materials', after: '' },
      { field: 'capacity_t', before: 300, after: 200 },
    ]);
    expect(changes[2]!.fields).toEqual([{ field: 'capacity_t', before: null, after: 200 }]);
    expect(changes[3]!.fields).toEqual([]);
  });

  it('names the records a changed reference points to, and stops at the limit', () => {
    const { service } = workspace();
    const { mine, sep, flow } = seedChain(service);
    const metal = service.run('facilities.create', { name: 'Ganzhou metal', stage: 'metal', country: 'CN' });
    service.run('flows.update', { id: flow.id, changes: { to_id: metal.id } });
    service.run('flows.update', { id: flow.id, changes: { volume_t: 5 } });
    const { changes, more } = service.run('history.record', { table: 'flows', id: flow.id, limit: 2 });
    expect(more).toBe(1);
    expect(changes.map((c) => c.fields.map((f) => f.field))).toEqual([['volume_t'], ['to_id']]);
    expect(changes[1]!.fields[0]).toEqual({ field: 'to_id', before: sep.id, after: metal.id, before_name: 'Baotou separation', after_name: 'Ganzhou metal' });
    // another record's history is its own
    expect(service.run('history.record', { table: 'facilities', id: mine.id }).changes).toHaveLength(1);
    expect(service.run('history.record', { table: 'facilities', id: 'never-here' })).toEqual({ changes: [], more: 0 });
  });

  it("lists the citations made and removed of a facility, flow or material, by the source's title", () => {
    const { service } = workspace();
    const { mine, flow } = seedChain(service);
    const usgs = service.run('sources.create', { title: 'USGS 2024' });
    const link = service.run('sources.link', { source_id: usgs.id, record_type: 'facility', record_id: mine.id });
    service.run('sources.link', { source_id: usgs.id, record_type: 'flow', record_id: flow.id });
    service.run('sources.unlink', { id: link.id });
    const { changes } = service.run('history.record', { table: 'facilities', id: mine.id });
    expect(changes.map((c) => [c.op, c.citation])).toEqual([
      ['delete', 'USGS 2024'],
      ['insert', 'USGS 2024'],
      ['insert', undefined],
    ]);
    // the flow's citation is the flow's, not the facility's
    expect(service.run('history.record', { table: 'flows', id: flow.id }).changes.map((c) => [c.op, c.citation])).toEqual([
      ['insert', 'USGS 2024'],
      ['insert', undefined],
    ]);
    // a source's history is its own record's
    expect(service.run('history.record', { table: 'sources', id: usgs.id }).changes.map((c) => c.op)).toEqual(['insert']);
  });
});
