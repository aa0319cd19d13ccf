// `lodestone analyze concentration|provenance|chokepoints`: the analyses of db/analysis
// through the api.ts service. --json prints exactly the interfaces.md shape (plus its extra
// fields); otherwise aligned tables.
import type { ChokepointsResult, ConcentrationResult, ProvenanceResult } from '../../db/model/analysis';
import { STAGES } from '../../db/model/enums';
import { UsageError } from '../args';
import type { Command, Context } from '../command';
import { formatCount, textTable } from '../table';

const ANALYSES = ['concentration', 'provenance', 'chokepoints'] as const;
type Analysis = (typeof ANALYSES)[number];

/** Which options belong to which analysis, so a stray one is a usage error rather than ignored. */
const OPTIONS_OF: Readonly<Record<Analysis, readonly string[]>> = {
  concentration: ['stage', 'basis'],
  provenance: ['facility', 'by'],
  chokepoints: ['targets'],
};

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
const tonnes = (value: number) => formatCount(Math.round(value));

function optionString(ctx: Context, name: string): string | undefined {
  const value = ctx.values[name];
  return typeof value === 'string' ? value : undefined;
}

function printConcentration(ctx: Context, result: ConcentrationResult): void {
  const mark = result.highly_concentrated ? ' (highly concentrated: above 1,800)' : '';
  const lines = [
    `${result.stage}, by ${result.basis}: ${formatCount(result.facilities)} facilities, total ${tonnes(result.total)} t/yr, HHI ${formatCount(Math.round(result.hhi))}${mark}`,
    textTable(['country', result.basis === 'capacity' ? 'capacity_t' : 'outbound_t', 'share'], result.shares.map((s) => [s.country, tonnes(s.value), percent(s.share)]), [false, true, true]),
  ];
  ctx.io.out(lines.join('\n'));
}

function printProvenance(ctx: Context, result: ProvenanceResult): void {
  const rows: string[][] = [];
  for (const stage of STAGES) {
    for (const [i, s] of (result.stages[stage] ?? []).entries()) rows.push([i === 0 ? stage : '', s.country, percent(s.share)]);
  }
  // Routes are long: one line each (a table would clip them).
  const routes = result.routes.slice(0, 15).map((r) => `${percent(r.share).padStart(6)}  ${r.path.map((h) => `${h.stage} ${h.country}`).join(' > ')}`);
  ctx.io.out(
    [
      `Provenance of ${result.facility.name} (${result.facility.id}): inbound ${tonnes(result.inbound_t)} t/yr, countries by ${result.by}`,
      rows.length ? textTable(['stage', 'country', 'share of inbound'], rows, [false, false, true]) : 'No inbound flows.',
      '',
      `Resting on: ${percent(result.evidence.below_high_share)} passed through a record below high confidence, ${percent(result.evidence.low_share)} through one of low confidence`,
      ...result.evidence.weakest.map((w) => `${percent(w.share).padStart(6)}  ${w.kind} (${w.confidence}): ${w.name}`),
      '',
      'Routes (share of inbound, largest first):',
      routes.length ? routes.join('\n') : 'none',
    ].join('\n'),
  );
}

function printChokepoints(ctx: Context, result: ChokepointsResult): void {
  const facilities = result.facilities.slice(0, 20).map((f) => [f.name, f.stage, f.country, percent(f.share)]);
  const countries = result.countries.map((c) => [c.country, percent(c.share)]);
  const spof = result.single_points_of_failure_detail.slice(0, 20).map((s) => [s.name, s.country, String(s.targets), percent(s.cuts_share)]);
  ctx.io.out(
    [
      `Chokepoints for ${formatCount(result.targets.length)} target facilities (inbound ${tonnes(result.inbound_t)} t/yr)`,
      textTable(['facility', 'stage', 'country', 'share passing'], facilities, [false, false, false, true]),
      '',
      textTable(['country', 'share passing'], countries, [false, true]),
      '',
      `Single points of failure (${formatCount(result.single_points_of_failure.length)}):`,
      spof.length ? textTable(['facility', 'country', 'targets cut off', 'share cut off'], spof, [false, false, true, true]) : 'none',
    ].join('\n'),
  );
}

export const analyze: Command = {
  name: 'analyze',
  summary: 'concentration (HHI by stage), provenance (countries at every upstream stage), chokepoints',
  usage: 'concentration --stage S [--basis capacity|throughput] | provenance --facility ID_OR_NAME [--by location|owner] | chokepoints [--targets ID,...]',
  options: {
    stage: { type: 'string', value: 'STAGE', description: 'concentration: the stage (mine, separation, metal, magnet, ...)' },
    basis: { type: 'string', value: 'capacity|throughput', description: 'concentration: capacity_t (default) or outbound flow volumes' },
    facility: { type: 'string', value: 'ID_OR_NAME', description: 'provenance: the facility, by id or unique name' },
    by: { type: 'string', value: 'location|owner', description: 'provenance: country of location (default) or controlling owner' },
    targets: { type: 'string', value: 'ID,...', description: 'chokepoints: target facilities (default: every OEM)' },
    'include-planned': { type: 'boolean', description: 'count construction and planned facilities and flows too' },
  },
  positionals: [1, 1],
  run(ctx) {
    const analysis = ctx.positionals[0] as Analysis;
    if (!ANALYSES.includes(analysis)) throw new UsageError(`Cannot analyze "${analysis}"; choose one of: ${ANALYSES.join(', ')}`);
    for (const [other, names] of Object.entries(OPTIONS_OF)) {
      if (other === analysis) continue;
      const stray = names.find((name) => ctx.values[name] !== undefined);
      if (stray) throw new UsageError(`Option --${stray} is for analyze ${other}, not ${analysis}`);
    }
    const include_planned = ctx.values['include-planned'] === true;
    const service = ctx.service();
    if (analysis === 'concentration') {
      const stage = optionString(ctx, 'stage');
      if (!stage) throw new UsageError('analyze concentration needs --stage S (one of: ' + STAGES.join(', ') + ')');
      const result = service.run('analysis.concentration', { stage, basis: optionString(ctx, 'basis'), include_planned });
      return ctx.json ? ctx.printJson(result) : printConcentration(ctx, result);
    }
    if (analysis === 'provenance') {
      const facility = optionString(ctx, 'facility');
      if (!facility) throw new UsageError('analyze provenance needs --facility ID_OR_NAME');
      const result = service.run('analysis.provenance', { facility, by: optionString(ctx, 'by'), include_planned });
      return ctx.json ? ctx.printJson(result) : printProvenance(ctx, result);
    }
    const targets = optionString(ctx, 'targets')
      ?.split(',')
      .map((t) => t.trim())
      .filter(Boolean);
    const result = service.run('analysis.chokepoints', { targets, include_planned, limit: 100_000 });
    return ctx.json ? ctx.printJson(result) : printChokepoints(ctx, result);
  },
};
