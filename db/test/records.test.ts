import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fingerprint, seedChain, tempWorkspace, type TestWorkspace } from './helpers';

let t: TestWorkspace;
beforeEach(() => {
  t = tempWorkspace();
});
afterEach(() => t.cleanup());

function refused(name: string, input: unknown) {
  const before = fingerprint(t.ws);
  const result = t.service.call(name, input);
  expect(fingerprint(t.ws)).toBe(before);
  if (result.ok) throw new Error(`expected ${name} to be refused`);
  return result.error;
}

describe('facility validation (each refused with a message naming the field; nothing written)', () => {
  const valid = { name: 'Mount Weld', stage: 'mine', country: 'AU' };

  it('a facility without a name', () => {
    const error = refused('facilities.create', { ...valid, name: '   ' });
    expect(error.code).toBe('validation');
    expect(error.issues).toEqual([{ path: 'name', message: 'Name is required' }]);
    expect(error.message).toBe('name: Name is required');
  });

  it('an unknown stage', () => {
    const error = refused('facilities.create', { ...valid, stage: 'smelter' });
    expect(error.issues?.[0]?.path).toBe('stage');
    expect(error.message).toMatch(/^stage: Stage must be one of: mine, concentrator/);
  });

  it('a country code that is not ISO 3166-1', () => {
    for (const country of ['XX', 'USA', 'EU', '']) {
      const error = refused('facilities.create', { ...valid, country });
      expect(error.issues?.[0]).toEqual({ path: 'country', message: 'Country must be an ISO 3166-1 alpha-2 code, such as CN or US' });
    }
  });

  it('a negative capacity', () => {
    const error = refused('facilities.create', { ...valid, capacity_t: -5 });
    expect(error.issues?.[0]).toEqual({ path: 'capacity_t', message: 'Capacity cannot be negative' });
  });

  it('latitude 91 and longitude 181', () => {
    expect(refused('facilities.create', { ...valid, lat: 91 }).issues?.[0]).toEqual({
      path: 'lat',
      message: 'Latitude must be between -90 and 90',
    });
    expect(refused('facilities.create', { ...valid, lon: 181 }).issues?.[0]?.path).toBe('lon');
  });

  it('a duplicated id', () => {
    t.service.run('facilities.create', { ...valid, id: 'fac-weld' });
    const error = refused('facilities.create', { ...valid, id: 'fac-weld', name: 'Another' });
    expect(error.issues?.[0]).toEqual({ path: 'id', message: 'A facility with id "fac-weld" already exists' });
  });

  it('an update that would break a rule', () => {
    const facility = t.service.run('facilities.create', valid);
    const error = refused('facilities.update', { id: facility.id, changes: { lat: 91 } });
    expect(error.issues?.[0]?.path).toBe('lat');
  });

  it('an update changes only the fields it names (defaults are not re-applied)', () => {
    const created = t.service.run('facilities.create', {
      ...valid,
      operator: 'Lynas',
      status: 'construction',
      confidence: 'high',
      tags: ['heavy'],
      notes: 'Kept',
      lat: -28.86,
      lon: 122.55,
      stock_t: 40,
    });
    const updated = t.service.run('facilities.update', { id: created.id, changes: { capacity_t: 5 } });
    expect(updated.capacity_t).toBe(5);
    const { capacity_t: _a, revision: _b, updated_at: _c, ...rest } = updated;
    const { capacity_t: _d, revision: _e, updated_at: _f, ...before } = created;
    expect(rest).toEqual(before);
    const flowEnd = t.service.run('facilities.create', { name: 'Kuantan', stage: 'separation', country: 'MY' });
    const material = t.service.run('materials.create', { name: 'Mixed concentrate', form: 'concentrate' });
    const flow = t.service.run('flows.create', { from_id: created.id, to_id: flowEnd.id, material_id: material.id, volume_t: 10, year: 2024, status: 'planned', notes: 'n' });
    const flowUpdated = t.service.run('flows.update', { id: flow.id, changes: { volume_t: 12 } });
    expect([flowUpdated.volume_t, flowUpdated.year, flowUpdated.status, flowUpdated.notes]).toEqual([12, 2024, 'planned', 'n']);
  });

  it('normalises what it accepts', () => {
    const facility = t.service.run('facilities.create', { ...valid, name: '  Mount Weld ', country: 'au', tags: ['lynas'] });
    expect(facility).toMatchObject({ name: 'Mount Weld', country: 'AU', status: 'operating', confidence: 'medium', tags: ['lynas'], revision: 1 });
    expect(t.service.run('facilities.get', { id: facility.id })).toEqual(facility);
  });
});

describe('flow validation', () => {
  it('a flow to a missing facility', () => {
    const { mine, oxide } = seedChain(t.service);
    const error = refused('flows.create', { from_id: mine.id, to_id: 'fac-nowhere', material_id: oxide.id });
    expect(error.issues?.[0]).toEqual({ path: 'to_id', message: 'No facility with id "fac-nowhere"' });
  });

  it('a flow from a facility to itself', () => {
    const { mine, oxide } = seedChain(t.service);
    const error = refused('flows.create', { from_id: mine.id, to_id: mine.id, material_id: oxide.id });
    expect(error.issues?.[0]).toEqual({ path: 'to_id', message: 'A flow cannot go from a facility to itself' });
  });

  it('an update that makes a self-loop', () => {
    const { mine, flow } = seedChain(t.service);
    const error = refused('flows.update', { id: flow.id, changes: { to_id: mine.id } });
    expect(error.message).toMatch(/to_id: A flow cannot go from a facility to itself/);
  });

  it('a negative volume and a fractional year', () => {
    const { mine, sep, oxide } = seedChain(t.service);
    const base = { from_id: mine.id, to_id: sep.id, material_id: oxide.id };
    expect(refused('flows.create', { ...base, volume_t: -1 }).issues?.[0]?.path).toBe('volume_t');
    expect(refused('flows.create', { ...base, year: 2024.5 }).issues?.[0]?.path).toBe('year');
  });
});

describe('materials and sources', () => {
  it('refuses a second material of the same name, any case', () => {
    seedChain(t.service);
    const error = refused('materials.create', { name: 'ndpr OXIDE', form: 'oxide' });
    expect(error.message).toBe('name: A material named "NdPr oxide" already exists');
  });

  it('refuses an unknown element symbol', () => {
    expect(refused('materials.create', { name: 'Weird', form: 'metal', elements: ['Nx'] }).issues?.[0]?.path).toBe('elements.0');
  });

  it('refuses to delete a material in use, and says where', () => {
    const { oxide } = seedChain(t.service);
    const error = refused('materials.delete', { id: oxide.id });
    expect(error).toMatchObject({ code: 'constraint', message: 'Material "NdPr oxide" is used by 1 flow; change those first' });
  });

  it('links sources to records and removes the links with the record', () => {
    const { mine } = seedChain(t.service);
    const source = t.service.run('sources.create', { title: 'Rare earths and US defense', published: '2024-05' });
    t.service.run('sources.link', { source_id: source.id, record_type: 'facility', record_id: mine.id });
    expect(t.service.run('sources.links', { record_type: 'facility', record_id: mine.id })).toHaveLength(1);
    expect(refused('sources.link', { source_id: source.id, record_type: 'facility', record_id: 'nope' }).issues?.[0]?.path).toBe(
      'record_id',
    );
    const result = t.service.run('facilities.delete', { ids: [mine.id] });
    expect(result.deleted).toMatchObject({ facilities: 1, flows: 1, source_links: 1 });
    expect(t.service.run('sources.links', { source_id: source.id })).toHaveLength(0);
  });

  it('refuses a malformed source date', () => {
    expect(refused('sources.create', { title: 'X', published: 'May 2024' }).issues?.[0]?.path).toBe('published');
  });
});

describe('the change log', () => {
  it('records every write with before, after and when', () => {
    const { mine } = seedChain(t.service);
    t.service.run('facilities.update', { id: mine.id, changes: { capacity_t: 40000 } });
    const rows = t.ws.db
      .prepare(`SELECT table_name, op, before, after, at FROM change_log WHERE record_id = ? ORDER BY id`)
      .all(mine.id) as { table_name: string; op: string; before: string | null; after: string | null; at: string }[];
    expect(rows.map((r) => r.op)).toEqual(['insert', 'update']);
    expect(rows[0]!.before).toBeNull();
    expect(JSON.parse(rows[1]!.before!).capacity_t).toBeNull();
    expect(JSON.parse(rows[1]!.after!)).toMatchObject({ capacity_t: 40000, revision: 2 });
    expect(rows[1]!.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('an update that changes nothing leaves no trace and keeps the revision', () => {
    const { mine } = seedChain(t.service);
    const before = fingerprint(t.ws);
    const same = t.service.run('facilities.update', { id: mine.id, changes: { name: 'Mountain Pass' } });
    expect(same.revision).toBe(1);
    expect(fingerprint(t.ws)).toBe(before);
  });

  it('refuses an update from a stale copy', () => {
    const { mine } = seedChain(t.service);
    t.service.run('facilities.update', { id: mine.id, revision: 1, changes: { capacity_t: 1 } });
    const error = refused('facilities.update', { id: mine.id, revision: 1, changes: { capacity_t: 2 } });
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/changed since you opened it/);
  });
});

describe('the service boundary', () => {
  it('names an unknown operation', () => {
    expect(t.service.call('facilities.drop', {})).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'Unknown operation "facilities.drop"' },
    });
  });

  it('refuses extra or wrongly typed input', () => {
    expect(t.service.call('facilities.get', { id: 42 })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(t.service.call('facilities.delete', { ids: [] })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(t.service.call('facilities.get', { id: 'x' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
