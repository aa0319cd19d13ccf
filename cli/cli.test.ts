// The CLI as scripts use it: the real bin, spawned (plus in-process runs for the cheap cases).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { chainToCsv, generateChain } from '../bench/generate';
import { defaultSampleDir } from '../db/sample';
import { openWorkspace } from '../db/workspace';
import { findCommand, parseArgs, UsageError } from './args';
import { runCaptured } from './test-run';

const repo = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(repo, 'bin', 'lodestone.mjs');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-cli-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function lodestone(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: repo, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** In-process run, capturing output. */
const inProcess = (...args: string[]) => runCaptured(args);

function counts(db: string) {
  const ws = openWorkspace(db);
  try {
    return Object.fromEntries(
      ['materials', 'facilities', 'flows', 'sources', 'source_links', 'change_batches', 'change_log'].map((t) => [
        t,
        (ws.db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n,
      ]),
    );
  } finally {
    ws.close();
  }
}

const hasSample = fs.existsSync(path.join(defaultSampleDir(), 'facilities.csv'));

describe('lodestone (spawned)', () => {
  it.runIf(hasSample)('init --sample, then list --json prints the records', async () => {
    const db = path.join(tmp, 'sample.db');
    const init = lodestone('--db', db, 'init', '--sample');
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    expect(init.stdout).toMatch(/^Loaded the rare-earth sample into .*: \d+ materials, \d+ facilities, \d+ flows, \d+ sources\n$/);
    const list = lodestone('--db', db, 'list', 'facilities', '--json');
    expect(list.code).toBe(0);
    const facilities = JSON.parse(list.stdout) as { id: string; name: string; stage: string }[];
    expect(facilities.length).toBeGreaterThan(20);
    expect(facilities[0]).toHaveProperty('stage');
    // A second --sample into the now non-empty workspace is refused, and changes nothing.
    const before = counts(db);
    const again = await inProcess('--db', db, 'init', '--sample');
    expect(again.code).not.toBe(0);
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
    expect(again.stderr).toMatch(/not empty/);
    expect(counts(db)).toEqual(before);
  });

  it('import-csv then export-csv round-trips byte for byte; re-import changes nothing', async () => {
    const csv = chainToCsv(generateChain({ facilities: 150, flows: 400, seed: 3 }));
    const src = path.join(tmp, 'src');
    fs.mkdirSync(src);
    for (const [kind, text] of Object.entries(csv)) fs.writeFileSync(path.join(src, `${kind}.csv`), text);
    const a = path.join(tmp, 'a.db');
    const imported = lodestone(
      '--db', a, 'import-csv', '--json',
      '--facilities', path.join(src, 'facilities.csv'),
      '--flows', path.join(src, 'flows.csv'),
      '--materials', path.join(src, 'materials.csv'),
    );
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout).created).toMatchObject({ facilities: 150, flows: 400, materials: 15 });

    const out1 = path.join(tmp, 'out1');
    expect(lodestone('--db', a, 'export-csv', out1).code).toBe(0);
    // The rest in process (same code path, without paying a process start each).
    const b = path.join(tmp, 'b.db');
    const files = (dir: string) => ['--facilities', `${dir}/facilities.csv`, '--flows', `${dir}/flows.csv`, '--materials', `${dir}/materials.csv`];
    const text = await inProcess('--db', b, 'import-csv', ...files(out1));
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/facilities\s+150\s+150\s+0\s+0/);
    const out2 = path.join(tmp, 'out2');
    expect((await inProcess('--db', b, 'export-csv', out2)).code).toBe(0);
    for (const kind of ['facilities', 'flows', 'materials']) {
      expect(fs.readFileSync(path.join(out2, `${kind}.csv`))).toEqual(fs.readFileSync(path.join(out1, `${kind}.csv`)));
    }
    const again = await inProcess('--db', b, 'import-csv', '--json', ...files(out2));
    expect(JSON.parse(again.stdout).unchanged).toEqual({ materials: 15, facilities: 150, flows: 400 });
  });

  it('a bad file: non-zero exit, one line on stderr naming file, line and field; workspace unchanged', () => {
    const db = path.join(tmp, 'err.db');
    const good = path.join(tmp, 'good.csv');
    fs.writeFileSync(good, 'id,name,stage,country\nf1,Mountain Pass,mine,US\n');
    expect(lodestone('--db', db, 'import-csv', '--facilities', good).code).toBe(0);
    const before = counts(db);
    const bad = path.join(tmp, 'bad.csv');
    fs.writeFileSync(bad, 'id,name,stage,country,lat\nf2,Lynas,separation,MY,3.9\nf3,Somewhere,mine,US,91\n');
    const result = lodestone('--db', db, 'import-csv', '--facilities', bad);
    expect(result.code).toBe(1);
    const lines = result.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe(`lodestone: ${bad} line 3, lat: Latitude must be between -90 and 90 (found "91"); nothing was imported`);
    expect(counts(db)).toEqual(before);
  });

  it('a workspace file the failed command would have created is not left behind', () => {
    const db = path.join(tmp, 'never.db');
    const result = lodestone('--db', db, 'import-csv', '--facilities', path.join(tmp, 'missing.csv'));
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`lodestone: Cannot read ${path.join(tmp, 'missing.csv')}: no such file\n`);
    expect(fs.existsSync(db)).toBe(false);
  });
});

describe('lodestone (in process)', () => {
  it('usage errors exit 2 with one line', async () => {
    for (const args of [[], ['--db', 'x.db'], ['--db', 'x.db', 'frobnicate'], ['--db', 'x.db', 'list', 'widgets'], ['list', 'facilities'], ['--db', 'x.db', 'list', 'flows', '--color'], ['--db', 'x.db', 'export-csv']]) {
      const result = await inProcess(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.split('\n'), args.join(' ')).toHaveLength(1);
      expect(result.stderr).toMatch(/^lodestone: /);
    }
    expect(fs.existsSync('x.db')).toBe(false);
  });

  it('--help needs no workspace', async () => {
    const all = await inProcess('--help');
    expect(all.code).toBe(0);
    expect(all.stdout).toMatch(/import-csv/);
    const one = await inProcess('export-csv', '--help');
    expect(one.stdout).toMatch(/^Usage: lodestone --db FILE export-csv DIR/);
  });

  it('init creates an empty workspace; list prints aligned tables', async () => {
    const db = path.join(tmp, 'plain.db');
    expect((await inProcess('--db', db, 'init')).stdout).toMatch(/is ready \(schema \d+\): 0 materials, 0 facilities/);
    const csv = path.join(tmp, 'two.csv');
    fs.writeFileSync(csv, 'id,name,stage,country,capacity_t\nf1,Mountain Pass,mine,US,40000\nf22,"Lynas, Malaysia",separation,MY,10500\n');
    expect((await inProcess('--db', db, 'import-csv', '--facilities', csv)).code).toBe(0);
    const table = await inProcess('--db', db, 'list', 'facilities');
    expect(table.stdout.split('\n')).toEqual([
      'id   name             stage       country  status     capacity_t',
      'f1   Mountain Pass    mine        US       operating       40000',
      'f22  Lynas, Malaysia  separation  MY       operating       10500',
    ]);
    const sources = await inProcess('--db', db, 'list', 'sources', '--json');
    expect(JSON.parse(sources.stdout)).toEqual([]);
  });
});

describe('argument parser', () => {
  it('finds the command after global options with values', () => {
    const takes = (name: string) => name === 'db' || name === 'facilities';
    expect(findCommand(['--db', 'w.db', 'list', 'flows'], takes)).toBe(2);
    expect(findCommand(['--db=w.db', '--json', 'list'], takes)).toBe(2);
    expect(findCommand(['--facilities', 'f.csv', 'import-csv'], takes)).toBe(2);
    expect(findCommand(['--json'], takes)).toBe(-1);
  });

  it('parses values, flags and positionals, and refuses what it does not know', () => {
    const specs = { db: { type: 'string', description: '' }, json: { type: 'boolean', description: '' } } as const;
    expect(parseArgs(['--db', 'a b.db', 'x', '--json', '--', '--y'], specs, 't')).toEqual({
      values: { db: 'a b.db', json: true },
      positionals: ['x', '--y'],
    });
    expect(parseArgs(['--db=w.db'], specs, 't').values.db).toBe('w.db');
    expect(() => parseArgs(['--nope'], specs, 't')).toThrow(UsageError);
    expect(() => parseArgs(['--db'], specs, 't')).toThrow(/needs a value/);
    expect(() => parseArgs(['--db', 'a', '--db', 'b'], specs, 't')).toThrow(/given twice/);
    expect(() => parseArgs(['--json=1'], specs, 't')).toThrow(/takes no value/);
  });
});
