// Hostile input (issue 6, item 3) through the entry point every host uses, service.call, for
// every operation of db/api.ts, and through the browser host's HTTP endpoint for a sample:
// seeded valid inputs bent one way each (hostile.ts). Every call must either work or be
// refused with a clear LodestoneError (not 'internal', a short message naming the field);
// none may throw, and a refused call must leave every table exactly as it was.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, HTTP_API_PREFIX, OP_NAMES, TOKEN_HEADER, type OpName } from '../../api';
import { startBrowserHost, type BrowserHost } from '../../../server/host';
import { exportSnapshot } from '../../snapshot';
import { seedChain, tempWorkspace, type TestWorkspace } from '../helpers';
import { fullFingerprint } from './fuzz-fingerprint';
import { mutate, seeded } from './hostile';
import { logMismatches } from './log-check';
import { seedFuzzWorkspace, VALID_INPUTS, type FuzzIds } from './valid-inputs';

const CASES_PER_OP = 50;
const HTTP_CASES = 150;
const CODES = ['validation', 'not_found', 'conflict', 'constraint', 'schema', 'io'];

let snapshot: string;
beforeAll(() => {
  const other = tempWorkspace();
  seedChain(other.service);
  other.service.run('facilities.create', { id: 'theirs-1', name: 'Their plant <b>bold</b>', stage: 'magnet', country: 'JP' });
  const filter = { countries: [], materials: [], stages: [], include_sensitive: true };
  snapshot = exportSnapshot(other.ws, { filter, author: 'colleague' }).bytes.toString('base64');
  other.cleanup();
});

/** What every answer must look like: a value, or a clear refusal. */
function checkAnswer(op: string, input: unknown, result: unknown): void {
  const shown = `${op} ${describeInput(input)}`;
  expect(result, shown).toMatchObject({ ok: expect.any(Boolean) });
  const r = result as { ok: boolean; error?: { code: string; message: string; issues?: { path: string }[] } };
  if (r.ok) return;
  expect(CODES, `${shown}: ${r.error!.message}`).toContain(r.error!.code);
  expect(r.error!.message.length, shown).toBeGreaterThan(0);
  expect(r.error!.message.length, `${shown}: ${r.error!.message.slice(0, 300)}`).toBeLessThan(1_000);
  const first = r.error!.issues?.[0];
  if (r.error!.code === 'validation' && first?.path) expect(r.error!.message, shown).toContain(first.path);
}

function describeInput(input: unknown): string {
  try {
    const text = JSON.stringify(input) ?? String(input);
    return text.length > 200 ? `${text.slice(0, 200)}...` : text;
  } catch {
    return String(input);
  }
}

function otherIds(ids: FuzzIds): string[] {
  return [ids.material, ids.spare, ids.mine, ids.sep, ids.flow, ids.source, ids.link, ids.scenario, 'no-such-id'];
}

describe('every API operation under hostile input, through service.call', () => {
  let t: TestWorkspace | undefined;
  afterAll(() => t?.cleanup());

  it.each(OP_NAMES.map((op) => [op]))('%s', (op: OpName) => {
    // A fresh workspace per operation: deletes and merges that succeed do not starve the rest.
    t?.cleanup();
    t = tempWorkspace();
    const ids = seedFuzzWorkspace(t.service, snapshot);
    const random = seeded(OP_NAMES.indexOf(op) + 1);
    const valid = VALID_INPUTS[op](ids);
    let worked = 0;
    for (let i = 0; i < CASES_PER_OP; i++) {
      const input = i === 0 ? valid : mutate(valid, random, otherIds(ids));
      const before = fullFingerprint(t.ws);
      let result: unknown;
      expect(() => (result = t!.service.call(op, input)), `${op} ${describeInput(input)}`).not.toThrow();
      checkAnswer(op, input, result);
      const r = result as { ok: boolean };
      if (r.ok) worked++;
      if (!r.ok || api[op].kind === 'read') expect(fullFingerprint(t.ws), `${op} ${describeInput(input)} changed the workspace`).toBe(before);
    }
    // The valid input (case 0) works, except where the state forbids it: nothing to redo in a
    // fresh workspace, and the sample loads only into an empty one.
    if (!['history.redo', 'workspace.loadSample'].includes(op)) expect(worked, op).toBeGreaterThan(0);
    expect(t.ws.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(t.ws.db.pragma('foreign_key_check')).toEqual([]);
    expect(logMismatches(t.ws)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('the browser host under hostile input', () => {
  let t: TestWorkspace;
  let host: BrowserHost;
  beforeAll(async () => {
    t = tempWorkspace();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-fuzz-host-'));
    host = await startBrowserHost({ dbPath: t.file, staticDir: dir, backend: { call: (n, i) => t.service.call(n, i), close: () => fs.rmSync(dir, { recursive: true }) } });
  });
  afterAll(async () => {
    await host.close();
    t.cleanup();
  });

  const post = async (op: string, body: string) => {
    const reply = await fetch(`http://127.0.0.1:${host.port}${HTTP_API_PREFIX}${op}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
      body,
    });
    return { status: reply.status, body: (await reply.json()) as unknown };
  };

  it(`answers ${HTTP_CASES} hostile JSON calls with results or clear refusals, and refusals write nothing`, async () => {
    const ids = seedFuzzWorkspace(t.service, snapshot);
    const random = seeded(9_001);
    const sample = ['facilities.create', 'facilities.update', 'flows.create', 'sources.link', 'csv.import', 'csv.preview', 'snapshot.merge', 'scenarios.create', 'diagram.savePositions', 'analysis.provenance'] as const;
    for (let i = 0; i < HTTP_CASES; i++) {
      const op = sample[i % sample.length]!;
      const input = mutate(VALID_INPUTS[op](ids), random, otherIds(ids));
      let body: string;
      try {
        body = JSON.stringify(input) ?? '';
      } catch {
        body = '{"not": "serialisable"}'; // BigInt: the browser could not send it either
      }
      const before = fullFingerprint(t.ws);
      const reply = await post(op, body);
      expect(reply.status, `${op} ${body.slice(0, 200)}`).toBe(200);
      checkAnswer(op, input, reply.body);
      if (!(reply.body as { ok: boolean }).ok) expect(fullFingerprint(t.ws)).toBe(before);
    }
    // Bodies that are not JSON at all, or nested past any parser's patience.
    for (const body of ['{', '\u0000', '[]', 'null', '"text"', '[', `${'['.repeat(100_000)}${']'.repeat(100_000)}`]) {
      const reply = await post('facilities.create', body);
      expect([200, 400], body.slice(0, 20)).toContain(reply.status);
      checkAnswer('facilities.create', body, reply.body);
    }
    expect(t.ws.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(logMismatches(t.ws)).toEqual([]);
  }, 60_000);
});
