// The diff of a verified snapshot against the workspace, classified by the rule in
// versions.ts. plan() keeps the records for merge.ts; diffSnapshot() is its public summary.
import { nameKey } from '../csv/format';
import type { Disruption, Scenario } from '../model/analysis';
import { findingId, type CheckReview } from '../model/checks';
import { LATER_SNAPSHOT_TABLES, SNAPSHOT_TABLES, type SnapshotTable } from '../model/snapshot';
import { sameContent } from '../store/changes';
import { namedFieldChanges, recordNamer, type RecordNamer } from '../store/labels';
import { parentsOf, type AnyRecord } from '../store/tables';
import type { Workspace } from '../workspace';
import { selectRecords } from './select';
import type { ChangedEntry, DiffEntry, FieldChange, Snapshot, SnapshotDiff, SnapshotRecords } from './types';
import { KnownVersions } from './versions';

export interface PlannedChange {
  table: SnapshotTable;
  mine: AnyRecord;
  /** Their record, with the fields the snapshot left out taken from mine. */
  theirs: AnyRecord;
}
export interface PlannedRecord {
  table: SnapshotTable;
  record: AnyRecord;
  /**
   * A review added in place of the review here of the same finding, which the snapshot
   * deleted (reopened, then reviewed again there): written only if that one is removed.
   */
  replaces?: string;
}

export interface DiffPlan {
  snapshot: Snapshot;
  /** The workspace's records by id, as the plan saw them. */
  mine: Record<SnapshotTable, Map<string, AnyRecord>>;
  /** Their records with material ids matched by name replaced by ours. */
  theirs: SnapshotRecords;
  added: PlannedRecord[];
  changed: PlannedChange[];
  conflicting: PlannedChange[];
  removed: PlannedRecord[];
  newerHere: PlannedChange[];
  deletedHere: PlannedRecord[];
  /** Deleted here, but what the snapshot brings needs them (a flow added there to a facility deleted here): written back unless declined. */
  broughtBack: PlannedRecord[];
  unchanged: number;
  matchedByName: SnapshotDiff['matched_by_name'];
}

/** Fields a snapshot without sensitive content blanked: they say nothing about the record. */
function leftOutFields(snapshot: Snapshot): readonly string[] {
  return snapshot.filter.include_sensitive ? [] : ['notes', 'note'];
}

export function planMerge(ws: Workspace, snapshot: Snapshot): DiffPlan {
  const mine = {} as Record<SnapshotTable, Map<string, AnyRecord>>;
  for (const table of SNAPSHOT_TABLES) mine[table] = new Map(ws.all(table).map((r) => [r.id, r as AnyRecord]));
  const { theirs, matchedByName } = matchMaterialsByName(snapshot.records, mine.materials);
  const known = new KnownVersions(ws);
  const leftOut = leftOutFields(snapshot);
  const plan: DiffPlan = {
    snapshot, mine, theirs, added: [], changed: [], conflicting: [], removed: [], newerHere: [], deletedHere: [], broughtBack: [], unchanged: 0, matchedByName,
  };
  const linkKeys = new Set([...mine.source_links.values()].map((l) => linkKey(l as SnapshotRecords['source_links'][number])));
  const reviewsHere = new Map([...mine.check_reviews.values()].map((r) => [reviewedFinding(r as CheckReview), r.id]));
  /** Their reviews of findings reviewed here under another id: settled once the removals are known. */
  const sameFinding: { record: AnyRecord; here: string }[] = [];
  for (const table of SNAPSHOT_TABLES) {
    for (const record of theirs[table] as AnyRecord[]) {
      const current = mine[table].get(record.id);
      if (!current) {
        const reviewedHere = table === 'check_reviews' ? reviewsHere.get(reviewedFinding(record as CheckReview)) : undefined;
        // the same citation under another id is already here
        if (table === 'source_links' && linkKeys.has(linkKey(record as SnapshotRecords['source_links'][number]))) plan.unchanged++;
        else if (reviewedHere !== undefined) sameFinding.push({ record, here: reviewedHere });
        else if (known.has(table, record)) plan.deletedHere.push({ table, record });
        else plan.added.push({ table, record });
        continue;
      }
      const merged = leftOut.length ? withFieldsOf(record, current, leftOut) : record;
      if (sameContent(table, current, merged)) plan.unchanged++;
      else if (known.has(table, record)) plan.newerHere.push({ table, mine: current, theirs: merged });
      else if (known.has(table, current) && record.revision > current.revision) plan.changed.push({ table, mine: current, theirs: merged });
      else plan.conflicting.push({ table, mine: current, theirs: merged });
    }
  }
  // What a snapshot with this filter would hold if made here; what it lacks of that was removed there.
  const scope = selectRecords(ws, snapshot.filter);
  const matched = new Set(matchedByName.map((m) => m.mine_id));
  const theirLinks = new Set(theirs.source_links.map(linkKey));
  for (const table of SNAPSHOT_TABLES) {
    if (!carries(snapshot, table)) continue; // a file made before it says nothing of what was removed
    const theirIds = new Set((theirs[table] as AnyRecord[]).map((r) => r.id));
    for (const record of scope[table] as AnyRecord[]) {
      if (theirIds.has(record.id) || (table === 'materials' && matched.has(record.id))) continue;
      if (table === 'source_links' && theirLinks.has(linkKey(record as SnapshotRecords['source_links'][number]))) continue;
      // scope's records may have notes blanked: the version (not the content) is what counts
      const current = mine[table].get(record.id)!;
      if (known.has(table, current)) plan.removed.push({ table, record: current });
    }
  }
  bringBackWhatIsNeeded(plan);
  // A finding reviewed on both sides: the review here stands, unless the snapshot deleted it
  // (reopened there), when theirs takes its place.
  const removedReviews = new Set(plan.removed.filter((r) => r.table === 'check_reviews').map((r) => r.record.id));
  for (const { record, here } of sameFinding) {
    if (removedReviews.has(here)) plan.added.push({ table: 'check_reviews', record, replaces: here });
    else plan.unchanged++;
  }
  return plan;
}

/**
 * Moves to broughtBack the records deleted here that what the snapshot adds or changes needs:
 * a flow they added to a facility deleted here could not be written without it. Leaving their
 * flow out would lose their work without a word, and refusing the merge would leave no way
 * to take anything; the record comes back, said so in the diff, and can be deleted again.
 */
function bringBackWhatIsNeeded(plan: DiffPlan): void {
  if (plan.deletedHere.length === 0) return;
  const deleted = new Map(plan.deletedHere.map((r) => [r.record.id, r]));
  const back = new Map<string, PlannedRecord>();
  const brought: PlannedRecord[] = [
    ...plan.added,
    ...plan.changed.map((c) => ({ table: c.table, record: c.theirs })),
    ...plan.conflicting.map((c) => ({ table: c.table, record: c.theirs })),
  ];
  for (let next = brought.pop(); next; next = brought.pop()) {
    for (const { id } of parentsOf(next.table, next.record)) {
      const parent = deleted.get(id);
      if (parent && !back.has(parent.record.id)) {
        back.set(parent.record.id, parent);
        brought.push(parent); // a facility brought back may need its capacity material back too
      }
    }
  }
  if (back.size === 0) return;
  plan.deletedHere = plan.deletedHere.filter((r) => !back.has(r.record.id));
  plan.broughtBack = [...back.values()];
}

/** Whether the file holds the table's list (tables added to the format later are absent from older files). */
function carries(snapshot: Snapshot, table: SnapshotTable): boolean {
  return !LATER_SNAPSHOT_TABLES.includes(table) || (snapshot.counts as Partial<Record<SnapshotTable, number>>)[table] !== undefined;
}

/** The finding a review settles: check_reviews holds one review per finding. */
const reviewedFinding = (review: CheckReview) => findingId(review.check_id, review.record_id);

function linkKey(link: SnapshotRecords['source_links'][number]): string {
  return `${link.source_id}\u0000${link.record_type}\u0000${link.record_id}`;
}

function withFieldsOf(record: AnyRecord, from: AnyRecord, fields: readonly string[]): AnyRecord {
  const copy = { ...record } as Record<string, unknown>;
  const source = from as unknown as Record<string, unknown>;
  for (const field of fields) if (field in copy) copy[field] = source[field];
  return copy as unknown as AnyRecord;
}

/**
 * A snapshot material with an id unknown here but the name of a material here is that
 * material (names are unique here): two analysts who each typed "NdPr oxide" mean one thing.
 * Their references to it are rewritten to our id.
 */
function matchMaterialsByName(records: SnapshotRecords, mine: Map<string, AnyRecord>) {
  const byName = new Map<string, AnyRecord & { name: string }>();
  for (const m of mine.values()) byName.set(nameKey((m as { name: string }).name), m as AnyRecord & { name: string });
  const alias = new Map<string, string>();
  const matchedByName: SnapshotDiff['matched_by_name'] = [];
  for (const material of records.materials) {
    const here = byName.get(nameKey(material.name));
    if (!mine.has(material.id) && here && here.id !== material.id) {
      alias.set(material.id, here.id);
      matchedByName.push({ theirs_id: material.id, mine_id: here.id, name: here.name });
    }
  }
  if (alias.size === 0) return { theirs: records, matchedByName };
  const to = (id: string) => alias.get(id) ?? id;
  const theirs: SnapshotRecords = {
    materials: records.materials.filter((m) => !alias.has(m.id)),
    facilities: records.facilities.map((f) =>
      f.capacity_material_id !== null && alias.has(f.capacity_material_id) ? { ...f, capacity_material_id: to(f.capacity_material_id) } : f,
    ),
    flows: records.flows.map((f) => (alias.has(f.material_id) ? { ...f, material_id: to(f.material_id) } : f)),
    sources: records.sources,
    source_links: records.source_links.map((l) => (l.record_type === 'material' && alias.has(l.record_id) ? { ...l, record_id: to(l.record_id) } : l)),
    check_reviews: records.check_reviews, // of facilities and flows only
    scenarios: records.scenarios.map((sc) => withMaterialRefs(sc, alias)),
  };
  return { theirs, matchedByName };
}

/** A scenario whose export bans name matched materials by their id here (names stay names). */
function withMaterialRefs(scenario: Scenario, alias: ReadonlyMap<string, string>): Scenario {
  const matched = (d: Disruption) => d.kind === 'country' && d.materials?.some((m) => alias.has(m));
  if (!scenario.disruptions.some(matched)) return scenario;
  const disruptions = scenario.disruptions.map((d) => (d.kind === 'country' && d.materials ? { ...d, materials: d.materials.map((m) => alias.get(m) ?? m) } : d));
  return { ...scenario, disruptions };
}

// ---------- the public diff ----------

/** The plan's namer: names from their records, then from the workspace's (store/labels.ts). */
export function planNamer(plan: DiffPlan): RecordNamer {
  const theirs = plan.theirs as unknown as Record<string, AnyRecord[] | undefined>;
  const mine = plan.mine as Record<string, Map<string, AnyRecord> | undefined>;
  return recordNamer(
    (table) => theirs[table] ?? [],
    (table) => mine[table]?.values() ?? [],
  );
}

function fieldChanges(table: SnapshotTable, mine: AnyRecord, theirs: AnyRecord, namer: RecordNamer): FieldChange[] {
  return namedFieldChanges(namer, table, mine, theirs).map(({ field, from, to, fromName, toName }) => ({
    field,
    mine: from,
    theirs: to,
    ...(fromName !== undefined ? { mine_name: fromName } : {}),
    ...(toName !== undefined ? { theirs_name: toName } : {}),
  }));
}

export function describePlan(plan: DiffPlan): SnapshotDiff {
  const { records: _records, ...header } = plan.snapshot;
  const namer = planNamer(plan);
  const entry = ({ table, record }: PlannedRecord): DiffEntry => ({ table, id: record.id, label: namer.label(table, record) });
  const changedEntry = ({ table, mine, theirs }: PlannedChange): ChangedEntry => ({
    table,
    id: mine.id,
    label: namer.label(table, theirs),
    fields: fieldChanges(table, mine, theirs, namer),
    mine_revision: mine.revision,
    theirs_revision: theirs.revision,
  });
  return {
    header,
    added: plan.added.map(entry),
    changed: plan.changed.map(changedEntry),
    removed: plan.removed.map(entry),
    conflicting: plan.conflicting.map(changedEntry),
    unchanged: plan.unchanged,
    newer_here: plan.newerHere.map(({ table, theirs }) => ({ table, id: theirs.id, label: namer.label(table, theirs) })),
    deleted_here: plan.deletedHere.map(entry),
    brought_back: plan.broughtBack.map(entry),
    matched_by_name: plan.matchedByName,
  };
}

export function diffSnapshot(ws: Workspace, snapshot: Snapshot): SnapshotDiff {
  return describePlan(planMerge(ws, snapshot));
}
