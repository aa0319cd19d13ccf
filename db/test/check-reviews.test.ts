// Reviews of data-check findings (migration 006, repos/check-reviews.ts): a reviewed finding
// stops counting as open until its figure moves; marking and reopening are undoable steps;
// a record's reviews go and come back with it.
import { describe, expect, it } from 'vitest';
import { dataChecks } from '../analysis/checks';
import { applyReviews, checksSummary, reviewText, type CheckReview, type FindingReview } from '../model/checks';
import type { Service } from '../service';
import { errorOf, seedChain, workspacesPerTest } from './helpers';

const workspace = workspacesPerTest();

/** Baotou separation receives 1,000 t and ships 1,500 t: 500 t "originate" there (a warning). */
function seedExcess(service: Service) {
  const chain = seedChain(service);
  const metal = service.run('facilities.create', { name: 'Ganzhou metal', stage: 'metal', country: 'CN' });
  const out = service.run('flows.create', { from_id: chain.sep.id, to_id: metal.id, material_id: chain.oxide.id, volume_t: 1500 });
  return { ...chain, metal, out };
}

const excessOf = (service: Service, sepId: string) =>
  service.run('analysis.checks', {}).findings.find((f) => f.check === 'ships-more-than-receives' && f.record.id === sepId);

describe('reviews of check findings', () => {
  it('sets a reviewed warning aside with its note; undo opens it again and redo sets it aside again', () => {
    const { service } = workspace();
    const { sep } = seedExcess(service);
    const before = service.run('analysis.checks', {});
    expect(before.counts.warning).toBe(1);
    expect(excessOf(service, sep.id)).toMatchObject({ tonnes: 500, review: null });

    const done = service.run('checks.review', { findings: [{ check: 'ships-more-than-receives', record_id: sep.id }], note: '  Recovers oxide from its own tailings  ' });
    expect(done).toEqual({ reviewed: 1, renewed: 0 });
    const after = service.run('analysis.checks', {});
    expect(after.counts).toEqual({ warning: 0, notice: before.counts.notice });
    expect(after.reviewed).toEqual({ warning: 1, notice: 0 });
    expect(excessOf(service, sep.id)!.review).toMatchObject({ note: 'Recovers oxide from its own tailings', tonnes: 500, changed: false });
    expect(checksSummary(after)).toMatch(/^0 warnings and \d+ notices? in 3 facilities and 2 flows; 1 reviewed finding set aside$/);
    expect(service.run('workspace.info', {}).undo).toBe('Review "Ships more than it receives" of "Baotou separation"');

    expect(service.run('history.undo', {}).label).toBe('Review "Ships more than it receives" of "Baotou separation"');
    expect(service.run('analysis.checks', {}).counts.warning).toBe(1);
    expect(service.run('checks.reviews', {})).toEqual([]);
    service.run('history.redo', {});
    expect(service.run('analysis.checks', {}).counts.warning).toBe(0);
  });

  it('counts a review as open again when the figure has moved beyond 1%, and renews it when reviewed again', () => {
    const { service } = workspace();
    const { sep, out } = seedExcess(service);
    service.run('checks.review', { findings: [{ check: 'ships-more-than-receives', record_id: sep.id }], note: 'By-product recovery' });

    service.run('flows.update', { id: out.id, changes: { volume_t: 1504 } }); // 504 t: within 1% of 500 t
    expect(excessOf(service, sep.id)!.review!.changed).toBe(false);
    expect(service.run('analysis.checks', {}).counts.warning).toBe(0);

    service.run('flows.update', { id: out.id, changes: { volume_t: 2000 } }); // 1,000 t
    expect(excessOf(service, sep.id)).toMatchObject({ tonnes: 1000, review: { tonnes: 500, changed: true } });
    expect(service.run('analysis.checks', {}).counts.warning).toBe(1);

    expect(service.run('checks.review', { findings: [{ check: 'ships-more-than-receives', record_id: sep.id }], note: 'Doubled in 2024' })).toEqual({ reviewed: 0, renewed: 1 });
    expect(excessOf(service, sep.id)!.review).toMatchObject({ note: 'Doubled in 2024', tonnes: 1000, changed: false });
    const [stored] = service.run('checks.reviews', {});
    expect(stored).toMatchObject({ check_id: 'ships-more-than-receives', record_type: 'facility', record_id: sep.id, revision: 2 });
  });

  it('refuses a finding the checks do not give, a blank note and an unknown check, writing nothing', () => {
    const { service } = workspace();
    const { sep, mine } = seedExcess(service);
    const last = service.run('workspace.info', {}).last_change;

    const missing = errorOf(() => service.run('checks.review', { findings: [{ check: 'ships-more-than-receives', record_id: sep.id }, { check: 'ships-more-than-receives', record_id: mine.id }], note: 'x' }));
    expect(missing.code).toBe('validation');
    expect(missing.issues).toEqual([
      { path: 'findings.1.record_id', message: `No "Ships more than it receives" finding for record "${mine.id}" with operating records counted; it may have been mended since. Nothing was reviewed` },
    ]);
    const blank = errorOf(() => service.run('checks.review', { findings: [{ check: 'dead-end', record_id: sep.id }], note: '   ' }));
    expect(blank.issues).toEqual([{ path: 'note', message: 'Say why the finding is right' }]);
    const unknown = errorOf(() => service.run('checks.review', { findings: [{ check: 'no-such-check', record_id: sep.id }], note: 'x' } as never));
    expect(unknown.issues![0]).toMatchObject({ path: 'findings.0.check', message: expect.stringMatching(/^Check must be one of: ships-more-than-receives, /) });
    expect(errorOf(() => service.run('checks.reopen', { ids: ['nope'] })).message).toBe('ids: No review with id "nope"');

    expect(service.run('workspace.info', {}).last_change).toBe(last);
    expect(service.run('checks.reviews', {})).toEqual([]);
  });

  it('reopens reviews by id as one undoable step', () => {
    const { service } = workspace();
    const { sep, metal } = seedExcess(service);
    service.run('checks.review', { findings: [{ check: 'ships-more-than-receives', record_id: sep.id }, { check: 'dead-end', record_id: metal.id }], note: 'Known' });
    expect(service.run('workspace.info', {}).undo).toBe('Review 2 check findings');
    const ids = service.run('checks.reviews', {}).map((r) => r.id);
    expect(service.run('analysis.checks', {}).reviewed).toEqual({ warning: 1, notice: 1 });

    service.run('checks.reopen', { ids: [service.run('checks.reviews', {}).find((r) => r.record_id === sep.id)!.id] });
    expect(service.run('history.undo', {}).label).toBe('Reopen "Ships more than it receives" of "Baotou separation"');
    expect(service.run('checks.reopen', { ids })).toEqual({ reopened: 2 });
    expect(service.run('analysis.checks', {}).reviewed).toEqual({ warning: 0, notice: 0 });
    expect(service.run('history.undo', {}).label).toBe('Reopen 2 check findings');
    expect(service.run('checks.reviews', {}).map((r) => r.id).sort()).toEqual([...ids].sort());
  });

  it('names a reviewed flow by its ends and material in the labels of marking and reopening it', () => {
    const { service } = workspace();
    const { sep, metal, oxide } = seedExcess(service);
    const bare = service.run('flows.create', { from_id: sep.id, to_id: metal.id, material_id: oxide.id, volume_t: null });
    const flowName = `"Baotou separation → Ganzhou metal (${oxide.name})"`;
    service.run('checks.review', { findings: [{ check: 'flow-without-volume', record_id: bare.id }], note: 'Volume not published' });
    expect(service.run('workspace.info', {}).undo).toBe(`Review "Flow without a volume" of ${flowName}`);
    service.run('checks.reopen', { ids: service.run('checks.reviews', {}).map((r) => r.id) });
    expect(service.run('workspace.info', {}).undo).toBe(`Reopen "Flow without a volume" of ${flowName}`);
  });

  it("removes a record's reviews with it, and the undo of the delete brings them back", () => {
    const { service } = workspace();
    const { sep, metal, out } = seedExcess(service);
    service.run('checks.review', { findings: [{ check: 'ships-more-than-receives', record_id: sep.id }], note: 'Recovery' });
    service.run('flows.delete', { ids: [out.id] }); // the excess goes with the flow; the review stays with the facility
    expect(service.run('checks.reviews', {})).toHaveLength(1);
    service.run('history.undo', {});

    service.run('facilities.delete', { ids: [sep.id] });
    expect(service.run('checks.reviews', {})).toEqual([]);
    const deleted = service.run('history.changes', { batch_id: service.run('workspace.info', {}).last_change });
    expect(deleted.entries.filter((e) => e.table === 'check_reviews')).toEqual([
      { table: 'check_reviews', id: expect.any(String), op: 'delete', label: 'Ships more than it receives: Baotou separation', fields: [] },
    ]);
    service.run('history.undo', {});
    expect(excessOf(service, sep.id)!.review).toMatchObject({ note: 'Recovery', changed: false });
    expect(metal.id).toBeTruthy();
  });

  it('applyReviews works from the reviews given, whatever the findings carried', () => {
    const { service } = workspace();
    const { sep } = seedExcess(service);
    service.run('checks.review', { findings: [{ check: 'ships-more-than-receives', record_id: sep.id }], note: 'Recovery' });
    const reviewed = service.run('analysis.checks', {});
    const reviews: CheckReview[] = service.run('checks.reviews', {});
    expect(applyReviews(reviewed, [])).toMatchObject({ counts: { warning: 1 }, reviewed: { warning: 0, notice: 0 } });
    expect(applyReviews(applyReviews(reviewed, []), reviews)).toEqual(reviewed);
    const raw = dataChecks({ facilities: [], flows: [], materials: [] });
    expect(applyReviews(raw, reviews)).toEqual(raw);
  });

  it('says when a finding was reviewed and why, and for a moved figure the figure it was reviewed at', () => {
    const review: FindingReview = { id: 'r', revision: 1, note: 'Known', at: '2026-11-23T10:00:00.000Z', tonnes: 5, changed: false };
    expect(reviewText(review)).toBe('Reviewed on 2026-11-23: “Known”');
    expect(reviewText({ ...review, changed: true })).toBe('Reviewed at 5 t/yr on 2026-11-23, but the figure has moved since: “Known”');
    expect(reviewText({ ...review, changed: true, tonnes: 1234.5 })).toBe('Reviewed at 1,235 t/yr on 2026-11-23, but the figure has moved since: “Known”');
    expect(reviewText({ ...review, changed: true, tonnes: null })).toBe('Reviewed on 2026-11-23, but the figure has moved since: “Known”');
  });
});
