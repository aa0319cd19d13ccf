// Reviews of data-check findings: an analyst's judgement that a finding is right (with a
// note why), so it stops counting as open. Written through writeBatch like every record, so
// marking and reopening are change-logged and undoable; removed with the record they review.
import type { z } from 'zod';
import { dataChecks } from '../analysis/checks';
import { loadCheckInput } from '../analysis/load';
import {
  applyReviews,
  checkedFlowName,
  checkTitle,
  DATA_CHECK_INFO,
  findingId,
  type CheckFinding,
  type CheckReview,
  type ChecksReviewResult,
  type checksReviewInput,
  type checksReopenInput,
  type DataChecksResult,
} from '../model/checks';
import { newId } from '../model/ids';
import { readThenWrite, writeBatch, type Tx } from '../store/changes';
import type { Workspace } from '../workspace';
import { fieldError, quoted, requireRecords } from './common';

export function listReviews(ws: Workspace): CheckReview[] {
  return ws.all('check_reviews', 'created_at, id');
}

/** The data checks of the workspace, each finding with its review. */
export function checkWorkspace(ws: Workspace, options: { include_planned: boolean }): DataChecksResult {
  return applyReviews(dataChecks(loadCheckInput(ws), options), listReviews(ws));
}

/** The reviewed record named as its finding names it: a facility by its name, a flow by its ends and material. */
function recordName(ws: Workspace, review: CheckReview): string {
  const facility = (id: string) => ws.get('facilities', id)?.name ?? id;
  if (review.record_type === 'facility') return facility(review.record_id);
  const flow = ws.get('flows', review.record_id);
  if (!flow) return review.record_id;
  return checkedFlowName(facility(flow.from_id), facility(flow.to_id), ws.get('materials', flow.material_id)?.name ?? flow.material_id);
}

const countingText = (includePlanned: boolean) => (includePlanned ? 'with planned records counted' : 'with operating records counted');

/** Marks findings reviewed with the note, keeping each one's figure of today; one undoable step. */
export function reviewFindings(ws: Workspace, input: z.output<typeof checksReviewInput>): ChecksReviewResult {
  return readThenWrite(ws, () => {
    const result = dataChecks(loadCheckInput(ws), { include_planned: input.include_planned });
    const found = new Map(result.findings.map((f) => [findingId(f.check, f.record.id), f]));
    const chosen = new Map<string, CheckFinding>();
    input.findings.forEach((wanted, i) => {
      const finding = found.get(findingId(wanted.check, wanted.record_id));
      if (!finding) {
        throw fieldError(
          `findings.${i}.record_id`,
          `No "${DATA_CHECK_INFO[wanted.check].title}" finding for record "${wanted.record_id}" ${countingText(input.include_planned)}; it may have been mended since. Nothing was reviewed`,
        );
      }
      chosen.set(findingId(wanted.check, wanted.record_id), finding);
    });
    const stored = new Map(listReviews(ws).map((r) => [findingId(r.check_id, r.record_id), r]));
    const findings = [...chosen.values()];
    const first = findings[0]!;
    const label =
      findings.length === 1
        ? `Review "${DATA_CHECK_INFO[first.check].title}" of ${quoted(first.record.name)}`
        : `Review ${findings.length.toLocaleString('en-US')} check findings`;
    return writeBatch(ws, { label }, (tx) => {
      const counts: ChecksReviewResult = { reviewed: 0, renewed: 0 };
      for (const finding of findings) {
        const fields = { note: input.note, tonnes: finding.tonnes };
        const before = stored.get(findingId(finding.check, finding.record.id));
        if (before) {
          tx.update('check_reviews', before, fields);
          counts.renewed++;
        } else {
          tx.insert('check_reviews', { id: newId(), check_id: finding.check, record_type: finding.record.type, record_id: finding.record.id, ...fields });
          counts.reviewed++;
        }
      }
      return counts;
    });
  });
}

/** Removes reviews, so their findings count as open again; one undoable step. */
export function reopenFindings(ws: Workspace, input: z.output<typeof checksReopenInput>): { reopened: number } {
  return readThenWrite(ws, () => {
    const reviews = requireRecords(ws, 'check_reviews', input.ids, 'ids');
    const first = reviews[0]!;
    const label =
      reviews.length === 1
        ? `Reopen "${checkTitle(first.check_id)}" of ${quoted(recordName(ws, first))}`
        : `Reopen ${reviews.length.toLocaleString('en-US')} check findings`;
    return writeBatch(ws, { label }, (tx) => {
      for (const review of reviews) tx.remove('check_reviews', review);
      return { reopened: reviews.length };
    });
  });
}

/** Removes the reviews of a record being deleted, in the same batch (so an undo brings them back with it). */
export function removeReviewsOfRecord(ws: Workspace, tx: Tx, recordType: string, recordId: string): number {
  // Rows are records as they are: the table has no JSON or boolean column to decode.
  const reviews = ws.prepare('SELECT * FROM check_reviews WHERE record_type = ? AND record_id = ?').all(recordType, recordId) as CheckReview[];
  for (const review of reviews) tx.remove('check_reviews', review);
  return reviews.length;
}
