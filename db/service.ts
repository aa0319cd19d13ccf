// The one implementation of db/api.ts: validates each call's input with its schema and
// runs it against a workspace. Every host (Electron IPC, browser host, CLI) calls this.
import { api, isOpName, type OpName, type OpOutput, type OpParsedInput, type OpResult, type WorkspaceInfo } from './api';
import { chokepointsOp, concentrationAllOp, concentrationOp, provenanceOp, scenarioOp } from './analysis/ops';
import { createGraphCache } from './analysis/cache';
import { exportCsv } from './csv/export';
import { importCsv } from './csv/import';
import { previewCsv } from './csv/preview';
import { exportGraph } from './interop';
import { listSnapshotHistory } from './snapshot/history';
import * as snapshotOps from './snapshot/ops';
import { issuesFromZod, toErrorData, validationError } from './errors';
import { checkWorkspace, listReviews, reopenFindings, reviewFindings } from './repos/check-reviews';
import { createFacility, deleteFacilities, getFacility, listFacilities, updateFacilities, updateFacility } from './repos/facilities';
import { createFlow, deleteFlows, listFlows, updateFlow, updateFlows } from './repos/flows';
import { createMaterial, deleteMaterial, listMaterials, updateMaterial } from './repos/materials';
import { listPositions, resetPositions, savePositions } from './repos/positions';
import { createScenario, deleteScenario, getScenario, listScenarios, updateScenario } from './repos/scenarios';
import { createSource, deleteSource, linkSource, linkSourceMany, listLinks, listSources, unlinkSource, updateSource } from './repos/sources';
import { defaultSampleDir, loadSample } from './sample';
import { batchChanges } from './store/batch-changes';
import { listBatches } from './store/batches';
import { recordChanges } from './store/record-changes';
import { redo, redoCandidate, undo, undoCandidate } from './store/history';
import { SCHEMA_VERSION } from './store/migrations';
import type { Workspace } from './workspace';

export interface ServiceOptions {
  /** Folder holding the sample workspace files (assets/sample); hosts that bundle code pass it. */
  sampleDir?: string;
}

type Handlers = { [N in OpName]: (input: OpParsedInput<N>) => OpOutput<N> };

export function workspaceInfo(ws: Workspace): WorkspaceInfo {
  const last = ws.prepare('SELECT max(id) AS id FROM change_batches').get() as { id: number | null };
  return {
    path: ws.path,
    workspace_id: ws.meta('workspace_id') ?? '',
    name: ws.meta('name') ?? '',
    schema_version: SCHEMA_VERSION,
    counts: {
      materials: ws.count('materials'),
      facilities: ws.count('facilities'),
      flows: ws.count('flows'),
      sources: ws.count('sources'),
    },
    undo: undoCandidate(ws)?.label ?? null,
    redo: redoCandidate(ws)?.label ?? null,
    last_change: last.id ?? 0,
  };
}

function handlers(ws: Workspace, options: ServiceOptions): Handlers {
  const graph = createGraphCache(ws);
  return {
    'workspace.info': () => workspaceInfo(ws),
    'workspace.loadSample': () => {
      loadSample(ws, options.sampleDir ?? defaultSampleDir());
      return workspaceInfo(ws);
    },

    'materials.list': () => listMaterials(ws),
    'materials.create': (input) => createMaterial(ws, input),
    'materials.update': (input) => updateMaterial(ws, input),
    'materials.delete': ({ id }) => deleteMaterial(ws, id),

    'facilities.list': () => listFacilities(ws),
    'facilities.get': ({ id }) => getFacility(ws, id),
    'facilities.create': (input) => createFacility(ws, input),
    'facilities.update': (input) => updateFacility(ws, input),
    'facilities.updateMany': (input) => updateFacilities(ws, input),
    'facilities.delete': ({ ids }) => deleteFacilities(ws, ids),

    'flows.list': () => listFlows(ws),
    'flows.create': (input) => createFlow(ws, input),
    'flows.update': (input) => updateFlow(ws, input),
    'flows.updateMany': (input) => updateFlows(ws, input),
    'flows.delete': ({ ids }) => deleteFlows(ws, ids),

    'sources.list': () => listSources(ws),
    'sources.create': (input) => createSource(ws, input),
    'sources.update': (input) => updateSource(ws, input),
    'sources.delete': ({ id }) => deleteSource(ws, id),
    'sources.links': (input) => listLinks(ws, input),
    'sources.link': (input) => linkSource(ws, input),
    'sources.linkMany': (input) => linkSourceMany(ws, input),
    'sources.unlink': ({ id }) => unlinkSource(ws, id),

    'history.undo': () => {
      const batch = undo(ws);
      return { batch_id: batch.id, label: batch.label, info: workspaceInfo(ws) };
    },
    'history.redo': () => {
      const batch = redo(ws);
      return { batch_id: batch.id, label: batch.label, info: workspaceInfo(ws) };
    },
    'history.list': ({ limit }) => listBatches(ws, limit),
    'history.changes': ({ batch_id, limit }) => batchChanges(ws, batch_id, limit),
    'history.record': ({ table, id, limit }) => recordChanges(ws, table, id, limit),

    'diagram.positions': ({ layout }) => listPositions(ws, layout),
    'diagram.savePositions': ({ layout, positions }) => savePositions(ws, layout, positions),
    'diagram.resetPositions': ({ layout }) => resetPositions(ws, layout),

    'csv.import': (input) =>
      importCsv(ws, {
        materials: input.materials === undefined ? undefined : { name: 'materials.csv', data: input.materials, mapping: input.mapping?.materials },
        facilities:
          input.facilities === undefined ? undefined : { name: 'facilities.csv', data: input.facilities, mapping: input.mapping?.facilities },
        flows: input.flows === undefined ? undefined : { name: 'flows.csv', data: input.flows, mapping: input.mapping?.flows },
      }),
    'csv.preview': (input) => previewCsv(ws, input),
    'csv.export': () => exportCsv(ws),

    'analysis.concentration': (input) => concentrationOp(graph(input.include_planned), input),
    'analysis.concentrationAll': (input) => concentrationAllOp(graph(input.include_planned)),
    'analysis.provenance': (input) => provenanceOp(graph(input.include_planned), input),
    'analysis.chokepoints': (input) => chokepointsOp(graph(input.include_planned), input),
    'analysis.checks': (input) => checkWorkspace(ws, input),
    'checks.reviews': () => listReviews(ws),
    'checks.review': (input) => reviewFindings(ws, input),
    'checks.reopen': (input) => reopenFindings(ws, input),
    'analysis.scenario': (input) => scenarioOp(graph, input.include_planned, input.scenario),

    'scenarios.list': () => listScenarios(ws),
    'scenarios.create': (input) => createScenario(ws, input),
    'scenarios.update': (input) => updateScenario(ws, input),
    'scenarios.delete': ({ id }) => deleteScenario(ws, id),
    'scenarios.run': (input) => {
      const saved = getScenario(ws, input.id);
      return scenarioOp(graph, input.include_planned, saved, input.months ?? saved.months, 'disruptions');
    },

    'snapshot.export': (input) => snapshotOps.exportOp(ws, input),
    'snapshot.verify': (input) => snapshotOps.verifyOp(input),
    'snapshot.diff': (input) => snapshotOps.diffOp(ws, input),
    'snapshot.merge': (input) => snapshotOps.mergeOp(ws, input),
    'snapshot.open': (input) => snapshotOps.openOp(input),
    'snapshot.history': ({ limit }) => listSnapshotHistory(ws, limit),

    'graph.export': ({ format }) => exportGraph(ws, format),
  };
}

export interface Service {
  /** Validates and runs one operation; never throws. */
  call(name: string, input: unknown): OpResult<OpName>;
  /** The same, typed, throwing a LodestoneError on failure (for in-process callers). */
  run<N extends OpName>(name: N, input: unknown): OpOutput<N>;
}

export function createService(ws: Workspace, options: ServiceOptions = {}): Service {
  const table = handlers(ws, options);
  const run = <N extends OpName>(name: N, input: unknown): OpOutput<N> => {
    const parsed = api[name].input.safeParse(input ?? {});
    if (!parsed.success) {
      // Updates nest fields under `changes`; report the field itself, as creates do.
      const issues = issuesFromZod(parsed.error).map((i) => ({ ...i, path: i.path.replace(/^changes\./, '') }));
      throw validationError(issues);
    }
    const handler = table[name] as (value: unknown) => OpOutput<N>;
    return handler(parsed.data);
  };
  return {
    run,
    call(name, input) {
      if (!isOpName(name)) return { ok: false, error: { code: 'not_found', message: `Unknown operation "${String(name)}"` } };
      try {
        return { ok: true, value: run(name, input) };
      } catch (error) {
        return { ok: false, error: toErrorData(error) };
      }
    },
  };
}
