// `lodestone check`: findings grouped by check, --json in the api's shape, --strict failing
// on a warning with one line on stderr.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService } from '../db/service';
import { openWorkspace } from '../db/workspace';
import { runCaptured } from './test-run';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-check-'));
const db = path.join(tmp, 'chain.db');
const clean = path.join(tmp, 'clean.db');
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

beforeAll(() => {
  for (const file of [db, clean]) {
    const ws = openWorkspace(file);
    const service = createService(ws);
    service.run('materials.create', { id: 'ox', name: 'NdPr oxide', form: 'oxide' });
    service.run('facilities.create', { id: 'mine', name: 'Mine', stage: 'mine', country: 'US' });
    service.run('facilities.create', { id: 'sep', name: 'Separation', stage: 'separation', country: 'CN' });
    service.run('facilities.create', { id: 'prime', name: 'Prime', stage: 'oem', country: 'US' });
    service.run('flows.create', { from_id: 'mine', to_id: 'sep', material_id: 'ox', volume_t: 100 });
    service.run('flows.create', { from_id: 'sep', to_id: 'prime', material_id: 'ox', volume_t: file === db ? 150 : 90 });
    if (file === db) {
      service.run('facilities.create', { id: 'new', name: 'New magnets', stage: 'magnet', country: 'US', status: 'planned' });
      service.run('flows.create', { id: 'f-new', from_id: 'new', to_id: 'prime', material_id: 'ox', volume_t: 20 });
    }
    ws.close();
  }
});

describe('lodestone check', () => {
  it('prints each check with why it matters and its findings; counts planned records with --include-planned', async () => {
    const result = await runCaptured(['--db', db, 'check']);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('Data checks (operating records counted): 2 warnings and 0 notices in 4 facilities and 3 flows');
    expect(lines).toContain('Warning: Ships more than it receives (1)');
    expect(lines).toContain('  - Separation [sep]: Ships 150 t/yr but receives 100 t/yr: the 50 t/yr more (33% of what it ships) counts as originating here.');
    expect(lines).toContain('Warning: Flow left out: an end does not count (1)');
    expect(lines).toContain('  - New magnets → Prime (NdPr oxide) [f-new]: The flow is operating, but New magnets is planned: its 20 t/yr is left out of the analyses.');

    const planned = await runCaptured(['--db', db, 'check', '--include-planned', '--json']);
    const json = JSON.parse(planned.stdout);
    expect(json).toMatchObject({ include_planned: true, checked: { facilities: 4, flows: 3 }, counts: { warning: 2, notice: 0 } });
    expect(json.findings.map((f: { check: string; record: { id: string } }) => `${f.check} ${f.record.id}`)).toEqual([
      'ships-more-than-receives sep',
      'ships-more-than-receives new',
    ]);
  });

  it('--strict exits 1 with one line on stderr when there is a warning, 0 on clean data', async () => {
    const failed = await runCaptured(['--db', db, 'check', '--strict']);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toBe('lodestone: 2 open warnings in the data checks (--strict)');
    const passed = await runCaptured(['--db', clean, 'check', '--strict']);
    expect(passed).toMatchObject({ code: 0, stderr: '' });
    expect(passed.stdout).toBe('Data checks (operating records counted): 0 warnings and 0 notices in 3 facilities and 2 flows');
    expect((await runCaptured(['--db', clean, 'check', 'extra'])).code).toBe(2);
  });

  it('--review sets a finding aside with its note, so --strict counts only what is open; --reopen brings it back', async () => {
    const reviewed = await runCaptured(['--db', db, 'check', '--review', 'ships-more-than-receives:sep', '--note', 'Draws on its own stock', '--strict']);
    expect(reviewed.stderr).toBe('lodestone: 1 open warning in the data checks (--strict)');
    const lines = reviewed.stdout.split('\n');
    expect(lines[0]).toBe('Data checks (operating records counted): 1 warning and 0 notices in 4 facilities and 3 flows; 1 reviewed finding set aside');
    expect(lines).toContain('Warning: Ships more than it receives (0, 1 reviewed)');
    const at = lines.indexOf('  - Separation [sep]: Ships 150 t/yr but receives 100 t/yr: the 50 t/yr more (33% of what it ships) counts as originating here.');
    expect(lines[at + 1]).toMatch(/^    Reviewed on \d{4}-\d{2}-\d{2}: “Draws on its own stock”$/);

    const wrong = await runCaptured(['--db', db, 'check', '--review', 'dead-end:sep', '--note', 'x']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/No "Receives but ships nothing" finding for record "sep" with operating records counted; it may have been mended since\. Nothing was reviewed/);
    expect((await runCaptured(['--db', db, 'check', '--review', 'nonsense', '--note', 'x'])).stderr).toMatch(/--review takes CHECK:RECORD_ID/);
    expect((await runCaptured(['--db', db, 'check', '--review', 'dead-end:sep'])).stderr).toMatch(/Say why the finding is right/);

    const reopened = await runCaptured(['--db', db, 'check', '--reopen', 'ships-more-than-receives:sep', '--strict']);
    expect(reopened.stderr).toBe('lodestone: 2 open warnings in the data checks (--strict)');
    expect((await runCaptured(['--db', db, 'check', '--reopen', 'ships-more-than-receives:sep'])).stderr).toBe(
      'lodestone: No review of the "ships-more-than-receives" finding of record "sep"',
    );
  });
});
