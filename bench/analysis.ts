// Benchmarks of the analyses (db/analysis) on the 20k-facility / 100k-flow workspace:
// loading the graph from the store, provenance of every facility (stage shares of each
// facility's inbound, one trace over the whole graph), concentration of every stage,
// chokepoints for all OEMs, a 24-month scenario (China bans all exports from month 1), the
// data checks, and what the window pays to hand the records to its analysis worker.
import { dataChecks } from '../db/analysis/checks';
import { chokepoints, defaultTargets } from '../db/analysis/chokepoints';
import { concentrationOverview } from '../db/analysis/concentration';
import type { Graph } from '../db/analysis/graph';
import { loadCheckInput, loadGraph } from '../db/analysis/load';
import { provenance, provenanceOfAll } from '../db/analysis/provenance';
import { runScenario } from '../db/analysis/scenario';
import { scenarioFields } from '../db/model/analysis';
import { graphRecords, recordsPatch, type RecordLists } from '../renderer/src/analysis/worker/records';
import { bigWorkspace, collectGarbage, medianOf3, metric, time, type BenchContext, type Benchmark } from './common';

export function bigGraph(ctx: BenchContext): { graph: Graph; loadMs: number } {
  return ctx.memo('big-graph', () => {
    const { ws } = bigWorkspace(ctx);
    collectGarbage();
    const { ms, result } = time(() => loadGraph(ws));
    ctx.log(`graph: ${result.n} facilities, ${result.m} flows counted (operating, with a volume)`);
    return { graph: result, loadMs: ms };
  });
}

export const ANALYSIS_BENCHMARKS: Benchmark[] = [
  {
    name: 'analysis-load',
    description: 'load the analysis graph (typed arrays, CSR, SCC order) from the 20k/100k workspace',
    run: (ctx) => [metric('analysis: load graph from the store, 20k/100k', bigGraph(ctx).loadMs, 'ms', 1000)],
  },
  {
    name: 'analysis-provenance',
    description: 'provenance (stage x country shares of inbound) of every facility; and one OEM with its routes',
    run(ctx) {
      const { graph } = bigGraph(ctx);
      collectGarbage();
      const all = time(() => {
        const table = provenanceOfAll(graph);
        let stages = 0;
        for (let v = 0; v < graph.n; v++) stages += Object.keys(table.of(v).stages).length;
        return stages;
      });
      if (all.result === 0) throw new Error('provenance found no upstream stage anywhere');
      const oem = defaultTargets(graph).find((t) => graph.inbound[t]! > 0)!;
      const one = time(() => provenance(graph, [oem]));
      return [
        metric('analysis: provenance of every facility', all.ms, 'ms', 1000),
        metric('analysis: provenance of one OEM with routes', one.ms, 'ms', 1000),
      ];
    },
  },
  {
    name: 'analysis-checks',
    description: 'the data checks over every facility and flow (records read from the store, then checked)',
    run(ctx) {
      const { ws } = bigWorkspace(ctx);
      collectGarbage();
      const { ms, result } = time(() => dataChecks(loadCheckInput(ws), { include_planned: true }));
      ctx.log(`checks: ${result.counts.warning} warnings, ${result.counts.notice} notices`);
      return [metric('analysis: data checks, 20k/100k (read and check)', ms, 'ms', 1000)];
    },
  },
  {
    name: 'analysis-worker-send',
    description: "the window's records copied to its analysis worker: all of them, and after one edit only what changed",
    run(ctx) {
      const { ws } = bigWorkspace(ctx);
      const sent: RecordLists = { facilities: ws.all('facilities', 'id'), flows: ws.all('flows', 'id'), materials: ws.all('materials', 'id') };
      // structuredClone is the copy postMessage makes; the median of 3 of each.
      const all = medianOf3(() => structuredClone(graphRecords(sent)));
      // An edit as the window's store applies it: the record replaced in its place.
      const flows = sent.flows.slice();
      flows[500] = { ...flows[500]!, volume_t: 1, revision: flows[500]!.revision + 1 };
      const now: RecordLists = { ...sent, flows };
      const patch = recordsPatch(sent, now);
      if (!patch || patch.flows.length !== 1) throw new Error('the edit did not give a one-record patch');
      const one = medianOf3(() => structuredClone(recordsPatch(sent, now)));
      return [
        metric('window -> analysis worker: every record, 20k/100k', all, 'ms', null),
        metric('window -> analysis worker: after one edit', one, 'ms', 20),
      ];
    },
  },
  {
    name: 'analysis-concentration',
    description: 'concentration of every stage on both bases (capacity and throughput)',
    run(ctx) {
      const { graph } = bigGraph(ctx);
      const { ms } = time(() => concentrationOverview(graph));
      return [metric('analysis: concentration, all stages, both bases', ms, 'ms', 100)];
    },
  },
  {
    name: 'analysis-chokepoints',
    description: 'chokepoints (facility and country shares, dominators) for all OEMs',
    run(ctx) {
      const { graph } = bigGraph(ctx);
      collectGarbage();
      const targets = defaultTargets(graph);
      const { ms, result } = time(() => chokepoints(graph, targets));
      ctx.log(`chokepoints: ${targets.length} OEMs, ${result.single_points_of_failure.length} single points of failure`);
      return [metric('analysis: chokepoints for all OEMs', ms, 'ms', 2000)];
    },
  },
  {
    name: 'analysis-scenario',
    description: '24-month scenario: China bans all exports from month 1',
    run(ctx) {
      const { graph } = bigGraph(ctx);
      const scenario = scenarioFields.parse({ name: 'China export ban', months: 24, disruptions: [{ kind: 'country', country: 'CN', fraction: 1, start_month: 1 }] });
      collectGarbage();
      const { ms, result } = time(() => runScenario(graph, scenario));
      ctx.log(`scenario: ${result.facilities.filter((f) => f.months_to_shortfall !== null).length} facilities run short`);
      return [metric('analysis: 24-month scenario', ms, 'ms', 1000)];
    },
  },
];
