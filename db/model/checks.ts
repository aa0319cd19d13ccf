// Data checks: the input of `analysis.checks` and the shape of its findings. Imports only
// zod and db/model so the renderer can import it.
import { z } from 'zod';
import { recordId, recordMeta } from './schemas';

/** The checks, in the order findings are listed (warnings first). */
export const DATA_CHECKS = [
  'ships-more-than-receives',
  'above-capacity',
  'flow-end-not-counted',
  'flow-without-volume',
  'dead-end',
  'no-flows',
  'runs-upstream',
  'same-name',
] as const;
export type DataCheck = (typeof DATA_CHECKS)[number];

export const CHECK_SEVERITIES = ['warning', 'notice'] as const;
/** warning: an analysis result is off because of it; notice: worth a look, often intended. */
export type CheckSeverity = (typeof CHECK_SEVERITIES)[number];

export interface DataCheckInfo {
  severity: CheckSeverity;
  title: string;
  /** Why it matters and what to do, in a sentence or two. */
  why: string;
  /** What a finding's `tonnes` are, as a column heading; none when its findings have none. */
  amount?: string;
}

export const DATA_CHECK_INFO: Readonly<Record<DataCheck, DataCheckInfo>> = {
  'ships-more-than-receives': {
    severity: 'warning',
    amount: 'Excess',
    title: 'Ships more than it receives',
    why:
      'The analyses count what a facility ships beyond what it receives as originating there, as if it were mined there, so that share shows as "not through this stage" at every stage before it. Record the missing inflows (an alloy maker\'s iron and boron too), or correct the volumes.',
  },
  'above-capacity': {
    severity: 'warning',
    amount: 'Over capacity',
    title: 'Above its capacity',
    why: 'It handles more of its capacity material in a year than its capacity: a volume or a capacity is likely in the wrong unit, year or material.',
  },
  'flow-end-not-counted': {
    severity: 'warning',
    amount: 'Left out',
    title: 'Flow left out: an end does not count',
    why: 'A flow counts only when both its ends do. A flow to or from a closed or idle facility (or a planned one, unless planned facilities are counted) is left out of every analysis.',
  },
  'flow-without-volume': {
    severity: 'notice',
    title: 'Flow without a volume',
    why: 'A flow with no volume, or a volume of 0, carries nothing in the analyses.',
  },
  'dead-end': {
    severity: 'notice',
    amount: 'Stops here',
    title: 'Receives but ships nothing',
    why: 'Material that reaches a facility before the OEM stage and goes no further reaches no OEM in the analyses. Record where it goes, if it is known.',
  },
  'no-flows': {
    severity: 'notice',
    title: 'No flows',
    why: 'A facility with no flow in or out takes no part in the tracing, the chokepoints or the scenarios; only the concentration by capacity counts it.',
  },
  'runs-upstream': {
    severity: 'notice',
    amount: 'Volume',
    title: 'Runs against the chain',
    why: 'A flow from a later stage to an earlier one: usual for scrap going back, otherwise its ends may be swapped.',
  },
  'same-name': {
    severity: 'notice',
    title: 'Same name as another facility',
    why: 'Facilities whose names differ only in case, accents, spaces or punctuation: likely one facility entered twice. Where the names are exactly the same, a CSV file or the command line cannot name either by its name.',
  },
};

/** A check's title by its name; the name itself for one no check has (a stored review of a check since removed). */
export function checkTitle(check: string): string {
  return Object.prototype.hasOwnProperty.call(DATA_CHECK_INFO, check) ? DATA_CHECK_INFO[check as DataCheck].title : check;
}

/** A flow as the checks name it: its two ends and its material. */
export function checkedFlowName(from: string, to: string, material: string): string {
  return `${from} → ${to} (${material})`;
}

export const checksInput = z.object({ include_planned: z.boolean().default(false) });

// ---------- reviews: findings an analyst has looked at and judged right ----------

/** A stored review (table check_reviews): the finding it settles, why, and its figure then. */
export interface CheckReview {
  id: string;
  check_id: DataCheck;
  record_type: 'facility' | 'flow';
  record_id: string;
  note: string;
  /** The finding's tonnes when reviewed (null for checks without a figure). */
  tonnes: number | null;
  created_at: string;
  updated_at: string;
  revision: number;
}

const reviewNote = z
  .string({ error: 'Say why the finding is right' })
  .trim()
  .min(1, 'Say why the finding is right')
  .max(2000, 'The note is longer than 2000 characters');
/**
 * A stored review as snapshots carry it: checked like every record a file brings in. The
 * tonnes are the finding's figure when it was reviewed; a review whose figure has moved
 * since no longer holds (applyReviews).
 */
export const checkReviewSchema = z.object({
  check_id: z.enum(DATA_CHECKS, { error: `Check must be one of: ${DATA_CHECKS.join(', ')}` }),
  record_type: z.enum(['facility', 'flow'], { error: 'Record type must be facility or flow' }),
  record_id: recordId,
  note: reviewNote,
  tonnes: z.number().finite().min(0, 'Tonnes cannot be negative').nullable(),
  ...recordMeta,
});

const findingKey = z.object({
  check: z.enum(DATA_CHECKS, { error: `Check must be one of: ${DATA_CHECKS.join(', ')}` }),
  record_id: recordId,
});

/**
 * Marks findings reviewed with one note (again, for a finding already reviewed: a new note
 * and today's figure). The checks are run as they are counted with include_planned, and each
 * finding must be among them.
 */
export const checksReviewInput = z.object({
  findings: z.array(findingKey).min(1, 'Choose at least one finding').max(100_000, 'At most 100,000 findings at once'),
  note: reviewNote,
  include_planned: z.boolean().default(false),
});
export const checksReopenInput = z.object({
  ids: z.array(recordId).min(1, 'Choose at least one review').max(100_000, 'At most 100,000 reviews at once'),
});

export interface ChecksReviewResult {
  /** Findings newly marked reviewed. */
  reviewed: number;
  /** Findings reviewed before, given the new note and figure. */
  renewed: number;
}

/** A finding's review as the findings carry it. */
export interface FindingReview {
  id: string;
  revision: number;
  note: string;
  /** When it was last reviewed. */
  at: string;
  tonnes: number | null;
  /** The finding's figure has moved since (beyond REVIEW_TOLERANCE): the finding counts as open again. */
  changed: boolean;
}

// Formatters made once: toLocaleString with options builds one per call, which made the
// messages of 20,000 findings take a second.
const NUMBER_FORMATS = [0, 1, 3].map((digits) => new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }));

/** Tonnes a year as the findings write them: whole tonnes from 100 t, one decimal from 1 t. */
export function tonnesText(t: number): string {
  const format = NUMBER_FORMATS[t >= 100 ? 0 : t >= 1 ? 1 : 2]!;
  return `${format.format(t)} t/yr`;
}

/** What a review says beside its finding (the Checks tab, the inspector, the CLI): when, and its note; for a moved figure, at what figure. */
export function reviewText(review: FindingReview): string {
  const day = review.at.slice(0, 10);
  if (!review.changed) return `Reviewed on ${day}: “${review.note}”`;
  const at = review.tonnes === null ? '' : ` at ${tonnesText(review.tonnes)}`;
  return `Reviewed${at} on ${day}, but the figure has moved since: “${review.note}”`;
}

/** A figure within this share of the reviewed one (rounding in a re-entered volume) keeps the review. */
export const REVIEW_TOLERANCE = 0.01;

function figureMoved(then: number | null, now: number | null): boolean {
  if (then === null || now === null) return then !== now;
  return Math.abs(now - then) > Math.max(REVIEW_TOLERANCE * Math.abs(then), 1e-9);
}

/** A record a finding names. */
export interface CheckedRecord {
  type: 'facility' | 'flow';
  id: string;
  /** The facility's name, or "from → to (material)" for a flow. */
  name: string;
}

export interface CheckFinding {
  check: DataCheck;
  severity: CheckSeverity;
  record: CheckedRecord;
  /** Other records it names: the flow's end that does not count, the facilities of the same name. */
  related: CheckedRecord[];
  /** One sentence with the figures. */
  message: string;
  /** The tonnes a year it concerns (the excess, the flow's volume), to rank findings; null when none. */
  tonnes: number | null;
  /** Set when an analyst has reviewed it (applyReviews); absent or null when not. */
  review?: FindingReview | null;
}

/** Open: not reviewed, or reviewed when its figure was another. Open findings are the ones counted. */
export function isOpen(finding: CheckFinding): boolean {
  return !finding.review || finding.review.changed;
}

export interface DataChecksResult {
  include_planned: boolean;
  /** Records looked at: every facility and flow, counted or not. */
  checked: { facilities: number; flows: number };
  /** Warnings first, then in DATA_CHECKS order, the most tonnes first, then by name. */
  findings: CheckFinding[];
  /** Open findings (isOpen) by severity. */
  counts: Record<CheckSeverity, number>;
  /** Findings under a review that still holds, by severity. */
  reviewed: Record<CheckSeverity, number>;
}

/** What identifies a finding, and so the review that settles it: its check and its record. */
export function findingId(check: string, recordId: string): string {
  return `${check}\u0000${recordId}`;
}

/**
 * The findings with their reviews (matched by check and record), and the counts made again:
 * a reviewed finding leaves the open counts unless its figure has moved. Computed afresh from
 * the reviews given, whatever the findings carried before.
 */
export function applyReviews(result: DataChecksResult, reviews: readonly CheckReview[]): DataChecksResult {
  const byFinding = new Map(reviews.map((r) => [findingId(r.check_id, r.record_id), r]));
  const counts: Record<CheckSeverity, number> = { warning: 0, notice: 0 };
  const reviewed: Record<CheckSeverity, number> = { warning: 0, notice: 0 };
  const findings = result.findings.map((finding): CheckFinding => {
    const stored = byFinding.get(findingId(finding.check, finding.record.id));
    const review: FindingReview | null = stored
      ? { id: stored.id, revision: stored.revision, note: stored.note, at: stored.updated_at, tonnes: stored.tonnes, changed: figureMoved(stored.tonnes, finding.tonnes) }
      : null;
    const next = { ...finding, review };
    if (isOpen(next)) counts[finding.severity]++;
    else reviewed[finding.severity]++;
    return next;
  });
  return { ...result, findings, counts, reviewed };
}

const counted = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/**
 * "2 warnings and 1 notice in 72 facilities and 185 flows; 1 reviewed finding set aside":
 * the CLI, the Checks tab and the report open with it. Counts open findings.
 */
export function checksSummary(result: DataChecksResult): string {
  const { warning, notice } = result.counts;
  const { facilities, flows } = result.checked;
  const settled = result.reviewed.warning + result.reviewed.notice;
  const aside = settled > 0 ? `; ${counted(settled, 'reviewed finding')} set aside` : '';
  return `${counted(warning, 'warning')} and ${counted(notice, 'notice')} in ${counted(facilities, 'facility', 'facilities')} and ${counted(flows, 'flow')}${aside}`;
}

/** "2 open warnings in the data checks": why `lodestone check --strict` failed. */
export function warningsLine(result: DataChecksResult): string {
  return `${counted(result.counts.warning, 'open warning')} in the data checks`;
}
