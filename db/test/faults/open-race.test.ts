// Two programs creating the same new workspace at the same moment (the app and a CLI script
// started together): both must open it, migrated once, with one workspace id.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../store/migrations';
import { openWorkspace } from '../../workspace';
import { startScript } from './child';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-open-race-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('opening a new workspace from two processes at once', () => {
  it('migrates it once and both open it', { timeout: 60_000 }, async () => {
    for (let round = 0; round < 4; round++) {
      const file = path.join(dir, `race-${round}.db`);
      // Both children spin until the same instant, well after their start-up.
      const at = String(Date.now() + 2_000);
      const exits = await Promise.all([startScript('./open-child.ts', [file, at]).exit, startScript('./open-child.ts', [file, at]).exit]);
      for (const exit of exits) {
        expect(exit.stderr).toBe('');
        expect(exit.lines).toEqual([`opened ${SCHEMA_VERSION}`]);
      }
      const ws = openWorkspace(file);
      try {
        expect(ws.db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all()).toEqual(
          Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1),
        );
        expect(ws.db.prepare(`SELECT count(*) FROM workspace_meta WHERE key = 'workspace_id'`).pluck().get()).toBe(1);
      } finally {
        ws.close();
      }
    }
  });
});
