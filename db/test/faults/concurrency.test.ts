// Concurrency (issue 6, item 2): real processes writing one workspace at once. The browser
// host (server/main.ts) serves edits over HTTP while the CLI imports CSV files, and while a
// second program increments the same record through the service. Nothing may be lost (every
// stale revision refused with a clear message), no "database is locked" may reach anyone,
// and the change log must account for every record as it stands.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chainToCsv, generateChain } from '../../../bench/generate';
import { HTTP_API_PREFIX, TOKEN_HEADER } from '../../api';
import type { LodestoneErrorData } from '../../errors';
import { createService } from '../../service';
import { openWorkspace } from '../../workspace';
import { startNode, startScript, type ChildExit } from './child';
import { prefixedChainCsv } from './crash-data';
import { logMismatches } from './log-check';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-concurrency-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type Result = { ok: true; value: unknown } | { ok: false; error: LodestoneErrorData };

interface Host {
  call(op: string, input: unknown): Promise<Result>;
  stop(): Promise<ChildExit>;
}

/** The browser host as a person starts it, on a free port; resolves once it prints its URL. */
async function startHost(db: string): Promise<Host> {
  let ready!: (url: URL) => void;
  const started = new Promise<URL>((resolve) => (ready = resolve));
  const child = startScript('../../../server/main.ts', ['--db', db, '--port', '0', '--no-open'], (line) => {
    const match = /running at (\S+)/.exec(line);
    if (match) ready(new URL(match[1]!));
  });
  const url = await Promise.race([started, child.exit.then((exit) => Promise.reject(new Error(`host exited: ${exit.stderr}`)))]);
  const token = new URLSearchParams(url.hash.slice(1)).get('token')!;
  return {
    async call(op, input) {
      const reply = await fetch(new URL(`${HTTP_API_PREFIX}${op}`, url.origin), {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify(input),
      });
      return (await reply.json()) as Result;
    },
    stop() {
      child.process.kill('SIGTERM');
      return child.exit;
    },
  };
}

function newWorkspace(name: string, seed: (service: ReturnType<typeof createService>) => void): string {
  const file = path.join(dir, name);
  const ws = openWorkspace(file);
  seed(createService(ws));
  ws.close();
  return file;
}

const failures = (results: Result[]) => results.flatMap((r) => (r.ok ? [] : [r.error]));

describe('two programs writing one workspace at once', () => {
  it('the browser host takes edits while the CLI imports CSV files: all succeed, the change log accounts for all', async () => {
    const materials = chainToCsv(generateChain({ facilities: 12, flows: 12 })).materials;
    const db = newWorkspace('import.db', (service) => service.run('csv.import', { materials }));
    const files = [0, 1].map((n) => {
      const csv = prefixedChainCsv(`cli${n}`, { facilities: 2_000, flows: 6_000 }, 30 + n);
      const facilities = path.join(dir, `cli${n}-facilities.csv`);
      const flows = path.join(dir, `cli${n}-flows.csv`);
      fs.writeFileSync(facilities, csv.facilities);
      fs.writeFileSync(flows, csv.flows);
      return { facilities, flows };
    });
    const host = await startHost(db);
    const imports: ChildExit[] = [];
    let importing = true;
    const cli = (async () => {
      for (const f of files) imports.push(await startNode(['bin/lodestone.mjs', '--db', db, 'import-csv', '--facilities', f.facilities, '--flows', f.flows]).exit);
      importing = false;
    })();
    const results: Result[] = [];
    let edits = 0;
    for (; importing || edits < 40; edits++) {
      results.push(await host.call('facilities.create', { id: `h-${edits}`, name: `Host ${edits}`, stage: 'mine', country: 'CA' }));
      results.push(await host.call('facilities.update', { id: `h-${edits}`, revision: 1, changes: { capacity_t: edits } }));
    }
    await cli;
    const stopped = await host.stop();

    for (const exit of imports) expect({ code: exit.code, stderr: exit.stderr }).toEqual({ code: 0, stderr: '' });
    expect(failures(results)).toEqual([]);
    expect(stopped.code).toBe(0);
    const ws = openWorkspace(db);
    try {
      expect(ws.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(ws.count('facilities')).toBe(2 * 2_000 + edits);
      expect(ws.count('flows')).toBe(2 * 6_000);
      // One batch per write: the seed, two imports, two per edit round.
      expect(ws.db.prepare('SELECT count(*) FROM change_batches').pluck().get()).toBe(1 + 2 + 2 * edits);
      expect(logMismatches(ws)).toEqual([]);
    } finally {
      ws.close();
    }
  }, 60_000);

  it('two programs incrementing one record with revision checks lose no increment', async () => {
    const db = newWorkspace('counter.db', (service) =>
      service.run('facilities.create', { id: 'counter', name: 'Counter', stage: 'mine', country: 'AU', capacity_t: 0 }),
    );
    const host = await startHost(db);
    const child = startScript('./counter-child.ts', [db, '400']);
    const results: Result[] = [];
    let childRunning = true;
    void child.exit.then(() => (childRunning = false));
    for (let i = 0; i < 60 || (childRunning && i < 2_000); i++) {
      const read = await host.call('facilities.get', { id: 'counter' });
      if (!read.ok) throw new Error(read.error.message);
      const counter = read.value as { revision: number; capacity_t: number };
      results.push(await host.call('facilities.update', { id: 'counter', revision: counter.revision, changes: { capacity_t: counter.capacity_t + 1 } }));
    }
    const exit = await child.exit;
    await host.stop();

    expect(exit.stderr).toBe('');
    const other = JSON.parse(exit.lines[0]!) as { committed: number; errors: LodestoneErrorData[] };
    const refused = [...failures(results), ...other.errors];
    for (const error of refused) expect(error).toEqual({ code: 'conflict', message: expect.stringMatching(/^This facility was changed since you opened it \(revision \d+, you had \d+\); reload it and edit again$/) });
    const committed = results.filter((r) => r.ok).length + other.committed;
    const ws = openWorkspace(db);
    try {
      expect(ws.db.pragma('integrity_check', { simple: true })).toBe('ok');
      // Every committed increment counted once: none overwrote another.
      expect(ws.get('facilities', 'counter')).toMatchObject({ capacity_t: committed, revision: 1 + committed });
      expect(ws.db.prepare(`SELECT count(*) FROM change_log WHERE record_id = 'counter' AND op = 'update'`).pluck().get()).toBe(committed);
      expect(logMismatches(ws)).toEqual([]);
    } finally {
      ws.close();
    }
  }, 60_000);
});
