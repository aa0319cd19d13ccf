// Two programs merging into one workspace in the same millisecond (the app and a CLI script)
// take their backups under the same time stamp: both must get a whole copy of their own.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultSampleDir, loadSample } from '../../sample';
import { openWorkspace } from '../../workspace';
import { contents } from '../schema4';
import { startScript } from './child';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-backup-race-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('two merge backups of one workspace with the same time stamp', () => {
  it('both succeed, under two names, each a whole copy, with no partial copy left', { timeout: 60_000 }, async () => {
    const file = path.join(dir, 'sample.db');
    const ws = openWorkspace(file);
    loadSample(ws, defaultSampleDir());
    const rows = contents(ws.db);
    ws.close();
    for (let round = 0; round < 3; round++) {
      const stamp = new Date(Date.UTC(2026, 0, 1, 0, 0, round)).toISOString();
      // Both children spin until the same instant, well after their start-up.
      const at = String(Date.now() + 2_000);
      const exits = await Promise.all([0, 1].map(() => startScript('./backup-child.ts', [file, at, stamp]).exit));
      const backups: string[] = [];
      for (const exit of exits) {
        expect(exit.stderr).toBe('');
        expect(exit.lines).toHaveLength(1);
        expect(exit.lines[0]).toMatch(/^backed up /);
        backups.push(exit.lines[0]!.slice('backed up '.length));
      }
      const base = `${file}.before-merge-${stamp.replace(/[:.]/g, '-')}`;
      expect(backups.sort()).toEqual([`${base}-2.bak`, `${base}.bak`]);
      for (const backup of backups) {
        const copy = new Database(backup, { readonly: true });
        try {
          expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
          expect(contents(copy)).toEqual(rows);
        } finally {
          copy.close();
        }
      }
    }
    expect(fs.readdirSync(dir).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });
});
