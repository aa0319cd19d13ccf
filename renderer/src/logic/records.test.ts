import { describe, expect, it } from 'vitest';
import { facilityNamer, recordById, recordsOfType, restoredRecord, type RecordLists } from './records';
import { buildIndexes } from './rows';
import { facility, flow, material, source } from './testRecords';

const alpha = facility('a', { name: 'Alpha' });
const beta = facility('b', { name: 'Beta' });
const oxide = material('m', { name: 'Oxide' });
const ab = flow('ab', { from_id: 'a', to_id: 'b', material_id: 'm' });
const report = source('s', { title: 'Report' });
const lists = (parts: Partial<RecordLists> = {}): RecordLists => ({ facilities: [], flows: [], materials: [], sources: [], ...parts });

describe('finding records', () => {
  const indexes = buildIndexes([alpha, beta], [ab], [oxide], [report], []);
  it('by type and id', () => {
    expect(recordById(indexes, 'facility', 'b')).toBe(beta);
    expect(recordById(indexes, 'flow', 'ab')).toBe(ab);
    expect(recordById(indexes, 'material', 'zz')).toBeNull();
    expect(recordById(indexes, 'source', null)).toBeNull();
  });
  it('names facilities, falling back to the id', () => {
    const name = facilityNamer(indexes);
    expect(name('a')).toBe('Alpha');
    expect(name('gone')).toBe('gone');
  });
  it('lists by type', () => {
    expect(recordsOfType(lists({ sources: [report] }), 'source')).toEqual([report]);
  });
});

describe('restoredRecord', () => {
  it('is the facility an undone delete brought back, not its flows', () => {
    const before = lists({ facilities: [alpha], materials: [oxide] });
    const after = lists({ facilities: [alpha, beta], flows: [ab], materials: [oxide] });
    expect(restoredRecord(before, after)).toEqual({ type: 'facility', id: 'b' });
  });
  it('is a flow when only flows came back', () => {
    expect(restoredRecord(lists({ facilities: [alpha, beta] }), lists({ facilities: [alpha, beta], flows: [ab] }))).toEqual({
      type: 'flow',
      id: 'ab',
    });
  });
  it('is a material or a source', () => {
    expect(restoredRecord(lists(), lists({ materials: [oxide] }))).toEqual({ type: 'material', id: 'm' });
    expect(restoredRecord(lists(), lists({ sources: [report] }))).toEqual({ type: 'source', id: 's' });
  });
  it('is nothing when nothing came back (an undone edit or create)', () => {
    expect(restoredRecord(lists({ facilities: [alpha, beta] }), lists({ facilities: [alpha] }))).toBeNull();
    expect(restoredRecord(lists({ facilities: [alpha] }), lists({ facilities: [alpha] }))).toBeNull();
  });
});
