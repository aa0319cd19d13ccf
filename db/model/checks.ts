// Data checks: the input of `analysis.checks` and the shape of its findings. Imports only
// zod and db/model so the renderer can import it.
import { z } from 'zod';

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

export const checksInput = z.object({ include_planned: z.boolean().default(false) });

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
}

export interface DataChecksResult {
  include_planned: boolean;
  /** Records looked at: every facility and flow, counted or not. */
  checked: { facilities: number; flows: number };
  /** Warnings first, then in DATA_CHECKS order, the most tonnes first, then by name. */
  findings: CheckFinding[];
  counts: Record<CheckSeverity, number>;
}

const counted = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** "2 warnings and 1 notice in 72 facilities and 185 flows": the CLI, the Checks tab and the report open with it. */
export function checksSummary(result: DataChecksResult): string {
  const { warning, notice } = result.counts;
  const { facilities, flows } = result.checked;
  return `${counted(warning, 'warning')} and ${counted(notice, 'notice')} in ${counted(facilities, 'facility', 'facilities')} and ${counted(flows, 'flow')}`;
}

/** "2 warnings in the data checks": why `lodestone check --strict` failed. */
export function warningsLine(result: DataChecksResult): string {
  return `${counted(result.counts.warning, 'warning')} in the data checks`;
}
