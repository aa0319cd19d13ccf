import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeBatch } from '../store/changes';
import { fingerprint, seedChain, tempWorkspace, type TestWorkspace } from './helpers';

let t: TestWorkspace;
beforeEach(() => {
  t = tempWorkspace();
});
afterEach(() => t.cleanup());

describe('writeBatch with foreign keys checked at the end', () => {
  it('refuses the whole batch when a row refers to a missing record, and turns checks back on', () => {
    const { mine, oxide } = seedChain(t.service);
    const before = fingerprint(t.ws);
    expect(() =>
      writeBatch(t.ws, { label: 'Import', kind: 'import', checkForeignKeysAtEnd: true }, (tx) => {
        tx.insert('facilities', { ...mine, id: 'fac-new', name: 'New plant' });
        tx.insert('flows', {
          id: 'flow-bad', from_id: 'fac-new', to_id: 'fac-missing', material_id: oxide.id,
          volume_t: 1, year: null, status: 'operating', confidence: 'low', notes: '',
        });
      }),
    ).toThrow(/Import: 1 row\(s\) refer to missing records .*flows.*facilities.*nothing was written/);
    expect(fingerprint(t.ws)).toBe(before);
    expect(t.ws.db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('writes a consistent batch and records it', () => {
    const { mine, sep, oxide } = seedChain(t.service);
    writeBatch(t.ws, { label: 'Import', kind: 'import', checkForeignKeysAtEnd: true }, (tx) => {
      tx.insert('flows', {
        id: 'flow-ok', from_id: sep.id, to_id: mine.id, material_id: oxide.id,
        volume_t: 1, year: 2024, status: 'operating', confidence: 'low', notes: '',
      });
    });
    expect(t.ws.get('flows', 'flow-ok')?.volume_t).toBe(1);
    expect(t.service.run('workspace.info', {}).undo).toBe('Import');
    expect(t.ws.db.pragma('foreign_keys', { simple: true })).toBe(1);
  });
});
