// `lodestone check`: the data checks (db/analysis/checks.ts) through the api.ts service,
// grouped by check with why each matters, reviewed findings set apart with their notes;
// --strict fails when there is an open warning, for scripts that gate a shared workspace or
// a snapshot on clean data. --review and --reopen mark one finding, as the Checks tab does.
import { LodestoneError } from '../../db/errors';
import { checksSummary, DATA_CHECK_INFO, DATA_CHECKS, isOpen, reviewText, warningsLine, type CheckFinding, type DataCheck, type DataChecksResult } from '../../db/model/checks';
import type { Service } from '../../db/service';
import type { Command } from '../command';
import { formatCount } from '../table';

function findingLine(f: CheckFinding): string[] {
  const line = `  - ${f.record.name} [${f.record.id}]: ${f.message}`;
  return f.review ? [line, `    ${reviewText(f.review)}`] : [line];
}

export function checkReport(result: DataChecksResult): string {
  const scope = result.include_planned ? 'operating, construction and planned records counted' : 'operating records counted';
  const lines = [`Data checks (${scope}): ${checksSummary(result)}`];
  for (const check of DATA_CHECKS) {
    const findings = result.findings.filter((f) => f.check === check);
    if (findings.length === 0) continue;
    const open = findings.filter(isOpen);
    const settled = findings.filter((f) => !isOpen(f));
    const info = DATA_CHECK_INFO[check];
    const count = `${formatCount(open.length)}${settled.length ? `, ${formatCount(settled.length)} reviewed` : ''}`;
    lines.push('', `${info.severity === 'warning' ? 'Warning' : 'Notice'}: ${info.title} (${count})`, `  ${info.why}`);
    for (const f of [...open, ...settled]) lines.push(...findingLine(f));
  }
  return lines.join('\n');
}

/** "dead-end:fac-123" as the finding it names. */
function findingRef(text: string, option: string): { check: DataCheck; record_id: string } {
  const at = text.indexOf(':');
  const check = text.slice(0, at) as DataCheck;
  if (at < 1 || !DATA_CHECKS.includes(check)) {
    throw new LodestoneError('validation', `--${option} takes CHECK:RECORD_ID, the check one of ${DATA_CHECKS.join(', ')} (got "${text}")`);
  }
  return { check, record_id: text.slice(at + 1) };
}

function reopen(service: Service, ref: { check: DataCheck; record_id: string }): void {
  const review = service.run('checks.reviews', {}).find((r) => r.check_id === ref.check && r.record_id === ref.record_id);
  if (!review) throw new LodestoneError('not_found', `No review of the "${ref.check}" finding of record "${ref.record_id}"`);
  service.run('checks.reopen', { ids: [review.id] });
}

export const checkCommand: Command = {
  name: 'check',
  summary: 'data checks: facilities shipping more than they receive, flows left out, volumes above capacity, ...',
  usage: '[--include-planned] [--strict] [--review CHECK:RECORD_ID --note TEXT | --reopen CHECK:RECORD_ID]',
  options: {
    'include-planned': { type: 'boolean', description: 'count construction and planned facilities and flows too' },
    strict: { type: 'boolean', description: 'exit with status 1 when any check gives an open (unreviewed) warning' },
    review: { type: 'string', description: 'mark a finding reviewed (judged right), e.g. dead-end:fac-123; needs --note' },
    note: { type: 'string', description: 'why the finding reviewed with --review is right' },
    reopen: { type: 'string', description: 'remove the review of a finding, so it counts as open again' },
  },
  positionals: [0, 0],
  run(ctx) {
    const includePlanned = ctx.values['include-planned'] === true;
    const service = ctx.service();
    const toReview = typeof ctx.values.review === 'string' ? findingRef(ctx.values.review, 'review') : null;
    const toReopen = typeof ctx.values.reopen === 'string' ? findingRef(ctx.values.reopen, 'reopen') : null;
    if (toReview && toReopen) throw new LodestoneError('validation', 'Give --review or --reopen, not both');
    if (!toReview && ctx.values.note !== undefined) throw new LodestoneError('validation', '--note goes with --review');
    if (toReview) service.run('checks.review', { findings: [toReview], note: String(ctx.values.note ?? ''), include_planned: includePlanned });
    if (toReopen) reopen(service, toReopen);
    const result = service.run('analysis.checks', { include_planned: includePlanned });
    if (ctx.json) ctx.printJson(result);
    else ctx.io.out(checkReport(result));
    if (ctx.values.strict === true && result.counts.warning > 0) {
      throw new LodestoneError('validation', `${warningsLine(result)} (--strict)`);
    }
  },
};
