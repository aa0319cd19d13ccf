// `lodestone check`: the data checks (db/analysis/checks.ts) through the api.ts service,
// grouped by check with why each matters; --strict fails when there is a warning, for
// scripts that gate a shared workspace or a snapshot on clean data.
import { LodestoneError } from '../../db/errors';
import { checksSummary, DATA_CHECK_INFO, DATA_CHECKS, warningsLine, type DataChecksResult } from '../../db/model/checks';
import type { Command } from '../command';
import { formatCount } from '../table';

export function checkReport(result: DataChecksResult): string {
  const scope = result.include_planned ? 'operating, construction and planned records counted' : 'operating records counted';
  const lines = [
    `Data checks: ${checksSummary(result)} (${scope})`,
  ];
  for (const check of DATA_CHECKS) {
    const findings = result.findings.filter((f) => f.check === check);
    if (findings.length === 0) continue;
    const info = DATA_CHECK_INFO[check];
    lines.push('', `${info.severity === 'warning' ? 'Warning' : 'Notice'}: ${info.title} (${formatCount(findings.length)})`, `  ${info.why}`);
    for (const f of findings) lines.push(`  - ${f.record.name} [${f.record.id}]: ${f.message}`);
  }
  return lines.join('\n');
}

export const checkCommand: Command = {
  name: 'check',
  summary: 'data checks: facilities shipping more than they receive, flows left out, volumes above capacity, ...',
  usage: '[--include-planned] [--strict]',
  options: {
    'include-planned': { type: 'boolean', description: 'count construction and planned facilities and flows too' },
    strict: { type: 'boolean', description: 'exit with status 1 when any check gives a warning' },
  },
  positionals: [0, 0],
  run(ctx) {
    const result = ctx.service().run('analysis.checks', { include_planned: ctx.values['include-planned'] === true });
    if (ctx.json) ctx.printJson(result);
    else ctx.io.out(checkReport(result));
    if (ctx.values.strict === true && result.counts.warning > 0) {
      throw new LodestoneError('validation', `${warningsLine(result)} (--strict)`);
    }
  },
};
