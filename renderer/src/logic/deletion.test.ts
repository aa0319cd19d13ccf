import { describe, expect, it } from 'vitest';
import { deletedNotice, deleteQuestion } from './deletion';
import { deleteRequest } from './ops';
import { buildIndexes } from './rows';
import { facility, flow, link, material, source } from './testRecords';

const indexes = buildIndexes(
  [facility('a', { name: 'Alpha', capacity_material_id: 'm' }), facility('b', { name: 'Beta' }), facility('c', { name: 'Lone' })],
  [flow('ab', { from_id: 'a', to_id: 'b', material_id: 'm' }), flow('ba', { from_id: 'b', to_id: 'a', material_id: 'm' })],
  [material('m', { name: 'Oxide' }), material('n', { name: 'Unused' })],
  [source('s', { title: 'Report' }), source('t', { title: 'Uncited' })],
  [link('l1', 's', 'facility', 'a')],
);
const none = { materials: 0, facilities: 0, flows: 0, sources: 0, source_links: 0 };

describe('deleteQuestion', () => {
  it('names the flows that go with a facility', () => {
    expect(deleteQuestion('facility', 'a', 'Alpha', indexes, 'Ctrl+Z')).toEqual({
      title: 'Delete facility Alpha and its 2 flows?',
      message: 'Its flows and source links go with it. You can undo this with Ctrl+Z.',
    });
    expect(deleteQuestion('facility', 'c', 'Lone', indexes, '⌘Z')).toEqual({
      title: 'Delete facility Lone?',
      message: 'Its source links go with it. You can undo this with ⌘Z.',
    });
  });
  it('names the links that go with a source', () => {
    expect(deleteQuestion('source', 's', 'Report', indexes, 'Ctrl+Z').title).toBe('Delete source Report and its 1 link?');
    expect(deleteQuestion('source', 't', 'Uncited', indexes, 'Ctrl+Z').title).toBe('Delete source Uncited?');
  });
  it('warns that a material in use will be refused', () => {
    expect(deleteQuestion('material', 'm', 'Oxide', indexes, 'Ctrl+Z')).toEqual({
      title: 'Delete material Oxide?',
      message: 'It is in use by 2 flows and 1 facility; the workspace refuses to delete a material while records use it.',
    });
    expect(deleteQuestion('material', 'n', 'Unused', indexes, 'Ctrl+Z').message).toBe('You can undo this with Ctrl+Z.');
  });
  it('asks plainly for a flow', () => {
    expect(deleteQuestion('flow', 'ab', 'Alpha → Beta', indexes, 'Ctrl+Z')).toEqual({
      title: 'Delete flow Alpha → Beta?',
      message: 'You can undo this with Ctrl+Z.',
    });
  });
});

describe('deletedNotice', () => {
  it('counts what went with the record', () => {
    expect(deletedNotice('facility', 'Alpha', { ...none, facilities: 1, flows: 2 })).toBe('Deleted facility Alpha and 2 flows');
    expect(deletedNotice('facility', 'Lone', { ...none, facilities: 1 })).toBe('Deleted facility Lone');
    expect(deletedNotice('source', 'Report', { ...none, sources: 1, source_links: 1 })).toBe('Deleted source Report and 1 link');
    expect(deletedNotice('flow', 'A → B', { ...none, flows: 1, source_links: 3 })).toBe('Deleted flow A → B');
  });
});

describe('deleteRequest', () => {
  it('deletes facilities and flows by ids, materials and sources by id', () => {
    expect(deleteRequest('facility', 'a')).toEqual({ op: 'facilities.delete', input: { ids: ['a'] } });
    expect(deleteRequest('flow', 'ab')).toEqual({ op: 'flows.delete', input: { ids: ['ab'] } });
    expect(deleteRequest('material', 'm')).toEqual({ op: 'materials.delete', input: { id: 'm' } });
    expect(deleteRequest('source', 's')).toEqual({ op: 'sources.delete', input: { id: 's' } });
  });
});
