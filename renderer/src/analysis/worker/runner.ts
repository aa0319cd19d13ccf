// What the worker does, without the worker: keeps the records it was given, builds the
// analysis graph once per version (and per "count planned" setting), and runs an analysis
// operation on it with the input parsed by the same zod schema as db/api.ts.
import type { z } from 'zod';
import { dataChecks } from '../../../../db/analysis/checks';
import { buildGraph, type Graph } from '../../../../db/analysis/graph';
import { chokepointsOp, concentrationAllOp, provenanceOp, scenarioOp } from '../../../../db/analysis/ops';
import { issuesFromZod, LodestoneError, validationError, type LodestoneErrorData } from '../../../../db/errors';
import { chokepointsInput, concentrationAllInput, provenanceInput, scenarioRunInput } from '../../../../db/model/analysis';
import { checksInput } from '../../../../db/model/checks';
import type { AnalysisOp, AnalysisRecords, RecordsPatch } from './protocol';
import { applyPatch } from './records';

interface OpDef<S extends z.ZodType> {
  schema: S;
  run(graph: (includePlanned: boolean) => Graph, input: z.output<S>, records: AnalysisRecords): unknown;
}
const def = <S extends z.ZodType>(d: OpDef<S>) => d;

const OPS: Record<AnalysisOp, OpDef<z.ZodType>> = {
  'analysis.concentrationAll': def({ schema: concentrationAllInput, run: (g, i) => concentrationAllOp(g(i.include_planned)) }),
  'analysis.provenance': def({ schema: provenanceInput, run: (g, i) => provenanceOp(g(i.include_planned), i) }),
  'analysis.chokepoints': def({ schema: chokepointsInput, run: (g, i) => chokepointsOp(g(i.include_planned), i) }),
  'analysis.scenario': def({ schema: scenarioRunInput, run: (g, i) => scenarioOp(g, i.include_planned, i.scenario) }),
  'analysis.checks': def({ schema: checksInput, run: (_, i, records) => dataChecks(records, i) }),
} as Record<AnalysisOp, OpDef<z.ZodType>>;

export function errorDataOf(error: unknown): LodestoneErrorData {
  if (error instanceof LodestoneError) return error.toData();
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}

export class AnalysisRunner {
  private records: AnalysisRecords = { facilities: [], flows: [], materials: [] };
  private graphs = new Map<boolean, Graph>();
  version = -1;

  setRecords(version: number, records: AnalysisRecords): void {
    this.version = version;
    this.records = records;
    this.graphs.clear();
  }

  patchRecords(version: number, patch: RecordsPatch): void {
    this.version = version;
    applyPatch(this.records, patch);
    this.graphs.clear();
  }

  private graph = (includePlanned: boolean): Graph => {
    let graph = this.graphs.get(includePlanned);
    if (!graph) {
      graph = buildGraph(this.records, { include_planned: includePlanned });
      this.graphs.set(includePlanned, graph);
    }
    return graph;
  };

  /** Runs one operation; throws a LodestoneError for bad input, as the host would. */
  run(op: AnalysisOp, input: unknown): unknown {
    const entry = OPS[op];
    if (!entry) throw new LodestoneError('validation', `Unknown analysis operation ${String(op)}`);
    const parsed = entry.schema.safeParse(input ?? {});
    if (!parsed.success) throw validationError(issuesFromZod(parsed.error));
    return entry.run(this.graph, parsed.data, this.records);
  }
}
