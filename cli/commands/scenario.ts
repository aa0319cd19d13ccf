// `lodestone scenario run SCENARIO.json [--months N]`: runs a disruption scenario (the
// interfaces.md input shape) against the workspace without saving it. --json prints the
// result; otherwise a table of the facilities that run short, earliest first.
// `lodestone scenario save SCENARIO.json`: saves it among the workspace's scenarios (as the
// app's editor does: checked against the workspace, undoable), where the window and
// snapshots find it. A file with the "id" of a saved scenario replaces its definition, as a
// CSV row with an existing id updates its record.
import fs from 'node:fs';
import { LodestoneError, parseErrorDetail } from '../../db/errors';
import type { ScenarioResult } from '../../db/model/analysis';
import { UsageError } from '../args';
import type { Command, Context } from '../command';
import { formatCount, textTable } from '../table';

function readScenario(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new LodestoneError('io', `Cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new LodestoneError('validation', `${file}: not valid JSON (${parseErrorDetail(error)})`);
  }
}

function parseMonths(value: string | boolean | undefined): number | undefined {
  if (typeof value !== 'string') return undefined;
  const months = Number(value);
  if (!Number.isInteger(months) || months < 1) throw new UsageError(`--months must be a whole number of months, at least 1 (got "${value}")`);
  return months;
}

function printResult(ctx: Context, result: ScenarioResult): void {
  const short = result.facilities.filter((f) => f.shortfall_t > 0 || f.months_to_shortfall !== null);
  const rows = short.map((f) => [
    f.name,
    f.stage,
    f.country,
    f.months_to_shortfall === null ? '-' : String(f.months_to_shortfall),
    formatCount(Math.round(f.shortfall_t)),
    f.supply_ratio.map((r) => r.toFixed(2)).join(' '),
  ]);
  ctx.io.out(
    [
      `Scenario "${result.name}", ${result.months} months: ${formatCount(short.length)} of ${formatCount(result.facilities.length)} facilities run short`,
      rows.length
        ? textTable(['facility', 'stage', 'country', 'month < 50%', 'shortfall_t', 'supply ratio by month'], rows, [false, false, false, true, true, false])
        : 'Every facility is fully supplied.',
      ...onlineLines(result),
    ].join('\n'),
  );
}

/** The facilities that came online in the run, by month: they explain the supply coming back. */
function onlineLines(result: ScenarioResult): string[] {
  const opened = result.facilities.filter((f) => f.online_from !== undefined).sort((a, b) => a.online_from! - b.online_from! || a.name.localeCompare(b.name));
  return opened.length ? ['Coming online:', ...opened.map((f) => `  month ${f.online_from}: ${f.name}, ${f.stage}, ${f.country}`)] : [];
}

export const scenario: Command = {
  name: 'scenario',
  summary: 'run a disruption scenario (JSON file) month by month: supply ratio and months to shortfall; or save it in the workspace',
  usage: 'run SCENARIO.json [--months N] | save SCENARIO.json',
  options: {
    months: { type: 'string', value: 'N', description: 'simulate N months instead of the file\'s "months"' },
    'include-planned': { type: 'boolean', description: 'count construction and planned facilities and flows too' },
  },
  positionals: [2, 2],
  run(ctx) {
    const [action, file] = ctx.positionals as [string, string];
    if (action !== 'run' && action !== 'save') {
      throw new UsageError(`Unknown scenario action "${action}"; usage: lodestone --db FILE scenario run|save SCENARIO.json`);
    }
    const months = parseMonths(ctx.values.months);
    const definition = readScenario(file);
    const input = months !== undefined && definition && typeof definition === 'object' ? { ...definition, months } : definition;
    const inFile = <T>(call: () => T): T => {
      try {
        return call();
      } catch (error) {
        // Name the file and the field as it appears in the file (not under "scenario.").
        if (error instanceof LodestoneError && error.code === 'validation') {
          throw new LodestoneError('validation', `${file}: ${error.message.replace(/^scenario\.?/, '').replace(/^: /, '')}`, error.issues);
        }
        throw error;
      }
    };
    if (action === 'save') {
      const service = ctx.service();
      const id = input && typeof input === 'object' && 'id' in input ? (input as { id: unknown }).id : undefined;
      const existing = typeof id === 'string' && service.run('scenarios.list', {}).some((sc) => sc.id === id);
      const saved = inFile(() =>
        existing ? service.run('scenarios.update', { id, scenario: input }) : service.run('scenarios.create', { ...(id === undefined ? {} : { id }), scenario: input }),
      );
      if (ctx.json) return ctx.printJson(saved);
      ctx.io.out(`${existing ? 'Replaced' : 'Saved'} scenario "${saved.name}" (id ${saved.id}), ${saved.disruptions.length} disruption(s) over ${saved.months} months`);
      return;
    }
    const result = inFile(() => ctx.service().run('analysis.scenario', { scenario: input, include_planned: ctx.values['include-planned'] === true }));
    if (ctx.json) return ctx.printJson(result);
    printResult(ctx, result);
  },
};
