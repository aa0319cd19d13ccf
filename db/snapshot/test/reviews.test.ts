// Check reviews travel in snapshots: exported with the records they review, verified, and
// merged by the same rule as every record, with one review per finding on either side.
import { describe, expect, it } from 'vitest';
import { readSnapshotBytes } from '..';
import type { Service } from '../../service';
import { workspacesPerTest } from '../../test/helpers';
import { b64, exportWhole, fileJson, gz, madeBefore, recordsDump, rehashed, seedTwoCountries, sharedChain } from './fixtures';

const workspace = workspacesPerTest();

/** Marks the dead end at Ganzhou metal (the one finding of seedTwoCountries) reviewed. */
function reviewDeadEnd(service: Service, metalPlantId: string, note = 'Sells to domestic magnet makers we do not map') {
  service.run('checks.review', { findings: [{ check: 'dead-end', record_id: metalPlantId }], note, include_planned: false });
  return service.run('checks.reviews', {}).find((r) => r.record_id === metalPlantId)!;
}


describe('check reviews in snapshots', () => {
  it('go with the records they review: the finding is reviewed in the workspace that merges them, and an undo takes them back', () => {
    const a = workspace();
    const s = seedTwoCountries(a.service);
    const review = reviewDeadEnd(a.service, s.metalPlant.id);
    const bytes = exportWhole(a.ws);
    expect(fileJson(bytes).counts.check_reviews).toBe(1);
    expect(readSnapshotBytes(bytes).records.check_reviews).toEqual([review]);

    const b = workspace();
    const diff = b.service.run('snapshot.diff', { data: b64(bytes) });
    expect(diff.added.filter((e) => e.table === 'check_reviews')).toEqual([{ table: 'check_reviews', id: review.id, label: 'Receives but ships nothing: Ganzhou metal' }]);
    b.service.run('snapshot.merge', { data: b64(bytes), on_conflict: 'fail' });
    expect(b.service.run('checks.reviews', {})).toEqual([review]);
    expect(recordsDump(b.ws)).toBe(recordsDump(a.ws));
    b.service.run('history.undo', {});
    expect(b.service.run('checks.reviews', {})).toEqual([]);
  });

  it('a part of the workspace carries the reviews of its facilities and flows; a file without sensitive content carries none', () => {
    const a = workspace();
    const s = seedTwoCountries(a.service);
    reviewDeadEnd(a.service, s.metalPlant.id);
    const part = (filter: object) => readSnapshotBytes(Buffer.from(a.service.run('snapshot.export', { filter }).data, 'base64')).records.check_reviews;
    expect(part({ countries: ['CN'] })).toHaveLength(1);
    expect(part({ countries: ['US'] })).toEqual([]);
    expect(part({ include_sensitive: false })).toEqual([]);
  });

  it('a file from before snapshots carried reviews verifies and merges, and removes no review here', () => {
    const a = workspace();
    const s = seedTwoCountries(a.service);
    reviewDeadEnd(a.service, s.metalPlant.id);
    const b = workspace();
    b.service.run('snapshot.merge', { data: b64(exportWhole(a.ws)), on_conflict: 'fail' });
    b.service.run('facilities.update', { id: s.sep.id, changes: { capacity_t: 45000 } });

    const old = madeBefore('check_reviews', exportWhole(b.ws));
    expect(a.service.run('snapshot.verify', { data: b64(old) })).toMatchObject({ valid: true });
    const diff = a.service.run('snapshot.diff', { data: b64(old) });
    expect(diff.removed).toEqual([]);
    expect(diff.changed.map((c) => c.id)).toEqual([s.sep.id]);
    a.service.run('snapshot.merge', { data: b64(old), on_conflict: 'fail' });
    expect(a.service.run('checks.reviews', {})).toHaveLength(1);
    expect(a.service.run('facilities.get', { id: s.sep.id }).capacity_t).toBe(45000);
  });

  it('a review reopened there is removed here, like any record deleted there', () => {
    const a = workspace();
    const s = seedTwoCountries(a.service);
    const review = reviewDeadEnd(a.service, s.metalPlant.id);
    const b = workspace();
    b.service.run('snapshot.merge', { data: b64(exportWhole(a.ws)), on_conflict: 'fail' });
    b.service.run('checks.reopen', { ids: [review.id] });
    const diff = a.service.run('snapshot.diff', { data: b64(exportWhole(b.ws)) });
    expect(diff.removed).toEqual([{ table: 'check_reviews', id: review.id, label: 'Receives but ships nothing: Ganzhou metal' }]);
    a.service.run('snapshot.merge', { data: b64(exportWhole(b.ws)), on_conflict: 'fail' });
    expect(a.service.run('checks.reviews', {})).toEqual([]);
  });

  it('a finding reviewed on both sides keeps the review here; reopened and reviewed again there, theirs takes its place', () => {
    const { a, b, s } = sharedChain(workspace);
    // each reviews the same finding on its own: two reviews, two ids
    const mine = reviewDeadEnd(a.service, s.metalPlant.id, 'Mine: domestic sales');
    reviewDeadEnd(b.service, s.metalPlant.id, 'Theirs: exports not mapped');
    const fromB = b64(exportWhole(b.ws));
    expect(a.service.run('snapshot.diff', { data: fromB })).toMatchObject({ added: [], removed: [], conflicting: [] });
    a.service.run('snapshot.merge', { data: fromB, on_conflict: 'fail' });
    expect(a.service.run('checks.reviews', {})).toEqual([mine]);

    // C and D take A's review (exchanged); C reopens it and reviews the finding again under a new id
    const c = workspace();
    const d = workspace();
    for (const w of [c, d]) w.service.run('snapshot.merge', { data: b64(exportWhole(a.ws)), on_conflict: 'fail' });
    c.service.run('checks.reopen', { ids: [mine.id] });
    const again = reviewDeadEnd(c.service, s.metalPlant.id, 'Checked again: still right');
    const fromC = b64(exportWhole(c.ws));
    const diff = a.service.run('snapshot.diff', { data: fromC });
    expect(diff.removed.map((e) => e.id)).toEqual([mine.id]);
    expect(diff.added.map((e) => e.id)).toEqual([again.id]);
    const report = a.service.run('snapshot.merge', { data: fromC, on_conflict: 'fail' });
    expect(report).toMatchObject({ added: 1, removed: 1 });
    expect(a.service.run('checks.reviews', {})).toEqual([again]);
    // keeping mine (declining the removal) keeps theirs out: one review per finding, no error
    const kept = d.service.run('snapshot.merge', { data: fromC, on_conflict: 'fail', choices: { [mine.id]: 'mine' } });
    expect(kept).toMatchObject({ added: 0, removed: 0 });
    expect(d.service.run('checks.reviews', {})).toEqual([mine]);
  });

  it('a review of a record the merge leaves out (deleted here) is not written; bringing the record back brings it', () => {
    /** A deletes the metal plant they share; B then reviews its finding. */
    function deletedHereReviewedThere() {
      const { a, b, s } = sharedChain(workspace);
      a.service.run('flows.delete', { ids: [s.f2.id] });
      a.service.run('facilities.delete', { ids: [s.metalPlant.id] });
      const theirs = reviewDeadEnd(b.service, s.metalPlant.id);
      return { a, s, theirs, data: b64(exportWhole(b.ws)) };
    }
    const left = deletedHereReviewedThere();
    expect(left.a.service.run('snapshot.diff', { data: left.data }).added.map((e) => e.id)).toEqual([left.theirs.id]);
    left.a.service.run('snapshot.merge', { data: left.data, on_conflict: 'fail' });
    expect(left.a.service.run('checks.reviews', {})).toEqual([]);
    expect(left.a.ws.get('facilities', left.s.metalPlant.id)).toBeUndefined();

    const back = deletedHereReviewedThere();
    back.a.service.run('snapshot.merge', { data: back.data, on_conflict: 'fail', choices: { [back.s.metalPlant.id]: 'theirs', [back.s.f2.id]: 'theirs' } });
    expect(back.a.service.run('checks.reviews', {})).toEqual([back.theirs]);
  });
});

describe('check reviews in a snapshot: refused when wrong', () => {
  function exported() {
    const a = workspace();
    const s = seedTwoCountries(a.service);
    reviewDeadEnd(a.service, s.metalPlant.id);
    return { a, s, json: fileJson(exportWhole(a.ws)) };
  }
  const verify = (a: { service: Service }, bytes: Buffer) => a.service.run('snapshot.verify', { data: b64(bytes) });

  it('a review of a record not in the snapshot, or a second review of one finding', () => {
    const { a, json } = exported();
    expect(verify(a, rehashed(json, (r) => void (r.check_reviews![0]!.record_id = 'fac-elsewhere')))).toEqual({
      valid: false,
      message: expect.stringMatching(/^snapshot.lodestone: Check review "[^"]+" reviews facility "fac-elsewhere", which is not in the snapshot; the snapshot was not used$/),
    });
    const twice = rehashed(json, (r) => void r.check_reviews!.push({ ...r.check_reviews![0]!, id: 'rev-second' }));
    expect(verify(a, twice)).toMatchObject({ valid: false, message: expect.stringMatching(/^snapshot.lodestone: Check review "rev-second" reviews a finding another review settles/) });
  });

  it('a review that is not one: unknown check, no note, negative tonnes', () => {
    const { a, json } = exported();
    const bad = (edit: (review: Record<string, unknown>) => void) => verify(a, rehashed(json, (r) => edit(r.check_reviews![0]!)));
    expect(bad((x) => void (x.check_id = 'looks-odd'))).toMatchObject({ valid: false, message: expect.stringMatching(/^snapshot.lodestone: check_reviews\[0\] \(id "[^"]+"\): check_id: Check must be one of: /) });
    expect(bad((x) => void (x.note = '  '))).toMatchObject({ valid: false, message: expect.stringMatching(/note: Say why the finding is right$/) });
    expect(bad((x) => void (x.tonnes = -1))).toMatchObject({ valid: false, message: expect.stringMatching(/tonnes: Tonnes cannot be negative$/) });
  });

  it('a list without its count, or a count without its list', () => {
    const { a, json } = exported();
    const noCount = structuredClone(json);
    delete noCount.counts.check_reviews;
    expect(verify(a, gz(noCount))).toEqual({ valid: false, message: "snapshot.lodestone: The snapshot's counts say nothing of its check_reviews" });
    const noList = structuredClone(json);
    delete noList.records.check_reviews;
    expect(verify(a, gz(noList))).toEqual({ valid: false, message: 'snapshot.lodestone: The snapshot\'s records have no "check_reviews" list' });
  });
});
