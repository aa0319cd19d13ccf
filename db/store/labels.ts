// How records are named for a person in lists of changes (a snapshot diff, the changes of a
// merge): by name or title; a flow by its two ends and its material; a citation as the
// record citing its source. Ids stand in only where no name is known. Names are looked up
// in the sources given, the first that holds the record winning (a snapshot's records
// before the workspace's: a record it adds, or renames, is named as it is there).
import type { Disruption } from '../model/analysis';
import { checkTitle } from '../model/checks';
import { disruptionText, recordNames, type RecordNames } from '../model/disruption-text';
import { changedFields } from './changes';
import { CITED_TABLES, type AnyRecord, type RecordByTable, type TableName } from './tables';

type Row = Record<string, unknown>;

/** The records of a table, read only when a name from that table is first needed. */
export type RecordSource = (table: TableName) => Iterable<AnyRecord>;

/** The table a reference field points into; record_id's depends on its record_type. */
const REFERENCES: Readonly<Record<string, TableName>> = {
  from_id: 'facilities',
  to_id: 'facilities',
  material_id: 'materials',
  capacity_material_id: 'materials',
  source_id: 'sources',
};
/** The table a source link's record_type names; undefined for a value no table has. */
const citedTable = (recordType: unknown): TableName | undefined => (CITED_TABLES as Readonly<Record<string, TableName>>)[String(recordType)];
/** The table of the record a source link or a check review points to by record_type and record_id. */
const pointedTable = (table: TableName, recordType: unknown): TableName | undefined =>
  table === 'source_links' || table === 'check_reviews' ? citedTable(recordType) : undefined;

export interface RecordNamer {
  /** What to call the record in a list of changes. */
  label(table: TableName, record: AnyRecord): string;
  /**
   * For a reference field of `record` (a flow's ends, a material, a source, a cited record),
   * the name of the record `value` points to; for a scenario's disruptions, what they assume
   * in words; undefined for other fields or unknown records.
   */
  referenceName(table: TableName, field: string, record: AnyRecord, value: unknown): string | undefined;
}

export function recordNamer(...sources: readonly RecordSource[]): RecordNamer {
  // Labels of the records references point to, by table, made once: a big diff names
  // 100,000 flows by the same 20,000 facilities.
  /** A table's records by id, the first source holding one winning. */
  const recordsOf = <T extends TableName>(table: T): Map<string, RecordByTable[T]> => {
    const byId = new Map<string, RecordByTable[T]>();
    // the last source first, so that earlier ones overwrite it
    for (const source of [...sources].reverse()) for (const record of source(table)) byId.set(record.id, record as RecordByTable[T]);
    return byId;
  };
  const names = new Map<TableName, Map<string, string>>();
  const nameOf = (table: TableName, id: string): string | undefined => {
    let byId = names.get(table);
    if (!byId) {
      byId = new Map();
      for (const [recordId, record] of recordsOf(table)) byId.set(recordId, label(table, record));
      names.set(table, byId);
    }
    return byId.get(id);
  };
  const named = (table: TableName, id: unknown): string => nameOf(table, String(id)) ?? String(id);
  // The records a scenario's disruptions name, looked up when a diff first shows one.
  let disruptionNames: RecordNames | undefined;
  const listed = <T extends TableName>(table: T) => [...recordsOf(table).values()];
  const describe = (disruptions: readonly Disruption[]): string => {
    disruptionNames ??= recordNames(listed('facilities'), listed('materials'), listed('flows'));
    return disruptions.length ? disruptions.map((d) => disruptionText(d, disruptionNames!)).join('; ') : 'None';
  };
  // No closures made per record: a diff labels every record it lists.
  function label(table: TableName, record: AnyRecord): string {
    const r = record as unknown as Row;
    if (table === 'flows') return `${named('facilities', r.from_id)} → ${named('facilities', r.to_id)} · ${named('materials', r.material_id)}`;
    if (table === 'source_links') {
      const cited = citedTable(r.record_type);
      return `${cited ? named(cited, r.record_id) : String(r.record_id)} cites ${named('sources', r.source_id)}`;
    }
    if (table === 'check_reviews') {
      const reviewed = citedTable(r.record_type);
      const check = checkTitle(String(r.check_id));
      return `${check}: ${reviewed ? named(reviewed, r.record_id) : String(r.record_id)}`;
    }
    return String(r.name ?? r.title ?? r.id);
  }
  return {
    label,
    referenceName(table, field, record, value) {
      if (table === 'scenarios' && field === 'disruptions') return Array.isArray(value) ? describe(value as Disruption[]) : undefined;
      const target = field === 'record_id' ? pointedTable(table, (record as unknown as Row).record_type) : REFERENCES[field];
      return target && typeof value === 'string' ? nameOf(target, value) : undefined;
    },
  };
}

/** A field that differs between two versions of a record, with the names its references point to. */
export interface NamedFieldChange {
  field: string;
  from: unknown;
  to: unknown;
  fromName?: string;
  toName?: string;
}

/** The fields (meta fields aside) that differ from `from` to `to`, in column order. */
export function namedFieldChanges(namer: RecordNamer, table: TableName, from: AnyRecord, to: AnyRecord): NamedFieldChange[] {
  return changedFields(table, from, to).map((field) => {
    const a = (from as unknown as Row)[field] ?? null;
    const b = (to as unknown as Row)[field] ?? null;
    const change: NamedFieldChange = { field, from: a, to: b };
    const fromName = namer.referenceName(table, field, from, a);
    const toName = namer.referenceName(table, field, to, b);
    if (fromName !== undefined) change.fromName = fromName;
    if (toName !== undefined) change.toName = toName;
    return change;
  });
}
