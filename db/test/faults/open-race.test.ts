// Two programs creating the same new workspace at the same moment (the app and a CLI script
// started together): both must open it, migrated once, with one workspace id. The same for
// a workspace an older version saved, whose migration rebuilds every record table.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultSampleDir, loadSample } from '../../sample';
import { SCHEMA_VERSION } from '../../store/migrations';
import { openWorkspace, type Workspace } from '../../workspace';
import { contents, schema4Copy } from '../schema4';
import { startScript } from './child';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-open-race-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Two processes open `file` at the same instant; both must say they opened it at the current schema. */
async function openFromTwoAtOnce(file: string): Promise<void> {
  // Both children spin until the same instant, well after their start-up.
  const at = String(Date.now() + 2_000);
  const exits = await Promise.all([startScript('./open-child.ts', [file, at]).exit, startScript('./open-child.ts', [file, at]).exit]);
  for (const exit of exits) {
    expect(exit.stderr).toBe('');
    expect(exit.lines).toEqual([`opened ${SCHEMA_VERSION}`]);
  }
}

/** Each migration recorded once. */
function expectMigratedOnce(ws: Workspace): void {
  expect(ws.db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all()).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1));
}

describe('opening a new workspace from two processes at once', () => {
  it('migrates it once and both open it', { timeout: 60_000 }, async () => {
    for (let round = 0; round < 4; round++) {
      const file = path.join(dir, `race-${round}.db`);
      await openFromTwoAtOnce(file);
      const ws = openWorkspace(file);
      try {
        expectMigratedOnce(ws);
        expect(ws.db.prepare(`SELECT count(*) FROM workspace_meta WHERE key = 'workspace_id'`).pluck().get()).toBe(1);
      } finally {
        ws.close();
      }
    }
  });
});

describe('opening a workspace of the previous schema from two processes at once', () => {
  it('migrates it once, both open it, and every row is kept', { timeout: 60_000 }, async () => {
    const current = path.join(dir, 'sample.db');
    const sample = openWorkspace(current);
    loadSample(sample, defaultSampleDir());
    sample.close();
    for (let round = 0; round < 3; round++) {
      const file = path.join(dir, `old-race-${round}.db`);
      schema4Copy(current, file);
      const before = new Database(file, { readonly: true });
      const rows = contents(before);
      before.close();
      await openFromTwoAtOnce(file);
      const ws = openWorkspace(file);
      try {
        expectMigratedOnce(ws);
        expect(contents(ws.db)).toEqual(rows);
        expect(ws.db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(ws.db.pragma('foreign_key_check')).toEqual([]);
      } finally {
        ws.close();
      }
      // One backup, of the file as it was before either program migrated it; no copy left over.
      const backup = new Database(`${file}.before-v${SCHEMA_VERSION}.bak`, { readonly: true });
      try {
        expect(backup.pragma('user_version', { simple: true })).toBe(4);
        expect(contents(backup)).toEqual(rows);
      } finally {
        backup.close();
      }
      expect(fs.readdirSync(dir).filter((name) => name.startsWith(path.basename(file)) && name.endsWith('.partial'))).toEqual([]);
    }
  });
});
