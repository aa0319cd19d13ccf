// The Checks tab's rows: the open findings grouped by check (in DATA_CHECKS order, warnings
// first), notices shown or not, each group cut to its first rows until asked for all; and the
// reviewed findings set apart. The summary line above them is db/model/checks' checksSummary,
// shared with the CLI. Also the findings about one record, for its inspector, and the records
// with an open warning, for the diagram.
import {
  DATA_CHECK_INFO,
  DATA_CHECKS,
  isOpen,
  type CheckFinding,
  type DataCheck,
  type DataCheckInfo,
  type DataChecksResult,
} from '../../../../db/model/checks';

/** Rows a group lists before "Show all". */
export const GROUP_ROWS = 50;

export interface CheckGroup extends DataCheckInfo {
  check: DataCheck;
  /** Every open finding of the check. */
  total: number;
  /** Every open finding of the check, for "Mark all reviewed". */
  findings: CheckFinding[];
  /** The findings to list: all of them, or the first `rows`. */
  shown: CheckFinding[];
}

/** The open findings by check. `rows`: how many a group lists unless expanded (GROUP_ROWS by default). */
export function checkGroups(result: DataChecksResult, options: { notices: boolean; expanded: ReadonlySet<DataCheck>; rows?: number }): CheckGroup[] {
  const byCheck = new Map<DataCheck, CheckFinding[]>();
  for (const f of result.findings) {
    if (!isOpen(f)) continue;
    const list = byCheck.get(f.check);
    if (list) list.push(f);
    else byCheck.set(f.check, [f]);
  }
  const groups: CheckGroup[] = [];
  for (const check of DATA_CHECKS) {
    const findings = byCheck.get(check);
    const info = DATA_CHECK_INFO[check];
    if (!findings || (info.severity === 'notice' && !options.notices)) continue;
    const shown = options.expanded.has(check) ? findings : findings.slice(0, options.rows ?? GROUP_ROWS);
    groups.push({ check, ...info, total: findings.length, findings, shown });
  }
  return groups;
}

/** The findings under a review that holds, warnings first, in the order of the checks. */
export function reviewedFindings(result: DataChecksResult): CheckFinding[] {
  return result.findings.filter((f) => !isOpen(f));
}

/** How many open notices each check gave, in the order of the checks (the report prints them in a line). */
export function noticeCounts(result: DataChecksResult): { title: string; count: number }[] {
  const counts = new Map<DataCheck, number>();
  for (const f of result.findings) if (f.severity === 'notice' && isOpen(f)) counts.set(f.check, (counts.get(f.check) ?? 0) + 1);
  return DATA_CHECKS.filter((c) => counts.has(c)).map((c) => ({ title: DATA_CHECK_INFO[c].title, count: counts.get(c)! }));
}

/** The findings about one record (as their subject): the open ones first, then the reviewed, each in the order of the checks. */
export function findingsAbout(result: DataChecksResult, recordId: string): CheckFinding[] {
  const about = result.findings.filter((f) => f.record.id === recordId);
  return [...about.filter(isOpen), ...about.filter((f) => !isOpen(f))];
}

/** The titles of each record's open warnings (what changes a result), by record id: the facilities and flows the diagram rings. */
export function openWarnings(result: DataChecksResult): Map<string, string[]> {
  const byRecord = new Map<string, string[]>();
  for (const f of result.findings) {
    if (f.severity !== 'warning' || !isOpen(f)) continue;
    const titles = byRecord.get(f.record.id);
    if (titles) titles.push(DATA_CHECK_INFO[f.check].title);
    else byRecord.set(f.record.id, [DATA_CHECK_INFO[f.check].title]);
  }
  return byRecord;
}
