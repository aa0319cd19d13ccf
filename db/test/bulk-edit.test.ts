// Setting fields on many records, and citing a source for many, each as one undoable step.
import { describe, expect, it } from 'vitest';
import { fingerprint, seedChain, workspacesPerTest } from './helpers';

const workspace = workspacesPerTest();

function chainWithThree() {
  const t = workspace();
  const chain = seedChain(t.service);
  const third = t.service.run('facilities.create', { name: 'Lynas Malaysia', stage: 'separation', country: 'MY', confidence: 'high' });
  return { t, ...chain, third };
}

describe('facilities.updateMany', () => {
  it('sets the named fields on every facility, keeps the others, and is one undo step', () => {
    const { t, mine, sep, third } = chainWithThree();
    t.service.run('facilities.update', { id: sep.id, changes: { operator: 'Baotou Steel', capacity_t: 5000 } });
    const result = t.service.run('facilities.updateMany', { ids: [mine.id, sep.id, third.id], changes: { status: 'idle', confidence: 'low' } });
    expect(result).toEqual({ updated: 3, unchanged: 0 });

    const after = t.service.run('facilities.list', {});
    for (const f of after) {
      expect(f.status).toBe('idle');
      expect(f.confidence).toBe('low');
    }
    const sepAfter = after.find((f) => f.id === sep.id)!;
    expect(sepAfter).toMatchObject({ operator: 'Baotou Steel', capacity_t: 5000, name: 'Baotou separation', revision: 3 });

    const info = t.service.run('workspace.info', {});
    expect(info.undo).toBe('Set status to idle, confidence to low on 3 facilities');
    t.service.run('history.undo', {});
    const undone = t.service.run('facilities.list', {});
    expect(undone.find((f) => f.id === third.id)).toMatchObject({ status: 'operating', confidence: 'high' });
    expect(undone.find((f) => f.id === sep.id)).toMatchObject({ status: 'operating', confidence: 'medium', revision: 2 });
  });

  it('counts the records that already had the values and writes nothing for them', () => {
    const { t, mine, sep, third } = chainWithThree();
    const result = t.service.run('facilities.updateMany', { ids: [mine.id, sep.id, third.id, third.id], changes: { confidence: 'high' } });
    expect(result).toEqual({ updated: 2, unchanged: 1 });
    expect(t.service.run('facilities.list', {}).find((f) => f.id === third.id)?.revision).toBe(1);
    const batch = t.service.run('history.list', { limit: 1 })[0]!;
    expect(t.service.run('history.changes', { batch_id: batch.id }).counts).toMatchObject({ update: 2 });
  });

  it('refuses the whole change when one id is missing, an enum value is wrong, or no field is named', () => {
    const { t, mine, sep } = chainWithThree();
    const before = fingerprint(t.ws);
    const missing = t.service.call('facilities.updateMany', { ids: [mine.id, 'nope', sep.id], changes: { status: 'idle' } });
    expect(missing.ok ? null : missing.error).toMatchObject({ code: 'not_found', message: 'No facility with id "nope"' });
    const badStatus = t.service.call('facilities.updateMany', { ids: [mine.id], changes: { status: 'shut' } });
    expect(badStatus.ok ? null : badStatus.error.message).toMatch(/^status: Status must be one of: operating/);
    const nothing = t.service.call('facilities.updateMany', { ids: [mine.id], changes: {} });
    expect(nothing.ok ? null : nothing.error.message).toBe('changes: Name at least one field to change');
    // Only the fields that make sense on many records at once: not a name, not a capacity.
    const name = t.service.call('facilities.updateMany', { ids: [mine.id], changes: { name: 'Same name' } });
    expect(name.ok).toBe(false);
    expect(fingerprint(t.ws)).toBe(before);
  });
});

describe('facilities.updateMany with tags', () => {
  it('adds tags to each facility and takes others away, keeping the rest and refusing past 50', () => {
    const { t, mine, sep, third } = chainWithThree();
    t.service.run('facilities.update', { id: mine.id, changes: { tags: ['JV', 'legacy'] } });
    const result = t.service.run('facilities.updateMany', { ids: [mine.id, sep.id, third.id], add_tags: ['defence', 'JV'], remove_tags: ['legacy'] });
    expect(result).toEqual({ updated: 3, unchanged: 0 });
    const tags = Object.fromEntries(t.service.run('facilities.list', {}).map((f) => [f.name, f.tags]));
    expect(tags).toEqual({ 'Mountain Pass': ['JV', 'defence'], 'Baotou separation': ['defence', 'JV'], 'Lynas Malaysia': ['defence', 'JV'] });
    expect(t.service.run('workspace.info', {}).undo).toBe('Set tags + defence; JV, tags - legacy on 3 facilities');

    const again = t.service.run('facilities.updateMany', { ids: [mine.id, sep.id], add_tags: ['defence'], changes: {} });
    expect(again).toEqual({ updated: 0, unchanged: 2 });

    const before = fingerprint(t.ws);
    const many = Array.from({ length: 49 }, (_, i) => `t${i}`);
    const refused = t.service.call('facilities.updateMany', { ids: [mine.id, sep.id], add_tags: many });
    expect(refused.ok ? null : refused.error.message).toMatch(/^Facility "Mountain Pass": tags: At most 50 tags/);
    expect(fingerprint(t.ws)).toBe(before);
    const blank = t.service.call('facilities.updateMany', { ids: [mine.id], add_tags: ['  '] });
    expect(blank.ok ? null : blank.error.message).toMatch(/A tag cannot be empty/);
  });
});

describe('flows.updateMany', () => {
  it('sets year and confidence on each flow, checks a new material exists, and undoes in one step', () => {
    const { t, mine, sep, third, oxide, flow } = chainWithThree();
    const second = t.service.run('flows.create', { from_id: mine.id, to_id: third.id, material_id: oxide.id, volume_t: 300, confidence: 'low' });
    const before = fingerprint(t.ws);
    const refused = t.service.call('flows.updateMany', { ids: [flow.id, second.id], changes: { material_id: 'no-such-material' } });
    expect(refused.ok ? null : refused.error).toMatchObject({ code: 'validation', message: 'material_id: No material with id "no-such-material"' });
    expect(fingerprint(t.ws)).toBe(before);

    expect(t.service.run('flows.updateMany', { ids: [flow.id, second.id], changes: { year: 2024, confidence: 'high' } })).toEqual({ updated: 2, unchanged: 0 });
    const setYear = t.service.run('flows.updateMany', { ids: [flow.id], changes: { year: null } });
    expect(setYear).toEqual({ updated: 1, unchanged: 0 });
    expect(t.service.run('workspace.info', {}).undo).toBe('Set year cleared on 1 flow');
    t.service.run('history.undo', {});
    const flows = t.service.run('flows.list', {});
    expect(flows.map((f) => [f.year, f.confidence, f.volume_t, f.from_id])).toEqual(
      expect.arrayContaining([
        [2024, 'high', 1000, mine.id],
        [2024, 'high', 300, mine.id],
      ]),
    );
    expect(sep.id).toBe(flows.find((f) => f.id === flow.id)?.to_id);
    t.service.run('history.undo', {});
    expect(t.service.run('flows.list', {}).find((f) => f.id === second.id)).toMatchObject({ year: null, confidence: 'low' });
  });
});

describe('sources.linkMany', () => {
  it('cites the source for each record not yet citing it, in one step, and reports those that already did', () => {
    const { t, mine, sep, third } = chainWithThree();
    const source = t.service.run('sources.create', { title: 'Lynas annual report 2024' });
    t.service.run('sources.link', { source_id: source.id, record_type: 'facility', record_id: mine.id });
    const result = t.service.run('sources.linkMany', { source_id: source.id, record_type: 'facility', record_ids: [mine.id, sep.id, third.id], note: 'p. 12' });
    expect(result).toEqual({ linked: 2, already: 1 });
    const links = t.service.run('sources.links', { source_id: source.id });
    expect(links.map((l) => l.record_id).sort()).toEqual([mine.id, sep.id, third.id].sort());
    expect(links.filter((l) => l.note === 'p. 12').map((l) => l.record_id).sort()).toEqual([sep.id, third.id].sort());
    expect(t.service.run('workspace.info', {}).undo).toBe('Cite "Lynas annual report 2024" for 2 facilities');
    t.service.run('history.undo', {});
    expect(t.service.run('sources.links', { source_id: source.id }).map((l) => l.record_id)).toEqual([mine.id]);
  });

  it('refuses the whole citation when a record is missing, and leaves no step when all already cite it', () => {
    const { t, mine, flow } = chainWithThree();
    const source = t.service.run('sources.create', { title: 'USGS 2024' });
    const before = fingerprint(t.ws);
    const missing = t.service.call('sources.linkMany', { source_id: source.id, record_type: 'flow', record_ids: [flow.id, mine.id] });
    expect(missing.ok ? null : missing.error.message).toBe(`record_ids: No flow with id "${mine.id}"`);
    expect(fingerprint(t.ws)).toBe(before);

    t.service.run('sources.linkMany', { source_id: source.id, record_type: 'flow', record_ids: [flow.id] });
    const steps = t.service.run('history.list', { limit: 50 }).length;
    expect(t.service.run('sources.linkMany', { source_id: source.id, record_type: 'flow', record_ids: [flow.id] })).toEqual({ linked: 0, already: 1 });
    expect(t.service.run('history.list', { limit: 50 })).toHaveLength(steps);
  });
});
