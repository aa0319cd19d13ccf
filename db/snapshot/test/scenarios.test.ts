// Saved disruption scenarios travel in snapshots: a colleague gets the "what if" with the
// chain it runs on. Exported with the part of the workspace whose records they name,
// verified, and merged by the same versions rule as every record.
import { describe, expect, it } from 'vitest';
import { canonicalJson, readSnapshotBytes, sha256Hex } from '..';
import type { ScenarioInput } from '../../model/analysis';
import type { Service } from '../../service';
import { workspacesPerTest } from '../../test/helpers';
import { b64, exportWhole, fileJson, gz, madeBefore, recordsDump, rehashed, seedTwoCountries, sharedChain } from './fixtures';

const workspace = workspacesPerTest();

type Seeded = ReturnType<typeof seedTwoCountries>;

const save = (service: Service, scenario: ScenarioInput) => service.run('scenarios.create', { scenario });

/** Baotou's separation stops: names a facility in China. */
const baotouStops = (s: Seeded): ScenarioInput => ({
  name: 'Baotou stops',
  months: 12,
  disruptions: [{ kind: 'facility', id: s.sep.id, fraction: 1, start_month: 1 }],
  notes: 'Our private reasoning',
});
/** The US stops shipping NdPr oxide: names a material. */
const oxideBan = (s: Seeded): ScenarioInput => ({ name: 'Oxide ban', disruptions: [{ kind: 'country', country: 'US', materials: [s.oxide.id], fraction: 1, start_month: 2 }] });
/** China stops all exports: names no record. */
const chinaBan: ScenarioInput = { name: 'China bans exports', disruptions: [{ kind: 'country', country: 'CN', fraction: 1, start_month: 1 }] };


const names = (service: Service) => service.run('scenarios.list', {}).map((s) => s.name);

describe('saved scenarios in snapshots', () => {
  it('go with the workspace: the colleague who merges can run them and gets the same answer; an undo takes them back', () => {
    const a = workspace();
    const s = seedTwoCountries(a.service);
    const saved = save(a.service, baotouStops(s));
    const bytes = exportWhole(a.ws);
    expect(fileJson(bytes).counts.scenarios).toBe(1);
    expect(readSnapshotBytes(bytes).records.scenarios).toEqual([saved]);

    const b = workspace();
    const diff = b.service.run('snapshot.diff', { data: b64(bytes) });
    expect(diff.added.filter((e) => e.table === 'scenarios')).toEqual([{ table: 'scenarios', id: saved.id, label: 'Baotou stops' }]);
    b.service.run('snapshot.merge', { data: b64(bytes), on_conflict: 'fail' });
    expect(b.service.run('scenarios.list', {})).toEqual([saved]);
    expect(recordsDump(b.ws)).toBe(recordsDump(a.ws));
    expect(b.service.run('scenarios.run', { id: saved.id })).toEqual(a.service.run('scenarios.run', { id: saved.id }));
    b.service.run('history.undo', {});
    expect(b.service.run('scenarios.list', {})).toEqual([]);
  });

  it('a part carries the scenarios that name nothing it leaves out; without sensitive content their notes stay behind', () => {
    const a = workspace();
    const s = seedTwoCountries(a.service);
    save(a.service, baotouStops(s));
    save(a.service, oxideBan(s));
    save(a.service, chinaBan);
    const part = (filter: object) =>
      readSnapshotBytes(Buffer.from(a.service.run('snapshot.export', { filter }).data, 'base64'))
        .records.scenarios.map((sc) => sc.name)
        .sort();
    // China's facilities: Baotou is in, the oxide (shipped from the US) is not
    expect(part({ countries: ['CN'] })).toEqual(['Baotou stops', 'China bans exports']);
    expect(part({ countries: ['US'] })).toEqual(['China bans exports']);
    // the oxide's chain: the mine, Baotou and the oxide
    expect(part({ materials: ['NdPr oxide'] })).toEqual(['Baotou stops', 'China bans exports', 'Oxide ban']);
    const bare = readSnapshotBytes(Buffer.from(a.service.run('snapshot.export', { filter: { include_sensitive: false } }).data, 'base64'));
    expect(bare.records.scenarios.map((sc) => [sc.name, sc.notes]).sort()).toEqual([
      ['Baotou stops', ''],
      ['China bans exports', ''],
      ['Oxide ban', ''],
    ]);
  });

  it('a scenario naming a record since deleted here still goes, as it would run here: with that record missing', () => {
    const a = workspace();
    const s = seedTwoCountries(a.service);
    const saved = save(a.service, { name: 'Ganzhou stops', disruptions: [{ kind: 'facility', id: s.metalPlant.id, fraction: 1, start_month: 1 }] });
    a.service.run('flows.delete', { ids: [s.f2.id] });
    a.service.run('facilities.delete', { ids: [s.metalPlant.id] });
    const bytes = exportWhole(a.ws);
    expect(a.service.run('snapshot.verify', { data: b64(bytes) })).toMatchObject({ valid: true });
    const b = workspace();
    b.service.run('snapshot.merge', { data: b64(bytes), on_conflict: 'fail' });
    expect(b.service.run('scenarios.list', {})).toEqual([saved]);
    expect(() => b.service.run('scenarios.run', { id: saved.id })).toThrow(/No facility with id or name/);
  });

  it('an edit there is a change here, its disruptions described in words; a delete there removes it; edits on both sides conflict', () => {
    const { a, b, s } = sharedChain(workspace);
    const saved = save(a.service, baotouStops(s));
    b.service.run('snapshot.merge', { data: b64(exportWhole(a.ws)), on_conflict: 'fail' });
    const edited = b.service.run('scenarios.update', {
      id: saved.id,
      scenario: { ...baotouStops(s), disruptions: [{ kind: 'facility', id: s.sep.id, fraction: 0.5, start_month: 3, end_month: 8 }] },
    });
    const diff = a.service.run('snapshot.diff', { data: b64(exportWhole(b.ws)) });
    expect(diff.changed).toHaveLength(1);
    expect(diff.changed[0]).toMatchObject({ table: 'scenarios', id: saved.id, label: 'Baotou stops' });
    expect(diff.changed[0]!.fields).toEqual([
      {
        field: 'disruptions',
        mine: saved.disruptions,
        theirs: edited.disruptions,
        mine_name: 'Baotou separation (China) stops from month 1',
        theirs_name: 'Baotou separation (China) loses 50% of its output from month 3 to month 8',
      },
    ]);
    a.service.run('snapshot.merge', { data: b64(exportWhole(b.ws)), on_conflict: 'fail' });
    expect(a.service.run('scenarios.list', {})).toEqual([edited]);

    // both edit it: a conflict, settled by the choice
    a.service.run('scenarios.update', { id: saved.id, scenario: { ...baotouStops(s), name: 'Baotou stops (A)' } });
    b.service.run('scenarios.update', { id: saved.id, scenario: { ...baotouStops(s), name: 'Baotou stops (B)' } });
    const both = b64(exportWhole(b.ws));
    expect(a.service.run('snapshot.diff', { data: both }).conflicting.map((c) => c.id)).toEqual([saved.id]);
    expect(() => a.service.run('snapshot.merge', { data: both, on_conflict: 'fail' })).toThrow(/changed on both sides, first scenario "Baotou stops \(A\)"/);
    a.service.run('snapshot.merge', { data: both, on_conflict: 'theirs' });
    expect(names(a.service)).toEqual(['Baotou stops (B)']);

    // B deletes it: removed here
    b.service.run('scenarios.delete', { id: saved.id });
    const gone = b64(exportWhole(b.ws));
    expect(a.service.run('snapshot.diff', { data: gone }).removed).toEqual([{ table: 'scenarios', id: saved.id, label: 'Baotou stops (B)' }]);
    a.service.run('snapshot.merge', { data: gone, on_conflict: 'fail' });
    expect(names(a.service)).toEqual([]);
  });

  it('a ban of a material the workspace has under another id names that material once merged', () => {
    const a = workspace();
    const s = seedTwoCountries(a.service);
    save(a.service, oxideBan(s));
    const b = workspace();
    const ours = b.service.run('materials.create', { name: 'NdPr oxide', form: 'oxide' });
    b.service.run('snapshot.merge', { data: b64(exportWhole(a.ws)), on_conflict: 'fail' });
    const [merged] = b.service.run('scenarios.list', {});
    expect(merged!.disruptions).toEqual([{ kind: 'country', country: 'US', materials: [ours.id], fraction: 1, start_month: 2 }]);
    expect(b.service.run('scenarios.run', { id: merged!.id }).facilities.length).toBeGreaterThan(0);
  });

  it('a file from before snapshots carried scenarios verifies and merges, and removes no scenario here', () => {
    const { a, b, s } = sharedChain(workspace);
    save(a.service, chinaBan);
    b.service.run('snapshot.merge', { data: b64(exportWhole(a.ws)), on_conflict: 'fail' });
    b.service.run('facilities.update', { id: s.sep.id, changes: { capacity_t: 45000 } });
    const old = madeBefore('scenarios', exportWhole(b.ws));
    expect(readSnapshotBytes(old).counts.scenarios).toBeUndefined();
    const diff = a.service.run('snapshot.diff', { data: b64(old) });
    expect(diff.removed).toEqual([]);
    expect(diff.changed.map((c) => c.id)).toEqual([s.sep.id]);
    a.service.run('snapshot.merge', { data: b64(old), on_conflict: 'fail' });
    expect(names(a.service)).toEqual(['China bans exports']);
  });

  it('refuses a scenario that is not one, in one line naming it, and a list or a count without the other', () => {
    const a = workspace();
    const s = seedTwoCountries(a.service);
    const saved = save(a.service, baotouStops(s));
    const json = fileJson(exportWhole(a.ws));
    const refused = (bytes: Buffer) => {
      const result = a.service.run('snapshot.verify', { data: b64(bytes) });
      if (result.valid) throw new Error('accepted');
      expect(result.message).not.toMatch(/\n/);
      return result.message.replace(/^snapshot\.lodestone: /, '');
    };
    const edit = (change: (sc: Record<string, unknown>) => void) => refused(rehashed(json, (r) => change(r.scenarios![0]!)));
    expect(edit((sc) => (sc.disruptions = [{ kind: 'facility', id: s.sep.id, fraction: 1, start_month: 5, end_month: 2 }]))).toBe(
      `scenarios[0] (id "${saved.id}"): disruptions.0.end_month: End month 2 is before start month 5`,
    );
    expect(edit((sc) => (sc.months = 0))).toMatch(/^scenarios\[0\] .*months: Months counts from 1$/);
    expect(edit((sc) => (sc.disruptions = [{ kind: 'meteor', fraction: 1, start_month: 1 }]))).toMatch(/^scenarios\[0\] .*Disruption kind must be one of/);
    expect(edit((sc) => (sc.name = ' '))).toMatch(/^scenarios\[0\] .*name: Name is required$/);
    expect(refused(rehashed(json, (r) => r.scenarios!.push({ ...r.scenarios![0]! })))).toMatch(/Duplicate id .* in scenarios/);

    const noCount = structuredClone(json);
    delete noCount.counts.scenarios;
    expect(refused(gz(noCount))).toBe("The snapshot's counts say nothing of its scenarios");
    const noList = structuredClone(json);
    delete noList.records.scenarios;
    noList.sha256 = sha256Hex(canonicalJson(noList.records));
    expect(refused(gz(noList))).toBe('The snapshot\'s records have no "scenarios" list');
  });
});
