// The messages between the Analysis view and its Web Worker. The worker answers the same
// analysis operations as db/api.ts (same names, inputs and outputs), so the view can send
// a request to either one, and a measurement can compare the two.
import type { OpInput, OpOutput } from '../../../../db/api';
import type { LodestoneErrorData } from '../../../../db/errors';
import type { CheckFacility, CheckMaterial } from '../../../../db/analysis/checks';
import type { GraphFacility, GraphFlow, GraphMaterial } from '../../../../db/analysis/graph';

export const ANALYSIS_OPS = ['analysis.concentrationAll', 'analysis.provenance', 'analysis.chokepoints', 'analysis.scenario', 'analysis.checks'] as const;
export type AnalysisOp = (typeof ANALYSIS_OPS)[number];
export type AnalysisInput<N extends AnalysisOp> = OpInput<N>;
export type AnalysisOutput<N extends AnalysisOp> = OpOutput<N>;

/** The records the worker is sent: what the graph reads, and what the data checks read besides. */
export interface AnalysisRecords {
  facilities: (GraphFacility & CheckFacility)[];
  flows: GraphFlow[];
  materials: (GraphMaterial & CheckMaterial)[];
}

/** Records changed since the last send, each at its position in its list (past the end: new). */
export interface RecordsPatch {
  facilities: [number, AnalysisRecords['facilities'][number]][];
  flows: [number, GraphFlow][];
  materials: [number, AnalysisRecords['materials'][number]][];
}

export type WorkerRequest =
  /** The records to analyse; `version` names them (the store's version). */
  | { type: 'data'; version: number; records: AnalysisRecords }
  /** The records to analyse, as a patch of the ones held. */
  | { type: 'patch'; version: number; patch: RecordsPatch }
  | { type: 'run'; id: number; op: AnalysisOp; input: unknown };

export type WorkerResponse =
  | { type: 'result'; id: number; ok: true; value: unknown; ms: number; version: number }
  | { type: 'result'; id: number; ok: false; error: LodestoneErrorData; version: number };
