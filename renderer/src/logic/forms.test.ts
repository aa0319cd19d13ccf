import { describe, expect, it } from 'vitest';
import type { Facility } from '../../../db/model/schemas';
import {
  buildInput,
  changedFields,
  draftFromRecord,
  emptyDraft,
  isDraftDirty,
  issuesToFieldErrors,
  listItems,
  parseNumber,
  splitList,
} from './forms';

const facility: Facility = {
  id: 'f1',
  created_at: '2024-01-01T00:00:00Z',
  updated_at: '2024-01-01T00:00:00Z',
  revision: 3,
  name: 'Mountain Pass',
  stage: 'mine',
  country: 'US',
  operator: 'MP Materials',
  owner_country: null,
  lat: 35.48,
  lon: -115.53,
  status: 'operating',
  capacity_t: 40000,
  capacity_material_id: null,
  stock_t: null,
  confidence: 'high',
  tags: ['US', 'bastnaesite'],
  notes: '',
};

describe('parseNumber', () => {
  it('accepts plain and grouped numbers', () => {
    expect(parseNumber('12')).toEqual({ ok: true, value: 12 });
    expect(parseNumber(' -3.5 ')).toEqual({ ok: true, value: -3.5 });
    expect(parseNumber('1,234,567.25')).toEqual({ ok: true, value: 1234567.25 });
    expect(parseNumber('.5')).toEqual({ ok: true, value: 0.5 });
    expect(parseNumber('')).toEqual({ ok: true, value: null });
  });
  it('refuses anything else', () => {
    for (const bad of ['12abc', 'abc', '1e5', '--1', '1,23', '1.2.3', '.', '-', 'NaN', 'Infinity', '1 000']) {
      expect(parseNumber(bad), bad).toEqual({ ok: false });
    }
  });
});

describe('splitList', () => {
  it('splits on ; and drops blanks and repeats', () => {
    expect(splitList(' a; b ;;a; c ')).toEqual(['a', 'b', 'c']);
    expect(splitList('Nd, Pr Dy', /[;,\s]+/)).toEqual(['Nd', 'Pr', 'Dy']);
  });
});

describe('listItems', () => {
  it('splits tags on ; only, elements on commas and spaces too', () => {
    expect(listItems('list', 'heavy re; JV\nnon-china')).toEqual(['heavy re', 'JV', 'non-china']);
    expect(listItems('elements', 'Nd; Pr, Dy Tb')).toEqual(['Nd', 'Pr', 'Dy', 'Tb']);
  });
});

describe('drafts', () => {
  it('round-trips a record', () => {
    const draft = draftFromRecord('facility', facility);
    expect(draft.lat).toBe('35.48');
    expect(draft.tags).toBe('US; bastnaesite');
    expect(draft.owner_country).toBe('');
    const { values, errors } = buildInput('facility', draft);
    expect(errors).toEqual({});
    expect(changedFields('facility', facility, values!)).toEqual({});
  });
  it('finds only the changed fields', () => {
    const draft = { ...draftFromRecord('facility', facility), capacity_t: '45,000', tags: 'US', owner_country: 'CN' };
    const { values } = buildInput('facility', draft);
    expect(changedFields('facility', facility, values!)).toEqual({ capacity_t: 45000, tags: ['US'], owner_country: 'CN' });
  });
  it('tracks dirtiness', () => {
    const draft = draftFromRecord('facility', facility);
    expect(isDraftDirty(draft, { ...draft })).toBe(false);
    expect(isDraftDirty(draft, { ...draft, name: 'x' })).toBe(true);
  });
  it('new drafts carry the schema defaults', () => {
    expect(emptyDraft('facility').status).toBe('operating');
    expect(emptyDraft('material').unit).toBe('t');
    expect(emptyDraft('source').sensitive).toBe(false);
  });
});

describe('validation', () => {
  it('names the field for each bad input, and keeps going', () => {
    const draft = { ...emptyDraft('facility'), name: '  ', stage: 'mine', country: 'CN', lat: '91', capacity_t: '-5', stock_t: '12x' };
    const { values, errors } = buildInput('facility', draft);
    expect(values).toBeNull();
    expect(errors.name).toBe('Name is required');
    expect(errors.lat).toBe('Latitude must be between -90 and 90');
    expect(errors.capacity_t).toBe('Capacity cannot be negative');
    expect(errors.stock_t).toBe('Stock on hand must be a number');
  });
  it('requires pickers and enums', () => {
    const { errors } = buildInput('facility', emptyDraft('facility'));
    expect(errors.country).toBe('Country is required');
    expect(errors.stage).toBe('Stage is required');
  });
  it('refuses an unknown country code', () => {
    const { errors } = buildInput('facility', { ...emptyDraft('facility'), name: 'x', stage: 'mine', country: 'XX' });
    expect(errors.country).toMatch(/ISO 3166-1/);
  });
  it('refuses a flow from a facility to itself', () => {
    const { errors } = buildInput('flow', { ...emptyDraft('flow'), from_id: 'a', to_id: 'a', material_id: 'm' });
    expect(errors.to_id).toBe('A flow cannot go from a facility to itself');
  });
  it('refuses bad element symbols and years', () => {
    expect(buildInput('material', { ...emptyDraft('material'), name: 'NdPr oxide', form: 'oxide', elements: 'Nd; Xx' }).errors.elements).toMatch(
      /chemical symbols/,
    );
    expect(
      buildInput('flow', { ...emptyDraft('flow'), from_id: 'a', to_id: 'b', material_id: 'm', year: '2024.5' }).errors.year,
    ).toBe('Year must be a whole number');
  });
  it('accepts a valid source', () => {
    const { values, errors } = buildInput('source', { ...emptyDraft('source'), title: 'Report', published: '2016-02', sensitive: true });
    expect(errors).toEqual({});
    expect(values).toMatchObject({ title: 'Report', published: '2016-02', sensitive: true });
  });
});

describe('issuesToFieldErrors', () => {
  it('strips "changes." and maps nested paths to their field', () => {
    expect(
      issuesToFieldErrors('facility', [
        { path: 'changes.lat', message: 'bad lat' },
        { path: 'tags.2', message: 'bad tag' },
        { path: 'revision', message: 'stale' },
        { path: '', message: 'whole' },
      ]),
    ).toEqual({ lat: 'bad lat', tags: 'bad tag', '': 'stale' });
  });
});
