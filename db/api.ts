// THE contract: every operation the UI (and any host) may call, by name, with its input
// schema and output type. Electron IPC, the browser host, the CLI and the renderer client
// all derive from this table; nothing else names an operation.
// Imports only zod and db/model so that the renderer can import it.
import { z } from 'zod';
import {
  facilityUpdateManyInput,
  facilityCreateSchema,
  facilityFields,
  flowBulkFields,
  flowCreateSchema,
  flowFieldsBase,
  materialCreateSchema,
  materialFields,
  recordId,
  recordTypeSchema,
  sourceCreateSchema,
  sourceFields,
  sourceLinkFields,
  sourceLinkManyFields,
  updateManyOf,
  updateOf,
  type Facility,
  type Flow,
  type Material,
  type Source,
  type SourceLink,
} from './model/schemas';
import {
  chokepointsInput,
  concentrationAllInput,
  concentrationInput,
  provenanceInput,
  savedScenarioRunInput,
  scenarioCreateSchema,
  scenarioRunInput,
  scenarioUpdateSchema,
  type ChokepointsResult,
  type ConcentrationOverview,
  type ConcentrationResult,
  type ProvenanceResult,
  type Scenario,
  type ScenarioResult,
} from './model/analysis';
import {
  snapshotExportInput,
  snapshotFileInput,
  snapshotMergeInput,
  type SnapshotTable,
} from './model/snapshot';
import type { LodestoneErrorData } from './errors';
import { checksInput, checksReviewInput, checksReopenInput, type CheckReview, type ChecksReviewResult, type DataChecksResult } from './model/checks';
import { GRAPH_FORMATS, type CsvPreview, type GraphExport } from './model/exchange-types';
import type {
  MergeReport,
  OpenedSnapshot,
  SnapshotDiff,
  SnapshotExport,
  SnapshotHistoryEntry,
  SnapshotVerification,
} from './model/snapshot-types';

export interface WorkspaceInfo {
  path: string;
  workspace_id: string;
  name: string;
  schema_version: number;
  counts: { materials: number; facilities: number; flows: number; sources: number };
  /** Label of the write Ctrl+Z would undo, or null. */
  undo: string | null;
  redo: string | null;
  /** Id of the newest change batch; bumps on every write, by any process. */
  last_change: number;
}

export interface DeleteResult {
  deleted: { materials: number; facilities: number; flows: number; sources: number; source_links: number };
}

/** What a bulk update did. */
export interface UpdateManyResult {
  /** Records whose stored values changed. */
  updated: number;
  /** Records that already had the values. */
  unchanged: number;
}

/** What citing one source for many records did. */
export interface LinkManyResult {
  /** Citations made. */
  linked: number;
  /** Records that already cited the source (left as they were). */
  already: number;
}

export interface HistoryStep {
  batch_id: number;
  label: string;
  info: WorkspaceInfo;
}

export interface ChangeBatch {
  id: number;
  at: string;
  label: string;
  kind: 'edit' | 'import' | 'undo' | 'redo';
  state: 'done' | 'undone' | 'discarded';
  entries: number;
}

/** One field an update changed, with the names of the records a reference pointed to. */
export interface BatchFieldChange {
  field: string;
  before: unknown;
  after: unknown;
  before_name?: string;
  after_name?: string;
}

/** What one batch did to one record. */
export interface BatchChangeEntry {
  /** A record table (store/tables.ts). */
  table: SnapshotTable;
  id: string;
  op: 'insert' | 'update' | 'delete';
  /** As store/labels.ts names it: a flow "from → to · material". */
  label: string;
  /** For an update, the fields it changed (meta fields left out); empty otherwise. */
  fields: BatchFieldChange[];
}

export interface BatchChanges {
  batch: ChangeBatch;
  /** In the order they were written, up to the limit asked for. */
  entries: BatchChangeEntry[];
  /** Entries past the limit, not listed. */
  more: number;
  /** Every entry of the batch by what it did, listed or not. */
  counts: Record<BatchChangeEntry['op'], number>;
}

/** One change to one record, with the batch that made it. */
export interface RecordChange {
  batch: Omit<ChangeBatch, 'entries'>;
  /** For a citation of the record (a source link made, changed or removed): the source's title. */
  citation?: string;
  /** For a review of one of the record's check findings (made, renewed or reopened): the check's title and the note. */
  review?: { check: string; note: string };
  op: BatchChangeEntry['op'];
  /** For an update, the fields it changed; empty otherwise. */
  fields: BatchFieldChange[];
}

export interface RecordChanges {
  /** Newest first, up to the limit asked for. */
  changes: RecordChange[];
  /** Older changes past the limit, not listed. */
  more: number;
}

export interface ImportReport {
  rows_read: { materials: number; facilities: number; flows: number };
  created: { materials: number; facilities: number; flows: number; sources: number };
  updated: { materials: number; facilities: number; flows: number };
  unchanged: { materials: number; facilities: number; flows: number };
  /** Materials that flows named and the workspace did not have; created with form "oxide"... see csv docs. */
  new_materials: string[];
  errors: { file: string; line: number; field: string; message: string }[];
  /** The recorded batch (history.changes lists what it did); null when nothing changed. */
  batch_id: number | null;
}

export interface CsvExport {
  facilities: string;
  flows: string;
  materials: string;
}

export const DIAGRAM_LAYOUTS = ['chain', 'force', 'map'] as const;
export type DiagramLayout = (typeof DIAGRAM_LAYOUTS)[number];
export interface NodePosition {
  facility_id: string;
  x: number;
  y: number;
}
const layoutInput = z.object({ layout: z.enum(DIAGRAM_LAYOUTS, { error: `Layout must be one of: ${DIAGRAM_LAYOUTS.join(', ')}` }) });
const coordinate = z.number().finite().min(-1e7).max(1e7);

const none = z.object({}).strict().default({});
/** A CSV file's column (any case) -> the Lodestone column it holds, or '' to ignore it. */
const columnMapping = z.record(z.string().max(200), z.string().max(200)).refine((m) => Object.keys(m).length <= 200, 'At most 200 mapped columns');
const companionCsv = z.object({ text: z.string(), file_name: z.string().max(500).optional(), mapping: columnMapping.optional() });
const byId = z.object({ id: recordId });
const byIds = z.object({ ids: z.array(recordId).min(1).max(100_000) });

/** Declares an operation: its input schema, and (as a type only) its output. */
function op<Output>() {
  return <Input extends z.ZodType>(input: Input, kind: 'read' | 'write') => ({
    input,
    kind,
    output: undefined as unknown as Output,
  });
}

export const api = {
  'workspace.info': op<WorkspaceInfo>()(none, 'read'),
  /** Loads the rare-earth sample; only into an empty workspace. */
  'workspace.loadSample': op<WorkspaceInfo>()(none, 'write'),

  'materials.list': op<Material[]>()(none, 'read'),
  'materials.create': op<Material>()(materialCreateSchema, 'write'),
  'materials.update': op<Material>()(updateOf(materialFields), 'write'),
  'materials.delete': op<DeleteResult>()(byId, 'write'),

  'facilities.list': op<Facility[]>()(none, 'read'),
  'facilities.get': op<Facility>()(byId, 'read'),
  'facilities.create': op<Facility>()(facilityCreateSchema, 'write'),
  'facilities.update': op<Facility>()(updateOf(facilityFields), 'write'),
  /** Sets the same fields (stage, country, operator, owner country, status, confidence) on many facilities, and adds or takes away tags, as one undoable step. */
  'facilities.updateMany': op<UpdateManyResult>()(facilityUpdateManyInput, 'write'),
  /** Deletes the facilities with their flows and source links, as one undoable step. */
  'facilities.delete': op<DeleteResult>()(byIds, 'write'),

  'flows.list': op<Flow[]>()(none, 'read'),
  'flows.create': op<Flow>()(flowCreateSchema, 'write'),
  'flows.update': op<Flow>()(updateOf(flowFieldsBase), 'write'),
  /** Sets the same fields (material, year, status, confidence) on many flows, as one undoable step. */
  'flows.updateMany': op<UpdateManyResult>()(updateManyOf(flowBulkFields), 'write'),
  'flows.delete': op<DeleteResult>()(byIds, 'write'),

  'sources.list': op<Source[]>()(none, 'read'),
  'sources.create': op<Source>()(sourceCreateSchema, 'write'),
  'sources.update': op<Source>()(updateOf(sourceFields), 'write'),
  'sources.delete': op<DeleteResult>()(byId, 'write'),
  'sources.links': op<SourceLink[]>()(
    z.object({
      source_id: recordId.optional(),
      record_type: recordTypeSchema.exclude(['source']).optional(),
      record_id: recordId.optional(),
    }),
    'read',
  ),
  'sources.link': op<SourceLink>()(sourceLinkFields, 'write'),
  /** Cites one source for many records of a type, as one undoable step; records already citing it are left. */
  'sources.linkMany': op<LinkManyResult>()(sourceLinkManyFields, 'write'),
  'sources.unlink': op<DeleteResult>()(byId, 'write'),

  'history.undo': op<HistoryStep>()(none, 'write'),
  'history.redo': op<HistoryStep>()(none, 'write'),
  'history.list': op<ChangeBatch[]>()(z.object({ limit: z.number().int().min(1).max(1000).default(50) }), 'read'),
  /** The changes one record went through, newest first, each with the batch that made it. */
  'history.record': op<RecordChanges>()(
    z.object({
      table: z.enum(['materials', 'facilities', 'flows', 'sources'], { error: 'table must be materials, facilities, flows or sources' }),
      id: recordId,
      limit: z.number().int().min(1).max(1_000).default(100),
    }),
    'read',
  ),
  /** What one batch (an edit, an import, a merge, an undo) did, record by record. */
  'history.changes': op<BatchChanges>()(
    z.object({
      batch_id: z.number({ error: 'batch_id must be a whole number' }).int('batch_id must be a whole number').min(1, 'batch_id must be 1 or more'),
      limit: z.number().int().min(1).max(100_000).default(2_000),
    }),
    'read',
  ),

  /** Where a person placed facilities in a diagram layout (view state, not undoable). */
  'diagram.positions': op<NodePosition[]>()(layoutInput, 'read'),
  'diagram.savePositions': op<{ saved: number }>()(
    layoutInput.extend({
      positions: z.array(z.object({ facility_id: recordId, x: coordinate, y: coordinate })).max(100_000),
    }),
    'write',
  ),
  'diagram.resetPositions': op<{ removed: number }>()(layoutInput, 'write'),

  /** CSV texts in the import format of interfaces.md; all or nothing. `mapping`: per file, its column -> ours ('' ignores it). */
  'csv.import': op<ImportReport>()(
    z.object({
      facilities: z.string().optional(),
      flows: z.string().optional(),
      materials: z.string().optional(),
      mapping: z
        .object({ facilities: columnMapping.optional(), flows: columnMapping.optional(), materials: columnMapping.optional() })
        .optional(),
    }),
    'write',
  ),
  /** One CSV text checked under a column mapping, without importing: header, first rows, problems by line. */
  'csv.preview': op<CsvPreview>()(
    z.object({
      kind: z.enum(['facilities', 'flows', 'materials'], { error: 'kind must be facilities, flows or materials' }),
      text: z.string(),
      file_name: z.string().max(500).optional(),
      mapping: columnMapping.optional(),
      rows: z.number().int().min(0).max(1000).default(20),
      /** Files imported together with this one: the records they define count (flows naming facilities.csv's facilities). */
      alongside: z.object({ facilities: companionCsv.optional(), flows: companionCsv.optional(), materials: companionCsv.optional() }).optional(),
    }),
    'read',
  ),
  'csv.export': op<CsvExport>()(none, 'read'),

  /** Analyses (db/analysis; methods and shapes in interfaces.md). Only operating records count unless include_planned. */
  'analysis.concentration': op<ConcentrationResult>()(concentrationInput, 'read'),
  /** Every stage on both bases: the "mining only vs whole chain" side-by-side. */
  'analysis.concentrationAll': op<ConcentrationOverview>()(concentrationAllInput, 'read'),
  /** Of one facility, or of a set traced together (`facilities`), by id or unique name. */
  'analysis.provenance': op<ProvenanceResult>()(provenanceInput, 'read'),
  'analysis.chokepoints': op<ChokepointsResult>()(chokepointsInput, 'read'),
  /**
   * Records the analyses read in a way that is likely not meant (db/analysis/checks.ts),
   * warnings first; each finding with its review, and the counts of the open ones.
   */
  'analysis.checks': op<DataChecksResult>()(checksInput, 'read'),
  /** Runs a scenario definition without saving it. */
  'analysis.scenario': op<ScenarioResult>()(scenarioRunInput, 'read'),

  /** Saved disruption scenarios: records, change-logged and undoable. */
  'scenarios.list': op<Scenario[]>()(none, 'read'),
  'scenarios.create': op<Scenario>()(scenarioCreateSchema, 'write'),
  /** Replaces the whole definition; `revision` refuses a stale edit. */
  'scenarios.update': op<Scenario>()(scenarioUpdateSchema, 'write'),
  'scenarios.delete': op<{ deleted: { scenarios: number } }>()(byId, 'write'),
  'scenarios.run': op<ScenarioResult>()(savedScenarioRunInput, 'read'),

  /** Reviews of data-check findings: judged right, with a note; change-logged and undoable, not exchanged in snapshots. */
  'checks.reviews': op<CheckReview[]>()(none, 'read'),
  /** Marks findings reviewed (again: a new note and today's figure); each must be a finding now. */
  'checks.review': op<ChecksReviewResult>()(checksReviewInput, 'write'),
  /** Removes reviews by id: their findings count as open again. */
  'checks.reopen': op<{ reopened: number }>()(checksReopenInput, 'write'),

  /** Snapshots (*.lodestone, interfaces.md): files travel as base64. Export records the exchange (not undoable). */
  'snapshot.export': op<SnapshotExport>()(snapshotExportInput, 'write'),
  /** Checks a file without importing it; a bad file is { valid: false, message }. */
  'snapshot.verify': op<SnapshotVerification>()(snapshotFileInput, 'read'),
  'snapshot.diff': op<SnapshotDiff>()(snapshotFileInput, 'read'),
  /** One undoable batch, after a backup of the workspace file; conflicts by on_conflict unless `choices` names the side. */
  'snapshot.merge': op<MergeReport>()(snapshotMergeInput, 'write'),
  /** A verified snapshot's records, to browse without merging. */
  'snapshot.open': op<OpenedSnapshot>()(snapshotFileInput, 'read'),
  'snapshot.history': op<SnapshotHistoryEntry[]>()(z.object({ limit: z.number().int().min(1).max(1000).default(50) }), 'read'),

  /** The workspace as GraphML, GEXF 1.3 or Cytoscape JSON text. */
  'graph.export': op<GraphExport>()(z.object({ format: z.enum(GRAPH_FORMATS, { error: `format must be one of: ${GRAPH_FORMATS.join(', ')}` }) }), 'read'),
} as const;

export type Api = typeof api;
export type OpName = keyof Api;
export const OP_NAMES = Object.keys(api) as OpName[];
export type OpInput<N extends OpName> = z.input<Api[N]['input']>;
export type OpParsedInput<N extends OpName> = z.output<Api[N]['input']>;
export type OpOutput<N extends OpName> = Api[N]['output'];

export function isOpName(name: unknown): name is OpName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(api, name);
}

/** What every host returns for a call: the output, or an error as plain data. */
export type OpResult<N extends OpName> = { ok: true; value: OpOutput<N> } | { ok: false; error: LodestoneErrorData };

/** The one function a client needs; each host provides it. */
export type Invoke = <N extends OpName>(name: N, input: OpInput<N>) => Promise<OpOutput<N>>;

/** The one IPC channel (Electron) and the HTTP route prefix and token header (browser mode). */
export const IPC_CHANNEL = 'lodestone:invoke';
export const HTTP_API_PREFIX = '/api/';
export const TOKEN_HEADER = 'x-lodestone-token';
