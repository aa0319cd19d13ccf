// CSV import (interfaces.md "CSV import format"): every row of every file is validated
// first, against the workspace plus the files themselves; any error refuses the whole import
// and writes nothing. Otherwise everything is written in one batch, so one undo reverts it.
import { newId } from '../model/ids';
import type { z } from 'zod';
import type { ImportReport } from '../api';
import { LodestoneError, type FieldIssue } from '../errors';
import {
  facilityFields,
  flowFieldsBase,
  materialFields,
  recordId,
  sourceFields,
  type Facility,
  type FacilityFields,
  type Flow,
  type FlowFields,
  type Material,
  type MaterialFields,
  type SourceLink,
} from '../model/schemas';
import { sameContent, writeBatch, type Tx } from '../store/changes';
import type { TableName } from '../store/tables';
import type { Workspace } from '../workspace';
import {
  COLUMN_OF_FIELD,
  CSV_FORMAT,
  guessMaterialForm,
  nameKey,
  parseNumberCell,
  SOURCE_SEPARATOR,
  splitList,
  type CsvKind,
} from './format';
import { CsvSyntaxError, decodeCsv, parseCsv, type CsvRow } from './parse';

export interface CsvFile {
  /** Shown in messages: "facilities.csv", or the path the user chose. */
  name: string;
  data: Uint8Array | string;
}

export interface CsvImportFiles {
  materials?: CsvFile | undefined;
  facilities?: CsvFile | undefined;
  flows?: CsvFile | undefined;
}

export interface CsvImportOptions {
  /** Label of the batch in the history (undo menu); a summary of the files by default. */
  label?: string;
  /** Runs first inside the import's transaction (e.g. the sample's sources). */
  before?: (tx: Tx) => void;
}

export type ImportIssue = ImportReport['errors'][number];

/** The import was refused; `report.errors` lists every problem found (up to a limit). */
export class CsvImportError extends LodestoneError {
  constructor(
    message: string,
    issues: FieldIssue[],
    readonly report: ImportReport,
  ) {
    super('validation', message, issues);
    this.name = 'CsvImportError';
  }
}

/** Errors kept in detail; beyond this they are only counted. */
export const MAX_REPORTED_ERRORS = 1000;

const KINDS: readonly CsvKind[] = ['materials', 'facilities', 'flows'];

interface Table {
  kind: CsvKind;
  file: string;
  /** column name -> index in each row */
  columns: Map<string, number>;
  rows: CsvRow[];
}

class Problems {
  readonly list: ImportIssue[] = [];
  total = 0;
  add(file: string, line: number, field: string, message: string): void {
    this.total++;
    if (this.list.length < MAX_REPORTED_ERRORS) this.list.push({ file, line, field, message });
  }
}

function emptyReport(): ImportReport {
  return {
    rows_read: { materials: 0, facilities: 0, flows: 0 },
    created: { materials: 0, facilities: 0, flows: 0, sources: 0 },
    updated: { materials: 0, facilities: 0, flows: 0 },
    unchanged: { materials: 0, facilities: 0, flows: 0 },
    new_materials: [],
    errors: [],
  };
}

/** Decodes and parses one file and checks its header; null when it cannot be read. */
function readTable(kind: CsvKind, file: CsvFile, problems: Problems): Table | null {
  let rows: CsvRow[];
  try {
    rows = parseCsv(decodeCsv(file.data));
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      problems.add(file.name, error.line, '', error.message);
      return null;
    }
    throw error;
  }
  const header = rows[0];
  if (!header) {
    problems.add(file.name, 1, '', `The file is empty; it needs a header row naming its columns (${CSV_FORMAT[kind].columns.join(', ')})`);
    return null;
  }
  const format = CSV_FORMAT[kind];
  const columns = new Map<string, number>();
  let ok = true;
  header.fields.forEach((raw, index) => {
    const name = raw.trim().toLowerCase();
    if (!format.columns.includes(name)) {
      problems.add(file.name, header.line, raw, `Unknown column "${raw}"; the columns are: ${format.columns.join(', ')}`);
      ok = false;
    } else if (columns.has(name)) {
      problems.add(file.name, header.line, name, `Column "${name}" appears twice in the header`);
      ok = false;
    } else {
      columns.set(name, index);
    }
  });
  for (const required of format.required) {
    if (!columns.has(required)) {
      problems.add(file.name, header.line, required, `Required column "${required}" is missing from the header`);
      ok = false;
    }
  }
  if (!ok) return null;
  const width = header.fields.length;
  const data: CsvRow[] = [];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.fields.length !== width) {
      problems.add(file.name, row.line, '', `This row has ${row.fields.length} fields but the header has ${width}`);
    } else {
      data.push(row);
    }
  }
  return { kind, file: file.name, columns, rows: data };
}

type Plan<R, F> = { line: number; id: string; existing: R | undefined; fields: F; sources: string[] };

const ABSENT = undefined;

/** The id rule of the schemas (recordId), tested directly: it runs for every row. */
const ID_SHAPE = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

/** A flow's fields other than its references, checked when a reference is already wrong. */
const flowRestFields = flowFieldsBase.omit({ from_id: true, to_id: true, material_id: true });

/**
 * Imports CSV files (any subset) into the workspace: validates everything, then writes it
 * all in one batch of kind 'import'. Throws CsvImportError (code 'validation') naming the
 * first problem, with every problem in `issues` and `report.errors`, and writes nothing.
 */
export function importCsv(ws: Workspace, files: CsvImportFiles, options: CsvImportOptions = {}): ImportReport {
  const problems = new Problems();
  const tables: Partial<Record<CsvKind, Table>> = {};
  for (const kind of KINDS) {
    const file = files[kind];
    if (file) tables[kind] = readTable(kind, file, problems) ?? undefined;
  }
  const report = emptyReport();
  for (const kind of KINDS) report.rows_read[kind] = tables[kind]?.rows.length ?? 0;

  const label = options.label ?? defaultLabel(report.rows_read);
  // Validation runs inside the batch's (immediate) transaction, so that what it checked is
  // what gets written even if another program shares the file; a refusal rolls back.
  return withLargeCache(ws, report.rows_read.facilities + report.rows_read.flows, () =>
    writeBatch(ws, { label, kind: 'import', checkForeignKeysAtEnd: true }, (tx) => {
      options.before?.(tx);
      const importer = new Importer(ws, problems, report);
      importer.validate(tables);
      if (problems.total > 0) throw refusal(problems, report);
      importer.write(tx);
      return report;
    }),
  );
}

/**
 * A big import writes tens of megabytes (rows, indexes, change log) in one transaction; with
 * SQLite's default 2 MB page cache it spills and re-reads pages, about 15% slower here. The
 * connection's cache is raised for the import and put back after.
 */
function withLargeCache<R>(ws: Workspace, rows: number, body: () => R): R {
  if (rows < 5_000) return body();
  const previous = ws.db.pragma('cache_size', { simple: true }) as number;
  const wantedKiB = 64 * 1024;
  const previousKiB = previous < 0 ? -previous : (previous * (ws.db.pragma('page_size', { simple: true }) as number)) / 1024;
  if (previousKiB >= wantedKiB) return body();
  ws.db.pragma(`cache_size = -${wantedKiB}`);
  try {
    return body();
  } finally {
    ws.db.pragma(`cache_size = ${previous}`);
  }
}

function defaultLabel(rows: ImportReport['rows_read']): string {
  const parts = KINDS.filter((k) => rows[k] > 0).map((k) => `${rows[k].toLocaleString('en-US')} ${rows[k] === 1 ? k.replace(/ies$/, 'y').replace(/s$/, '') : k}`);
  return `Import CSV${parts.length ? `: ${parts.join(', ')}` : ''}`;
}

function refusal(problems: Problems, report: ImportReport): CsvImportError {
  report.errors = problems.list;
  const first = problems.list[0]!;
  const where = `${first.file} line ${first.line}${first.field ? `, ${first.field}` : ''}`;
  const more = problems.total > 1 ? ` (and ${problems.total - 1} more error${problems.total > 2 ? 's' : ''})` : '';
  const issues: FieldIssue[] = problems.list.map((p) => ({ path: p.field, line: p.line, message: `${p.file}: ${p.message}` }));
  return new CsvImportError(`${where}: ${first.message}${more}; nothing was imported`, issues, report);
}

/**
 * A new record from validated fields, as Tx.insert makes it, but completing the object the
 * schema just produced instead of copying it twice: this runs 100,000 times in a big import.
 */
function stamp<F extends object>(tx: Tx, fields: F, id: string) {
  const record = fields as F & { id: string; created_at: string; updated_at: string; revision: number };
  record.id = id;
  record.created_at = tx.at;
  record.updated_at = tx.at;
  record.revision = 1;
  return record;
}

class Importer {
  private readonly materialById = new Map<string, Material>();
  /** Final material name key -> id, after this import's rows. */
  private readonly materialByKey = new Map<string, string>();
  private readonly materialIds = new Set<string>();
  /** Materials that rows named and nobody defined: created with a guessed form. */
  private readonly guessedMaterials = new Map<string, { id: string; name: string }>();

  /** Facility id -> final name (workspace plus facilities.csv). */
  private readonly facilityNames = new Map<string, string>();
  private facilityByKey: Map<string, string | null> | undefined;

  private readonly sourceByKey = new Map<string, string>();
  private readonly newSources = new Map<string, { id: string; title: string }>();
  private existingLinks: Set<string> | undefined;
  private readonly plannedLinks = new Set<string>();

  private materialPlans: Plan<Material, MaterialFields>[] = [];
  private facilityPlans: Plan<Facility, FacilityFields>[] = [];
  private flowPlans: Plan<Flow, FlowFields>[] = [];

  constructor(
    private readonly ws: Workspace,
    private readonly problems: Problems,
    private readonly report: ImportReport,
  ) {
    for (const material of ws.all('materials')) {
      this.materialById.set(material.id, material);
      this.materialIds.add(material.id);
      this.materialByKey.set(nameKey(material.name), material.id);
    }
    const sources = ws.prepare('SELECT id, title FROM sources ORDER BY created_at, id').all() as { id: string; title: string }[];
    for (const source of sources) {
      const key = nameKey(source.title);
      if (!this.sourceByKey.has(key)) this.sourceByKey.set(key, source.id);
    }
  }

  validate(tables: Partial<Record<CsvKind, Table>>): void {
    if (tables.materials) this.validateMaterials(tables.materials);
    if (tables.facilities || tables.flows) {
      for (const row of this.ws.db.prepare('SELECT id, name FROM facilities').raw(true).iterate() as Iterable<[string, string]>) {
        this.facilityNames.set(row[0], row[1]);
      }
    }
    if (tables.facilities) this.validateFacilities(tables.facilities);
    if (tables.flows) this.validateFlows(tables.flows);
  }

  // ---------- shared helpers ----------

  private add(table: Table, line: number, field: string, message: string): void {
    this.problems.add(table.file, line, field, message);
  }

  /** Checks the id cell: '' (none), a valid id, or undefined after reporting a problem. */
  private rowId(table: Table, row: CsvRow, seen: Map<string, number>): string | undefined {
    const index = table.columns.get('id');
    const id = index === undefined ? '' : row.fields[index]!.trim();
    if (id === '') return '';
    if (!ID_SHAPE.test(id) && !recordId.safeParse(id).success) {
      this.add(table, row.line, 'id', `"${id}" is not a valid id (1-64 letters, digits, ".", "_", ":" or "-")`);
      return ABSENT;
    }
    const first = seen.get(id);
    if (first !== undefined) {
      this.add(table, row.line, 'id', `Id "${id}" appears twice in this file (first on line ${first})`);
      return ABSENT;
    }
    seen.set(id, row.line);
    return id;
  }

  private zodProblems(table: Table, row: CsvRow, error: z.ZodError): void {
    const reported = new Set<string>();
    for (const issue of error.issues) {
      const field = String(issue.path[0] ?? '');
      const column = COLUMN_OF_FIELD[field] ?? field;
      if (reported.has(column)) continue;
      reported.add(column);
      const index = table.columns.get(column);
      const cell = index === undefined ? '' : row.fields[index]!.trim();
      const found = cell && !issue.message.includes(cell) ? ` (found "${cell.length > 40 ? `${cell.slice(0, 37)}...` : cell}")` : '';
      this.add(table, row.line, column, `${issue.message}${found}`);
    }
  }

  private numberCell(table: Table, row: CsvRow, column: string, target: Record<string, unknown>, field = column): void {
    const index = table.columns.get(column);
    if (index === undefined) return;
    const value = parseNumberCell(row.fields[index]!);
    if (value !== null && typeof value === 'object') {
      this.add(table, row.line, column, value.error);
      target[field] = ABSENT;
    } else {
      target[field] = value;
    }
  }

  /** Text cells: empty means "not given", so the schema's default or required rule applies. */
  private textCell(table: Table, row: CsvRow, column: string, target: Record<string, unknown>, lower = false): void {
    const index = table.columns.get(column);
    if (index === undefined) return;
    const cell = row.fields[index]!;
    target[column] = cell.trim() === '' ? ABSENT : lower ? cell.trim().toLowerCase() : cell;
  }

  private listCell(table: Table, row: CsvRow, column: string, target: Record<string, unknown>): void {
    const index = table.columns.get(column);
    if (index !== undefined) target[column] = splitList(row.fields[index]!);
  }

  private materialRef(table: Table, row: CsvRow, column: string): string | null | undefined {
    const cell = row.fields[table.columns.get(column)!]!.trim();
    if (cell === '') return null;
    const key = nameKey(cell);
    const known = this.materialByKey.get(key) ?? (this.materialIds.has(cell) ? cell : undefined);
    if (known) return known;
    const guessed = this.guessedMaterials.get(key);
    if (guessed) return guessed.id;
    const form = guessMaterialForm(cell);
    const check = materialFields.safeParse({ name: cell, form });
    if (!check.success) {
      this.add(table, row.line, column, `Cannot create material "${cell.slice(0, 40)}": ${check.error.issues[0]?.message ?? 'invalid'}`);
      return ABSENT;
    }
    const material = { id: newId(), name: check.data.name };
    this.guessedMaterials.set(key, material);
    return material.id;
  }

  private knownTitle(title: string): boolean {
    const key = nameKey(title);
    return this.sourceByKey.has(key) || this.newSources.has(key);
  }

  /** "A|B": titles split on "|", except where a known title itself contains "|". */
  private sourceTitles(cell: string): string[] {
    const pieces = cell.split(SOURCE_SEPARATOR);
    if (pieces.length === 1) return cell.trim() ? [cell.trim()] : [];
    const titles: string[] = [];
    for (let i = 0; i < pieces.length; ) {
      let take = 1;
      for (let j = pieces.length; j > i + 1; j--) {
        if (this.knownTitle(pieces.slice(i, j).join(SOURCE_SEPARATOR))) {
          take = j - i;
          break;
        }
      }
      const title = pieces.slice(i, i + take).join(SOURCE_SEPARATOR).trim();
      if (title) titles.push(title);
      i += take;
    }
    return titles;
  }

  private sourceRefs(table: Table, row: CsvRow): string[] {
    const index = table.columns.get('source');
    if (index === undefined) return [];
    const cell = row.fields[index]!;
    if (cell.trim() === '') return [];
    const ids: string[] = [];
    for (const title of this.sourceTitles(cell)) {
      const key = nameKey(title);
      let id = this.sourceByKey.get(key) ?? this.newSources.get(key)?.id;
      if (!id) {
        const check = sourceFields.safeParse({ title });
        if (!check.success) {
          this.add(table, row.line, 'source', `Source title: ${check.error.issues[0]?.message ?? 'invalid'}`);
          continue;
        }
        id = newId();
        this.newSources.set(key, { id, title: check.data.title });
      }
      if (!ids.includes(id)) ids.push(id);
    }
    return ids;
  }

  /** Counts a row as created, updated or unchanged (a new citation counts as an update). */
  private tally<R extends { id: string }>(kind: CsvKind, table: TableName, plan: Plan<R, object>, recordType: SourceLink['record_type']) {
    let newLink = false;
    if (plan.sources.length) {
      const links = this.loadLinks();
      plan.sources = plan.sources.filter((sourceId) => {
        const key = `${sourceId}\u0000${recordType}\u0000${plan.id}`;
        if (links.has(key) || this.plannedLinks.has(key)) return false;
        this.plannedLinks.add(key);
        return true;
      });
      newLink = plan.sources.length > 0;
    }
    if (!plan.existing) this.report.created[kind]++;
    else if (newLink || !sameContent(table, plan.existing as never, { ...plan.existing, ...plan.fields } as never)) this.report.updated[kind]++;
    else this.report.unchanged[kind]++;
  }

  private loadLinks(): Set<string> {
    if (!this.existingLinks) {
      this.existingLinks = new Set();
      const rows = this.ws.db.prepare('SELECT source_id, record_type, record_id FROM source_links').raw(true).all() as string[][];
      for (const [s, t, r] of rows) this.existingLinks.add(`${s}\u0000${t}\u0000${r}`);
    }
    return this.existingLinks;
  }

  // ---------- materials.csv ----------

  private validateMaterials(table: Table): void {
    const seen = new Map<string, number>();
    const existingByKey = new Map(this.materialByKey);
    for (const row of table.rows) {
      const id = this.rowId(table, row, seen);
      let existing: Material | undefined;
      if (id) existing = this.materialById.get(id);
      else if (id === '') {
        // No id: a material of that name is updated rather than duplicated.
        const index = table.columns.get('name')!;
        const byName = existingByKey.get(nameKey(row.fields[index]!));
        existing = byName ? this.materialById.get(byName) : undefined;
      }
      const input: Record<string, unknown> = existing ? { ...existing } : {};
      this.textCell(table, row, 'name', input);
      this.textCell(table, row, 'form', input, true);
      this.listCell(table, row, 'elements', input);
      this.textCell(table, row, 'unit', input);
      this.numberCell(table, row, 'reo_factor', input);
      this.textCell(table, row, 'notes', input);
      if (input.form === ABSENT && typeof input.name === 'string') input.form = guessMaterialForm(input.name);
      const parsed = materialFields.safeParse(input);
      if (!parsed.success) {
        this.zodProblems(table, row, parsed.error);
        continue;
      }
      if (id === ABSENT) continue;
      const recordIdValue = existing?.id ?? (id || newId());
      this.materialPlans.push({ line: row.line, id: recordIdValue, existing, fields: parsed.data, sources: [] });
      this.materialIds.add(recordIdValue);
    }
    // Names are unique (case-insensitively) among the workspace's materials after the import.
    const finalNames = new Map<string, string>();
    for (const [id, material] of this.materialById) finalNames.set(id, material.name);
    for (const plan of this.materialPlans) finalNames.set(plan.id, plan.fields.name);
    const idsByKey = new Map<string, string[]>();
    for (const [id, name] of finalNames) {
      const key = nameKey(name);
      const ids = idsByKey.get(key);
      if (ids) ids.push(id);
      else idsByKey.set(key, [id]);
    }
    this.materialByKey.clear();
    for (const [key, ids] of idsByKey) this.materialByKey.set(key, ids[0]!);
    for (const plan of this.materialPlans) {
      const ids = idsByKey.get(nameKey(plan.fields.name))!;
      if (ids.length > 1) {
        const other = ids.find((id) => id !== plan.id)!;
        this.add(table, plan.line, 'name', `Another material is also named "${plan.fields.name}" (id ${other}); material names must be unique`);
      }
    }
    for (const plan of this.materialPlans) this.tally('materials', 'materials', plan, 'material');
  }

  // ---------- facilities.csv ----------

  private validateFacilities(table: Table): void {
    const seen = new Map<string, number>();
    const capacityIndex = table.columns.get('capacity_material');
    for (const row of table.rows) {
      const id = this.rowId(table, row, seen);
      const existing = id && this.facilityNames.has(id) ? this.ws.get('facilities', id) : undefined;
      const input: Record<string, unknown> = existing ? { ...existing } : {};
      this.textCell(table, row, 'name', input);
      this.textCell(table, row, 'stage', input, true);
      this.textCell(table, row, 'country', input);
      this.textCell(table, row, 'operator', input);
      this.textCell(table, row, 'owner_country', input);
      if (table.columns.has('owner_country') && input.owner_country === ABSENT) input.owner_country = null;
      this.numberCell(table, row, 'lat', input);
      this.numberCell(table, row, 'lon', input);
      this.textCell(table, row, 'status', input, true);
      this.numberCell(table, row, 'capacity_t', input);
      if (capacityIndex !== undefined) input.capacity_material_id = this.materialRef(table, row, 'capacity_material');
      this.numberCell(table, row, 'stock_t', input);
      this.textCell(table, row, 'confidence', input, true);
      this.listCell(table, row, 'tags', input);
      this.textCell(table, row, 'notes', input);
      const sources = this.sourceRefs(table, row);
      const parsed = facilityFields.safeParse(input);
      if (!parsed.success) this.zodProblems(table, row, parsed.error);
      if (id === ABSENT) continue;
      const recordIdValue = id || newId();
      // Even an invalid row's id and name count for resolving flows, to avoid echo errors.
      this.facilityNames.set(recordIdValue, parsed.success ? parsed.data.name : String(input.name ?? ''));
      if (!parsed.success) continue;
      this.facilityPlans.push({ line: row.line, id: recordIdValue, existing, fields: parsed.data, sources });
    }
    for (const plan of this.facilityPlans) this.tally('facilities', 'facilities', plan, 'facility');
  }

  // ---------- flows.csv ----------

  private facilityRef(table: Table, row: CsvRow, column: 'from' | 'to'): string | undefined {
    const value = row.fields[table.columns.get(column)!]!.trim();
    if (value === '') {
      this.add(table, row.line, column, `${column === 'from' ? 'From' : 'To'} is required: a facility id or name`);
      return ABSENT;
    }
    if (this.facilityNames.has(value)) return value;
    if (!this.facilityByKey) {
      this.facilityByKey = new Map();
      for (const [id, name] of this.facilityNames) {
        const key = nameKey(name);
        this.facilityByKey.set(key, this.facilityByKey.has(key) ? null : id);
      }
    }
    const id = this.facilityByKey.get(nameKey(value));
    if (id === undefined) {
      this.add(table, row.line, column, `No facility with id or name "${value}" in the workspace or facilities file`);
      return ABSENT;
    }
    if (id === null) {
      this.add(table, row.line, column, `More than one facility is named "${value}"; use the facility's id`);
      return ABSENT;
    }
    return id;
  }

  private validateFlows(table: Table): void {
    const seen = new Map<string, number>();
    // Ids of the workspace's flows, so that rows with new ids cost no query.
    const existingIds = new Set<string>();
    if (table.columns.has('id')) {
      for (const flowId of this.ws.db.prepare('SELECT id FROM flows').pluck().iterate() as Iterable<string>) existingIds.add(flowId);
    }
    for (const row of table.rows) {
      const id = this.rowId(table, row, seen);
      const existing = id && existingIds.has(id) ? this.ws.get('flows', id) : undefined;
      const input: Record<string, unknown> = existing ? { ...existing } : {};
      const from = this.facilityRef(table, row, 'from');
      const to = this.facilityRef(table, row, 'to');
      input.from_id = from;
      input.to_id = to;
      const materialCell = row.fields[table.columns.get('material')!]!;
      if (materialCell.trim() === '') {
        this.add(table, row.line, 'material', 'Material is required: a material name');
        input.material_id = ABSENT;
      } else {
        input.material_id = this.materialRef(table, row, 'material');
      }
      this.numberCell(table, row, 'volume_t', input);
      this.numberCell(table, row, 'year', input);
      this.textCell(table, row, 'status', input, true);
      this.textCell(table, row, 'confidence', input, true);
      this.textCell(table, row, 'notes', input);
      const sources = this.sourceRefs(table, row);
      if (from === ABSENT || to === ABSENT || input.material_id === ABSENT) {
        // The reference problems are reported; check the remaining cells alone.
        const rest = flowRestFields.safeParse(input);
        if (!rest.success) this.zodProblems(table, row, rest.error);
        continue;
      }
      if (from === to) {
        this.add(table, row.line, 'to', 'A flow cannot go from a facility to itself');
        continue;
      }
      const parsed = flowFieldsBase.safeParse(input);
      if (!parsed.success) {
        this.zodProblems(table, row, parsed.error);
        continue;
      }
      if (id === ABSENT) continue;
      this.flowPlans.push({ line: row.line, id: id || newId(), existing, fields: parsed.data, sources });
    }
    for (const plan of this.flowPlans) this.tally('flows', 'flows', plan, 'flow');
  }

  // ---------- writing ----------

  write(tx: Tx): void {
    for (const plan of this.materialPlans) {
      if (!plan.existing) tx.insert('materials', { ...plan.fields, id: plan.id });
      else tx.update('materials', plan.existing, plan.fields);
    }
    for (const material of this.guessedMaterials.values()) {
      tx.insert('materials', {
        id: material.id,
        name: material.name,
        form: guessMaterialForm(material.name),
        elements: [],
        unit: 't',
        reo_factor: null,
        notes: '',
      });
      this.report.created.materials++;
      this.report.new_materials.push(material.name);
    }
    for (const source of this.newSources.values()) {
      tx.insert('sources', {
        id: source.id,
        title: source.title,
        publisher: '',
        published: '',
        url: '',
        excerpt: '',
        sensitive: false,
        notes: '',
      });
      this.report.created.sources++;
    }
    for (const plan of this.facilityPlans) {
      if (!plan.existing) tx.insertExact('facilities', stamp(tx, plan.fields, plan.id));
      else tx.update('facilities', plan.existing, plan.fields);
    }
    for (const plan of this.flowPlans) {
      if (!plan.existing) tx.insertExact('flows', stamp(tx, plan.fields, plan.id));
      else tx.update('flows', plan.existing, plan.fields);
    }
    const link = (plan: Plan<{ id: string }, object>, recordType: SourceLink['record_type']) => {
      for (const sourceId of plan.sources) {
        tx.insert('source_links', { id: newId(), source_id: sourceId, record_type: recordType, record_id: plan.id, note: '' });
      }
    };
    for (const plan of this.materialPlans) link(plan, 'material');
    for (const plan of this.facilityPlans) link(plan, 'facility');
    for (const plan of this.flowPlans) link(plan, 'flow');
  }
}
