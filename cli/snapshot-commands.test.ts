// The snapshot and graph commands as scripts use them (interfaces.md): exit status, one-line
// errors, files written, workspace unchanged after a refusal.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openWorkspace } from '../db/workspace';
import { runCaptured } from './test-run';
import { SNAPSHOT_TABLES } from '../db/model/snapshot';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-cli-snap-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const lodestone = (...args: string[]) => runCaptured(args);

function dump(db: string): string {
  const ws = openWorkspace(db);
  try {
    return SNAPSHOT_TABLES.map((t) => JSON.stringify(ws.db.prepare(`SELECT * FROM ${t} ORDER BY id`).all())).join('\n');
  } finally {
    ws.close();
  }
}

async function seeded(name: string): Promise<string> {
  const db = path.join(tmp, `${name}.db`);
  const csv = path.join(tmp, `${name}-facilities.csv`);
  fs.writeFileSync(csv, 'id,name,stage,country\nf1,Mountain Pass,mine,US\nf2,Baotou,separation,CN\nf3,Ganzhou,metal,CN\n');
  const flows = path.join(tmp, `${name}-flows.csv`);
  fs.writeFileSync(flows, 'id,from,to,material,volume_t\ng1,f1,f2,NdPr oxide,1000\ng2,f2,f3,NdPr metal,400\n');
  expect((await lodestone('--db', db, 'import-csv', '--facilities', csv, '--flows', flows)).code).toBe(0);
  return db;
}

describe('snapshot commands', () => {
  it('export-snapshot, verify-snapshot, import-snapshot into an empty workspace, then diff-snapshot shows nothing', async () => {
    const a = await seeded('a');
    const file = path.join(tmp, 'a.lodestone');
    const exported = await lodestone('--db', a, 'export-snapshot', file, '--author', 'Ann');
    expect(exported).toMatchObject({ code: 0, stderr: '' });
    expect(exported.stdout).toMatch(/^Wrote .*a\.lodestone: 3 facilities, 2 flows, 2 materials, 0 sources/);
    const verified = await lodestone('--db', a, 'verify-snapshot', file, '--json');
    expect(verified.code).toBe(0);
    expect(JSON.parse(verified.stdout)).toMatchObject({ valid: true, author: 'Ann', counts: { facilities: 3 } });
    const b = path.join(tmp, 'b.db');
    const imported = await lodestone('--db', b, 'import-snapshot', file, '--on-conflict', 'fail', '--json');
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ added: 7, changed: 0 });
    expect(dump(b)).toBe(dump(a));
    const diff = await lodestone('--db', b, 'diff-snapshot', file, '--json');
    expect(JSON.parse(diff.stdout)).toMatchObject({ added: [], changed: [], removed: [], conflicting: [], unchanged: 7 });
  });

  it('a reviewed finding goes with the snapshot: export and verify count the review, and the workspace that imports it has the finding reviewed', async () => {
    const a = await seeded('reviews');
    expect((await lodestone('--db', a, 'check', '--review', 'dead-end:f3', '--note', 'Sells to magnet makers we do not map')).code).toBe(0);
    const file = path.join(tmp, 'reviews.lodestone');
    const exported = await lodestone('--db', a, 'export-snapshot', file);
    expect(exported.stdout).toMatch(/: 3 facilities, 2 flows, 2 materials, 0 sources, 1 check reviews \(\d+ bytes\)$/m);
    expect((await lodestone('verify-snapshot', file)).stdout).toMatch(/; 3 facilities, 2 flows, 2 materials, 0 sources, 1 check reviews$/m);
    const b = path.join(tmp, 'reviews-b.db');
    expect((await lodestone('--db', b, 'import-snapshot', file, '--on-conflict', 'fail')).code).toBe(0);
    expect(dump(b)).toBe(dump(a));
    expect((await lodestone('--db', b, 'check')).stdout).toContain('Sells to magnet makers we do not map');
  });

  it('a scenario saved by `scenario save` goes with the snapshot: export and verify count it, and the workspace that imports it can run it', async () => {
    const a = await seeded('scenarios');
    const definition = path.join(tmp, 'baotou.json');
    fs.writeFileSync(definition, JSON.stringify({ name: 'Baotou stops', months: 6, disruptions: [{ kind: 'facility', id: 'Baotou', fraction: 1, start_month: 2 }] }));
    const saved = await lodestone('--db', a, 'scenario', 'save', definition);
    expect(saved.stdout).toMatch(/^Saved scenario "Baotou stops" \(id [0-9a-f-]{36}\), 1 disruption\(s\) over 6 months$/m);
    const file = path.join(tmp, 'scenarios.lodestone');
    expect((await lodestone('--db', a, 'export-snapshot', file)).stdout).toMatch(/: 3 facilities, 2 flows, 2 materials, 0 sources, 1 scenarios \(\d+ bytes\)$/m);
    expect((await lodestone('verify-snapshot', file)).stdout).toMatch(/; 3 facilities, 2 flows, 2 materials, 0 sources, 1 scenarios$/m);
    const b = path.join(tmp, 'scenarios-b.db');
    expect((await lodestone('--db', b, 'import-snapshot', file, '--on-conflict', 'fail')).code).toBe(0);
    expect(dump(b)).toBe(dump(a));

    // B replaces it (a file with its id): A's diff names the change in words
    const id = /\(id ([0-9a-f-]{36})\)/.exec(saved.stdout)![1]!;
    fs.writeFileSync(definition, JSON.stringify({ id, name: 'Baotou stops', months: 6, disruptions: [{ kind: 'facility', id: 'Baotou', fraction: 0.5, start_month: 2 }] }));
    expect((await lodestone('--db', b, 'scenario', 'save', definition)).stdout).toMatch(/^Replaced scenario "Baotou stops" \(id /);
    const fromB = path.join(tmp, 'scenarios-from-b.lodestone');
    await lodestone('--db', b, 'export-snapshot', fromB);
    const diff = (await lodestone('--db', a, 'diff-snapshot', fromB)).stdout;
    expect(diff).toMatch(/^added 0, changed 1, /);
    expect(diff).toContain(`~ scenarios ${id} "Baotou stops"`);
    expect(diff).toMatch(/disruptions: \[.*\] \(Baotou \(China\) stops from month 2\) -> \[.*\] \(Baotou \(China\) loses 50% of its output from month 2\)$/m);

    // a scenario naming a facility the workspace lacks is refused, naming the file and the field
    fs.writeFileSync(definition, JSON.stringify({ name: 'Nowhere stops', disruptions: [{ kind: 'facility', id: 'Nowhere', fraction: 1, start_month: 1 }] }));
    const refused = await lodestone('--db', b, 'scenario', 'save', definition);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr.trim()).toBe(`lodestone: ${definition}: disruptions.0.id: No facility with id or name "Nowhere"`);
  });

  it('a subset by country and stage, without sensitive content', async () => {
    const a = await seeded('c');
    const file = path.join(tmp, 'cn.lodestone');
    const out = await lodestone('--db', a, 'export-snapshot', file, '--countries', 'CN', '--stages', 'separation,metal', '--no-sensitive', '--json');
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ counts: { facilities: 2, flows: 1, materials: 1 }, filter: { countries: ['CN'], include_sensitive: false } });
  });

  it('a conflict with --on-conflict fail exits non-zero with one line and changes nothing; theirs takes it', async () => {
    const a = await seeded('d');
    const file = path.join(tmp, 'd.lodestone');
    await lodestone('--db', a, 'export-snapshot', file);
    const b = path.join(tmp, 'e.db');
    await lodestone('--db', b, 'import-snapshot', file, '--on-conflict', 'fail');
    // both sides edit f2 after the exchange
    for (const [db, operator] of [[a, 'Baogang'], [b, 'Northern']] as const) {
      const csv = path.join(tmp, `edit-${operator}.csv`);
      fs.writeFileSync(csv, `id,name,stage,country,operator\nf2,Baotou,separation,CN,${operator}\n`);
      expect((await lodestone('--db', db, 'import-csv', '--facilities', csv)).code).toBe(0);
    }
    const fromB = path.join(tmp, 'from-b.lodestone');
    await lodestone('--db', b, 'export-snapshot', fromB);
    const diff = await lodestone('--db', a, 'diff-snapshot', fromB);
    expect(diff.stdout).toMatch(/conflicting 1/);
    expect(diff.stdout).toMatch(/operator: "Baogang" -> "Northern"/);
    const before = dump(a);
    const failed = await lodestone('--db', a, 'import-snapshot', fromB, '--on-conflict', 'fail');
    expect(failed.code).toBe(1);
    expect(failed.stderr.trim().split('\n')).toHaveLength(1);
    expect(failed.stderr).toMatch(/changed on both sides.*"Baotou".*nothing was merged/);
    expect(dump(a)).toBe(before);
    expect((await lodestone('--db', a, 'import-snapshot', fromB, '--on-conflict', 'theirs')).code).toBe(0);
    expect(dump(a)).toBe(dump(b));
  });

  it('diff-snapshot names a flow by its ends and material, and a changed end by the facility it points to', async () => {
    const a = await seeded('n');
    const file = path.join(tmp, 'n.lodestone');
    await lodestone('--db', a, 'export-snapshot', file);
    const b = path.join(tmp, 'n-copy.db');
    await lodestone('--db', b, 'import-snapshot', file, '--on-conflict', 'fail');
    // there, g2 now goes from Mountain Pass instead of Baotou
    const flows = path.join(tmp, 'n-flows.csv');
    fs.writeFileSync(flows, 'id,from,to,material,volume_t\ng2,f1,f3,NdPr metal,400\n');
    expect((await lodestone('--db', a, 'import-csv', '--flows', flows)).code).toBe(0);
    await lodestone('--db', a, 'export-snapshot', file);
    const diff = await lodestone('--db', b, 'diff-snapshot', file);
    expect(diff.stdout.split('\n').slice(1)).toEqual(['~ flows g2 "Mountain Pass → Ganzhou · NdPr metal"', '    from_id: "f2" (Baotou) -> "f1" (Mountain Pass)']);
  });

  it('bad files: verify exits 1 with one line naming the file and the problem; import changes nothing', async () => {
    const a = await seeded('f');
    const bad = path.join(tmp, 'bad.lodestone');
    fs.writeFileSync(bad, 'not a snapshot at all');
    const verified = await lodestone('verify-snapshot', bad);
    expect(verified).toMatchObject({ code: 1, stderr: 'lodestone: bad.lodestone: The file is not a Lodestone snapshot: it is not gzip-compressed' });
    const before = dump(a);
    expect((await lodestone('--db', a, 'import-snapshot', bad, '--on-conflict', 'theirs')).code).toBe(1);
    expect(dump(a)).toBe(before);
    expect((await lodestone('--db', a, 'import-snapshot', bad)).code).toBe(2); // --on-conflict is required
    expect((await lodestone('verify-snapshot', path.join(tmp, 'missing.lodestone'))).stderr).toMatch(/no such file/);
  });

  it('export-graph writes the format its extension names', async () => {
    const a = await seeded('g');
    for (const ext of ['graphml', 'gexf', 'cyjs']) {
      const file = path.join(tmp, `chain.${ext}`);
      expect((await lodestone('--db', a, 'export-graph', file)).code).toBe(0);
      const text = fs.readFileSync(file, 'utf8');
      if (ext === 'cyjs') expect(JSON.parse(text).elements.nodes).toHaveLength(3);
      else expect(text.match(/<node /g)).toHaveLength(3);
    }
    const wrong = await lodestone('--db', a, 'export-graph', path.join(tmp, 'chain.xml'));
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/name it \.graphml, \.gexf or \.cyjs/);
  });
});
