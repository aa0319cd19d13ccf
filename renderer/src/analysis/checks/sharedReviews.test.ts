import { describe, expect, it } from 'vitest';
import type { WorkspaceStore } from '../../state/workspace';
import { readReviews } from './sharedReviews';

function countingStore(fail = false) {
  const reads: string[] = [];
  const store = {
    read: (op: string) => {
      reads.push(op);
      return fail && reads.length === 1 ? Promise.reject(new Error('busy')) : Promise.resolve([{ id: `r${reads.length}` }]);
    },
  } as unknown as Pick<WorkspaceStore, 'read'>;
  return { store, reads };
}

describe('readReviews', () => {
  it('lists the reviews once per workspace change, whoever asks; a new change or another workspace lists them again', async () => {
    const { store, reads } = countingStore();
    const inspector = readReviews(store, 'ws1:7');
    const diagram = readReviews(store, 'ws1:7');
    expect(await diagram).toEqual(await inspector);
    expect(reads).toEqual(['checks.reviews']);
    await readReviews(store, 'ws1:8');
    await readReviews(store, 'ws2:8');
    expect(reads).toHaveLength(3);
    await readReviews(store, null);
    await readReviews(store, null);
    expect(reads).toHaveLength(5);
  });

  it('does not keep a failed read: the next one asks again', async () => {
    const { store, reads } = countingStore(true);
    await expect(readReviews(store, 'ws1:1')).rejects.toThrow('busy');
    expect(await readReviews(store, 'ws1:1')).toEqual([{ id: 'r2' }]);
    expect(reads).toHaveLength(2);
  });
});
