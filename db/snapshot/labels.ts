// How the records of a snapshot diff are named for a person: by name or title; a flow by its
// two ends and its material; a citation as the record citing its source. Ids stand in
// only where no name is known. Names come from the snapshot first (a record it adds, or
// renames, is named as it is there), then from the workspace.
import type { SnapshotTable } from '../model/snapshot';
import type { AnyRecord } from '../store/tables';
import type { FieldChange, SnapshotRecords } from './types';

type Row = Record<string, unknown>;

/** The table a reference field points into; record_id's depends on its record_type. */
const REFERENCES: Readonly<Record<string, SnapshotTable>> = {
  from_id: 'facilities',
  to_id: 'facilities',
  material_id: 'materials',
  capacity_material_id: 'materials',
  source_id: 'sources',
};
const RECORD_TYPE_TABLES: Readonly<Record<string, SnapshotTable>> = { facility: 'facilities', flow: 'flows', material: 'materials' };

export interface RecordNamer {
  /** What to call the record in a list of differences. */
  label(table: SnapshotTable, record: AnyRecord): string;
  /** A changed field, with the names of the records a reference points to on each side. */
  field(table: SnapshotTable, change: FieldChange, mine: AnyRecord, theirs: AnyRecord): FieldChange;
}

export function recordNamer(theirs: SnapshotRecords, mine: Readonly<Record<SnapshotTable, ReadonlyMap<string, AnyRecord>>>): RecordNamer {
  // Labels of the records references point to, by table, made once: a big diff names
  // 100,000 flows by the same 20,000 facilities.
  const names = new Map<SnapshotTable, Map<string, string>>();
  const nameOf = (table: SnapshotTable, id: string): string | undefined => {
    let byId = names.get(table);
    if (!byId) {
      byId = new Map();
      for (const record of mine[table].values()) byId.set(record.id, label(table, record));
      for (const record of theirs[table] as AnyRecord[]) byId.set(record.id, label(table, record));
      names.set(table, byId);
    }
    return byId.get(id);
  };
  const named = (table: SnapshotTable, id: unknown): string => nameOf(table, String(id)) ?? String(id);
  // No closures made per record: a diff labels every record it lists.
  function label(table: SnapshotTable, record: AnyRecord): string {
    const r = record as unknown as Row;
    if (table === 'flows') return `${named('facilities', r.from_id)} → ${named('facilities', r.to_id)} · ${named('materials', r.material_id)}`;
    if (table === 'source_links') {
      const cited = RECORD_TYPE_TABLES[String(r.record_type)];
      return `${cited ? named(cited, r.record_id) : String(r.record_id)} cites ${named('sources', r.source_id)}`;
    }
    return String(r.name ?? r.title ?? r.id);
  }
  const referenced = (table: SnapshotTable, field: string, record: AnyRecord): SnapshotTable | undefined =>
    table === 'source_links' && field === 'record_id' ? RECORD_TYPE_TABLES[String((record as unknown as Row).record_type)] : REFERENCES[field];
  return {
    label,
    field(table, change, mineRecord, theirRecord) {
      const mineTable = referenced(table, change.field, mineRecord);
      const theirTable = referenced(table, change.field, theirRecord);
      if (!mineTable && !theirTable) return change;
      const named: FieldChange = { ...change };
      const mineName = mineTable && typeof change.mine === 'string' ? nameOf(mineTable, change.mine) : undefined;
      const theirName = theirTable && typeof change.theirs === 'string' ? nameOf(theirTable, change.theirs) : undefined;
      if (mineName !== undefined) named.mine_name = mineName;
      if (theirName !== undefined) named.theirs_name = theirName;
      return named;
    },
  };
}
