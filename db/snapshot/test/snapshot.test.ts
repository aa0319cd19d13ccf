// Export, verify, diff and merge of snapshots, end to end through the service.
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { canonicalJson, mergeSnapshot, readSnapshotBytes, sha256Hex } from '..';
import { createService } from '../../service';
import { openWorkspace } from '../../workspace';
import { MAX_SNAPSHOT_BASE64 } from '../../model/snapshot';
import { MAX_BODY_BYTES } from '../../../server/host';
import { workspacesPerTest } from '../../test/helpers';
import { b64, exportWhole, recordsDump, seedTwoCountries, sharedChain } from './fixtures';

const workspace = workspacesPerTest();

describe('snapshot export', () => {
  it('writes the interfaces.md format: gzip JSON whose sha256 is the canonical JSON of records', () => {
    const a = workspace();
    seedTwoCountries(a.service);
    const out = a.service.run('snapshot.export', { author: 'Ann' });
    expect(out.file_name).toMatch(/^workspace-\d{4}-\d{2}-\d{2}\.lodestone$/);
    const json = JSON.parse(gunzipSync(Buffer.from(out.data, 'base64')).toString('utf8'));
    expect(Object.keys(json).sort()).toEqual(['author', 'counts', 'created_at', 'filter', 'format', 'records', 'sha256', 'version', 'workspace_id']);
    expect(json).toMatchObject({ format: 'lodestone-snapshot', version: 1, author: 'Ann', workspace_id: a.ws.meta('workspace_id') });
    expect(json.counts).toEqual({ materials: 2, sources: 2, facilities: 3, flows: 2, source_links: 2, check_reviews: 0, scenarios: 0 });
    expect(json.sha256).toBe(sha256Hex(canonicalJson(json.records)));
    // canonical: sorted keys, no spaces, so the hash can be recomputed by any JSON tool
    expect(canonicalJson(json.records)).toBe(JSON.stringify(json.records));
    expect(a.service.run('snapshot.history', {})[0]).toMatchObject({ action: 'export', author: 'Ann' });
  });

  it('round trip: export, then import into an empty workspace, gives identical records', () => {
    const a = workspace();
    seedTwoCountries(a.service);
    const b = workspace();
    const report = b.service.run('snapshot.merge', { data: b64(exportWhole(a.ws)), on_conflict: 'fail' });
    expect(report.added).toBe(11);
    expect(recordsDump(b.ws)).toBe(recordsDump(a.ws));
    expect(fs.existsSync(report.backup_path!)).toBe(true);
  });

  it('a subset keeps facilities of the countries and stages, flows with both ends in, and what they use', () => {
    const a = workspace();
    const s = seedTwoCountries(a.service);
    const cn = a.service.run('snapshot.export', { filter: { countries: ['cn'] } });
    const records = readSnapshotBytes(Buffer.from(cn.data, 'base64')).records;
    expect(records.facilities.map((f) => f.name).sort()).toEqual(['Baotou separation', 'Ganzhou metal']);
    expect(records.flows.map((f) => f.id)).toEqual([s.f2.id]);
    expect(records.materials.map((m) => m.name)).toEqual(['NdPr metal']);
    expect(records.sources.map((x) => x.title)).toEqual(['Field report']);
    const byMaterial = readSnapshotBytes(Buffer.from(a.service.run('snapshot.export', { filter: { materials: ['ndpr oxide'] } }).data, 'base64')).records;
    expect(byMaterial.flows.map((f) => f.id)).toEqual([s.f1.id]);
    expect(byMaterial.facilities.map((f) => f.name).sort()).toEqual(['Baotou separation', 'Mountain Pass']);
    expect(() => a.service.run('snapshot.export', { filter: { materials: ['Unobtainium'] } })).toThrow(/No material "Unobtainium"/);
  });

  it('without sensitive content: no notes, no sensitive source or its links', () => {
    const a = workspace();
    seedTwoCountries(a.service);
    const out = a.service.run('snapshot.export', { filter: { include_sensitive: false } });
    const records = readSnapshotBytes(Buffer.from(out.data, 'base64')).records;
    expect(records.sources.map((s) => s.title)).toEqual(['USGS 2024']);
    expect(records.source_links).toHaveLength(1);
    expect([...records.facilities, ...records.materials].every((r) => r.notes === '')).toBe(true);
    // merging it back leaves the notes here alone (the snapshot says nothing about them)
    const diff = a.service.run('snapshot.diff', { data: out.data });
    expect(diff).toMatchObject({ added: [], changed: [], conflicting: [], removed: [] });
  });

  it('the browser host accepts a request holding the largest snapshot', () => {
    expect(MAX_BODY_BYTES).toBeGreaterThan(MAX_SNAPSHOT_BASE64 + 1024);
  });
});

describe('snapshot diff and merge', () => {
  const shared = () => sharedChain(workspace);

  it('a change made only there is "changed", field by field, and merges as theirs', () => {
    const { a, b, s } = shared();
    b.service.run('facilities.update', { id: s.sep.id, changes: { capacity_t: 45000, status: 'idle' } });
    const fromB = b64(exportWhole(b.ws, 'Bob'));
    const diff = a.service.run('snapshot.diff', { data: fromB });
    expect(diff.conflicting).toEqual([]);
    expect(diff.changed).toHaveLength(1);
    expect(diff.changed[0]).toMatchObject({ table: 'facilities', id: s.sep.id, mine_revision: 1, theirs_revision: 2 });
    expect(diff.changed[0]!.fields).toEqual([
      { field: 'status', mine: 'operating', theirs: 'idle' },
      { field: 'capacity_t', mine: null, theirs: 45000 },
    ]);
    a.service.run('snapshot.merge', { data: fromB, on_conflict: 'fail' });
    expect(recordsDump(a.ws)).toBe(recordsDump(b.ws));
  });

  it('a change made only here is "newer here" and is kept', () => {
    const { a, b, s } = shared();
    a.service.run('facilities.update', { id: s.sep.id, changes: { name: 'Baotou (renamed here)' } });
    const diff = a.service.run('snapshot.diff', { data: b64(exportWhole(b.ws)) });
    expect(diff.newer_here.map((e) => e.id)).toEqual([s.sep.id]);
    expect(diff.changed).toEqual([]);
    const report = a.service.run('snapshot.merge', { data: b64(exportWhole(b.ws)), on_conflict: 'fail' });
    expect(report).toMatchObject({ added: 0, changed: 0, batch_id: null });
    expect(a.service.run('facilities.get', { id: s.sep.id }).name).toBe('Baotou (renamed here)');
  });

  it('changed on both sides is a conflict: fail refuses, mine keeps, theirs takes, choices decide per record', () => {
    const { a, b, s } = shared();
    a.service.run('facilities.update', { id: s.mine.id, changes: { operator: 'MP Materials' } });
    b.service.run('facilities.update', { id: s.mine.id, changes: { operator: 'Molycorp' } });
    b.service.run('facilities.update', { id: s.sep.id, changes: { operator: 'Baogang' } });
    a.service.run('facilities.update', { id: s.sep.id, changes: { operator: 'Northern RE' } });
    const data = b64(exportWhole(b.ws));
    const diff = a.service.run('snapshot.diff', { data });
    expect(diff.conflicting.map((c) => c.id).sort()).toEqual([s.mine.id, s.sep.id].sort());
    const before = recordsDump(a.ws);
    expect(() => a.service.run('snapshot.merge', { data, on_conflict: 'fail' })).toThrow(/2 record\(s\) changed on both sides.*nothing was merged/);
    expect(recordsDump(a.ws)).toBe(before);
    const report = a.service.run('snapshot.merge', { data, on_conflict: 'mine', choices: { [s.mine.id]: 'theirs' } });
    expect(report.conflicts).toEqual({ theirs: 1, mine: 1 });
    expect(a.service.run('facilities.get', { id: s.mine.id }).operator).toBe('Molycorp');
    expect(a.service.run('facilities.get', { id: s.sep.id }).operator).toBe('Northern RE');
    // having seen their version of sep and kept mine, the next diff no longer calls it a conflict
    expect(a.service.run('snapshot.diff', { data }).conflicting).toEqual([]);
  });

  it('another program changing the workspace between planning and writing: the merge plans again and keeps its change', () => {
    const { a, b, s } = shared();
    b.service.run('facilities.update', { id: s.sep.id, changes: { capacity_t: 45000 } });
    const snapshot = readSnapshotBytes(exportWhole(b.ws));
    const other = openWorkspace(a.file); // a second connection: another program, as far as SQLite knows
    let edits = 0;
    const report = mergeSnapshot(a.ws, snapshot, {
      onConflict: 'mine',
      fileName: 'b.lodestone',
      author: 'Bob',
      afterPlanning: () => {
        // first plan: sep "changed" there only; the other program's edit makes it a conflict
        if (edits++ === 0) createService(other).run('facilities.update', { id: s.sep.id, changes: { operator: 'Northern RE' } });
      },
    });
    other.close();
    expect(edits).toBe(2);
    // the stale plan would have written their sep over the other program's edit
    expect(report.conflicts).toEqual({ theirs: 0, mine: 1 });
    expect(report.changed).toBe(0);
    expect(a.service.run('facilities.get', { id: s.sep.id })).toMatchObject({ operator: 'Northern RE', capacity_t: null });
    // the first plan's backup (taken before the other program's edit) is gone; the second
    // plan writes nothing, so takes none
    expect(report.backup_path).toBeNull();
    expect(backupsOf(a.file)).toEqual([]);
  });

  it('a merge that another program keeps outrunning is refused with a message, nothing merged', () => {
    const { a, b, s } = shared();
    b.service.run('facilities.update', { id: s.mine.id, changes: { capacity_t: 1 } });
    const snapshot = readSnapshotBytes(exportWhole(b.ws));
    const other = createService(openWorkspace(a.file));
    let n = 0;
    const before = recordsDump(a.ws);
    expect(() =>
      mergeSnapshot(a.ws, snapshot, {
        onConflict: 'theirs',
        fileName: 'b.lodestone',
        author: 'Bob',
        afterPlanning: () => other.run('facilities.update', { id: s.sep.id, changes: { notes: `edit ${++n}` } }),
      }),
    ).toThrow(/kept changing the workspace.*nothing was merged/);
    const after = recordsDump(a.ws);
    expect(after).not.toBe(before); // the other program's edits landed
    expect(a.service.run('facilities.get', { id: s.mine.id }).capacity_t).toBeNull();
    expect(backupsOf(a.file)).toEqual([]);
  });

  it('a record deleted there is "removed" and goes, unless records that stay still use it', () => {
    const { a, b, s } = shared();
    b.service.run('flows.delete', { ids: [s.f2.id] });
    b.service.run('facilities.delete', { ids: [s.metalPlant.id] });
    b.service.run('facilities.delete', { ids: [s.mine.id] });
    a.service.run('flows.create', { from_id: s.sep.id, to_id: s.mine.id, material_id: s.oxide.id }); // new here, uses the mine
    // A review here of the metal plant (its material goes no further) goes with it.
    a.service.run('checks.review', { findings: [{ check: 'dead-end', record_id: s.metalPlant.id }], note: 'Stock' });
    const data = b64(exportWhole(b.ws));
    const diff = a.service.run('snapshot.diff', { data });
    const linkOfMine = a.service.run('sources.links', { record_type: 'facility', record_id: s.mine.id })[0]!;
    expect(diff.removed.map((r) => r.id).sort()).toEqual([s.f1.id, s.f2.id, s.metalPlant.id, s.mine.id, linkOfMine.id].sort());
    const report = a.service.run('snapshot.merge', { data, on_conflict: 'fail' });
    expect(report.kept_in_use.map((k) => k.id)).toEqual([s.mine.id]);
    expect(a.ws.get('facilities', s.metalPlant.id)).toBeUndefined();
    expect(a.ws.get('facilities', s.mine.id)).toBeDefined();
    expect(a.service.run('checks.reviews', {})).toEqual([]);
    const changes = a.service.run('history.changes', { batch_id: report.batch_id! });
    expect(changes.entries.filter((e) => e.table === 'check_reviews').map((e) => [e.op, e.label])).toEqual([['delete', 'Receives but ships nothing: Ganzhou metal']]);
  });

  it('a merge is one undoable step, recorded in the history; after undo its changes are offered again', () => {
    const { a, b, s } = shared();
    b.service.run('facilities.update', { id: s.mine.id, changes: { country: 'AU' } });
    b.service.run('facilities.create', { name: 'Lynas Kalgoorlie', stage: 'concentrator', country: 'AU' });
    const data = b64(exportWhole(b.ws));
    const before = recordsDump(a.ws);
    const report = a.service.run('snapshot.merge', { data, file_name: 'from-bob.lodestone', on_conflict: 'fail', author: 'Ann' });
    expect(report).toMatchObject({ added: 1, changed: 1 });
    expect(a.service.run('workspace.info', {}).undo).toBe('Merge snapshot "from-bob.lodestone" from "Ann"');
    const history = a.service.run('snapshot.history', {});
    expect(history[0]).toMatchObject({ action: 'merge', file_name: 'from-bob.lodestone', author: 'Ann', batch_state: 'done', counts: { added: 1, changed: 1 } });
    a.service.run('history.undo', {});
    expect(recordsDump(a.ws)).toBe(before);
    const again = a.service.run('snapshot.diff', { data });
    expect(again.changed.map((c) => c.id)).toEqual([s.mine.id]);
    expect(again.added.map((c) => c.label)).toEqual(['Lynas Kalgoorlie']);
  });

  it('a material named the same here under another id is matched, and their references follow it', () => {
    const a = workspace();
    const oxideHere = a.service.run('materials.create', { name: 'NdPr oxide', form: 'oxide' });
    const b = workspace();
    seedTwoCountries(b.service);
    const data = b64(exportWhole(b.ws));
    const diff = a.service.run('snapshot.diff', { data });
    expect(diff.matched_by_name).toEqual([{ theirs_id: expect.any(String), mine_id: oxideHere.id, name: 'NdPr oxide' }]);
    a.service.run('snapshot.merge', { data, on_conflict: 'fail' });
    expect(a.service.run('materials.list', {})).toHaveLength(2);
    expect(a.service.run('flows.list', {}).filter((f) => f.material_id === oxideHere.id)).toHaveLength(1);
  });

  it('a citation made there of a record deleted here is not written, unless the merge brings the record back', () => {
    const cite = () => {
      const { a, b, s } = shared();
      a.service.run('flows.delete', { ids: [s.f2.id] });
      a.service.run('facilities.delete', { ids: [s.metalPlant.id] });
      b.service.run('sources.link', { source_id: s.open.id, record_type: 'facility', record_id: s.metalPlant.id });
      return { a, s, data: b64(exportWhole(b.ws)) };
    };
    const linksOf = (ws: { db: { prepare(sql: string): { all(id: string): unknown[] } } }, id: string) => ws.db.prepare('SELECT id FROM source_links WHERE record_id = ?').all(id);
    const left = cite();
    expect(left.a.service.run('snapshot.merge', { data: left.data, on_conflict: 'fail' }).added).toBe(0);
    expect(linksOf(left.a.ws, left.s.metalPlant.id)).toEqual([]);
    const back = cite();
    back.a.service.run('snapshot.merge', { data: back.data, on_conflict: 'fail', choices: { [back.s.metalPlant.id]: 'theirs', [back.s.f2.id]: 'theirs' } });
    expect(linksOf(back.a.ws, back.s.metalPlant.id)).toHaveLength(1);
  });

  it('a citation made there of a source deleted here is not written, unless the merge brings the source back', () => {
    const cite = () => {
      const { a, b, s } = shared();
      a.service.run('sources.delete', { id: s.open.id });
      b.service.run('sources.link', { source_id: s.open.id, record_type: 'facility', record_id: s.metalPlant.id });
      return { a, s, data: b64(exportWhole(b.ws)) };
    };
    const citing = (ws: { db: { prepare(sql: string): { all(id: string): unknown[] } } }, id: string) => ws.db.prepare('SELECT id FROM source_links WHERE source_id = ?').all(id);
    const left = cite();
    expect(left.a.service.run('snapshot.merge', { data: left.data, on_conflict: 'fail' }).added).toBe(0);
    expect(citing(left.a.ws, left.s.open.id)).toEqual([]);
    const back = cite();
    back.a.service.run('snapshot.merge', { data: back.data, on_conflict: 'fail', choices: { [back.s.open.id]: 'theirs' } });
    expect(citing(back.a.ws, back.s.open.id)).toHaveLength(1);
  });

  it('a flow added there to a facility deleted here brings the facility back, said so in the diff; declined, the flow stays out too', () => {
    const addedToDeleted = () => {
      const { a, b, s } = shared();
      a.service.run('flows.delete', { ids: [s.f2.id] });
      a.service.run('facilities.delete', { ids: [s.metalPlant.id] });
      const flow = b.service.run('flows.create', { from_id: s.mine.id, to_id: s.metalPlant.id, material_id: s.oxide.id, volume_t: 5 });
      return { a, s, flow, data: b64(exportWhole(b.ws)) };
    };
    const back = addedToDeleted();
    const diff = back.a.service.run('snapshot.diff', { data: back.data });
    expect(diff.added.map((e) => e.label)).toEqual(['Mountain Pass → Ganzhou metal · NdPr oxide']);
    expect(diff.brought_back).toEqual([{ table: 'facilities', id: back.s.metalPlant.id, label: 'Ganzhou metal' }]);
    expect(diff.deleted_here.map((e) => e.id)).toEqual([back.s.f2.id]); // the old flow stays deleted
    const report = back.a.service.run('snapshot.merge', { data: back.data, on_conflict: 'fail' });
    expect(report).toMatchObject({ added: 2, brought_back: [{ id: back.s.metalPlant.id }], left_out: [] });
    expect(back.a.ws.get('flows', back.flow.id)?.to_id).toBe(back.s.metalPlant.id);
    expect(back.a.service.run('facilities.get', { id: back.s.metalPlant.id }).name).toBe('Ganzhou metal');
    back.a.service.run('history.undo', {});
    expect(() => back.a.service.run('facilities.get', { id: back.s.metalPlant.id })).toThrow();

    const declined = addedToDeleted();
    const kept = declined.a.service.run('snapshot.merge', { data: declined.data, on_conflict: 'fail', choices: { [declined.s.metalPlant.id]: 'mine' } });
    expect(kept).toMatchObject({ added: 0, brought_back: [], left_out: [{ table: 'flows', id: declined.flow.id, label: 'Mountain Pass → Ganzhou metal · NdPr oxide' }] });
    expect(declined.a.ws.get('flows', declined.flow.id)).toBeUndefined();

    // a flow changed there to end at the facility deleted here: the same, and declined, mine stays
    const { a, b, s } = shared();
    a.service.run('flows.delete', { ids: [s.f2.id] });
    a.service.run('facilities.delete', { ids: [s.metalPlant.id] });
    b.service.run('flows.update', { id: s.f1.id, changes: { to_id: s.metalPlant.id } });
    const moved = b64(exportWhole(b.ws));
    expect(a.service.run('snapshot.diff', { data: moved }).brought_back.map((e) => e.id)).toEqual([s.metalPlant.id]);
    const keptMine = a.service.run('snapshot.merge', { data: moved, on_conflict: 'fail', choices: { [s.metalPlant.id]: 'mine' } });
    expect(keptMine).toMatchObject({ changed: 0, left_out: [{ table: 'flows', id: s.f1.id }] });
    expect(a.ws.get('flows', s.f1.id)?.to_id).toBe(s.sep.id);
  });

  it('open returns a verified snapshot\'s records without touching the workspace', () => {
    const a = workspace();
    seedTwoCountries(a.service);
    const b = workspace();
    const before = recordsDump(b.ws);
    const opened = b.service.run('snapshot.open', { data: b64(exportWhole(a.ws)) });
    expect(opened.records.facilities.map((f) => f.name).sort()).toEqual(['Baotou separation', 'Ganzhou metal', 'Mountain Pass']);
    expect(opened.header.counts.flows).toBe(2);
    expect(recordsDump(b.ws)).toBe(before);
  });
});

/** The merge backups beside a workspace file. */
function backupsOf(file: string): string[] {
  const dir = path.dirname(file);
  return fs.readdirSync(dir).filter((name) => name.startsWith(`${path.basename(file)}.before-merge-`));
}
