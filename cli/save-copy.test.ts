// `lodestone save-copy OUT.db`: a workspace file that opens with the same records.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openWorkspace } from '../db/workspace';
import { runCaptured } from './test-run';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-save-copy-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const lodestone = (...args: string[]) => runCaptured(args);

describe('lodestone save-copy', () => {
  it('writes a copy holding the sample, and refuses the workspace itself with one line', async () => {
    const db = path.join(tmp, 'w.db');
    expect((await lodestone('--db', db, 'init', '--sample')).code).toBe(0);
    const out = path.join(tmp, 'copy.db');
    const result = await lodestone('--db', db, 'save-copy', out, '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ file: out });
    const original = openWorkspace(db);
    const copy = openWorkspace(out);
    try {
      expect(copy.count('facilities')).toBe(original.count('facilities'));
      expect(copy.count('facilities')).toBeGreaterThan(0);
    } finally {
      copy.close();
      original.close();
    }
    const self = await lodestone('--db', db, 'save-copy', db);
    expect(self.code).not.toBe(0);
    expect(self.stderr).toMatch(/is the open workspace/);
    expect(self.stderr.split('\n')).toHaveLength(1);
  });
});
