// Merging a verified snapshot: the plan of diff.ts, settled by the conflict policy and the
// per-record choices, written after a backup in ONE batch (one Ctrl+Z), with its history
// row and the versions received, so a failure anywhere leaves the workspace as it was.
import fs from 'node:fs';
import { withIndexesRebuilt } from '../csv/import/bulk-indexes';
import { withLargeCache } from '../csv/import/large-cache';
import { LodestoneError } from '../errors';
import type { CheckReview } from '../model/checks';
import { SNAPSHOT_TABLES, type MergeChoice, type MergePolicy, type SnapshotTable } from '../model/snapshot';
import type { SourceLink } from '../model/schemas';
import { removeAttached } from '../repos/attached';
import { quoted } from '../repos/common';
import { writeBatch, type Tx } from '../store/changes';
import { CITED_AS, CITED_TABLES, hasParents, parentsOf, TABLES, type AnyRecord, type TableName } from '../store/tables';
import type { Workspace } from '../workspace';
import { backupWorkspace } from './backup';
import { planMerge, planNamer, type DiffPlan, type PlannedRecord } from './diff';
import { recordHistory } from './history';
import type { DiffEntry, MergeReport, Snapshot } from './types';
import { rememberVersions } from './versions';

export interface MergeOptions {
  onConflict: MergePolicy;
  /** record id -> side; wins over onConflict and over the default of every other category. */
  choices?: Readonly<Record<string, MergeChoice>>;
  fileName: string;
  author: string;
  /** Set false to skip the backup (tests of the merge itself); on by default. */
  backup?: boolean;
  /** Called between planning and taking the write lock (tests write from another program here). */
  afterPlanning?: () => void;
}

/** Plans made against a workspace another program has since changed are made again, up to this many times. */
const PLAN_ATTEMPTS = 3;

/** Thrown inside the write transaction when the workspace is not the one planned against. */
class ChangedSincePlanned extends Error {}

interface Decided {
  writes: { table: TableName; before: AnyRecord | null; after: AnyRecord }[];
  removals: PlannedRecord[];
  conflicts: { theirs: number; mine: number };
  /** Deleted here, written back because what is written needs them. */
  broughtBack: PlannedRecord[];
  /** Their records not written because a record they need stays out. */
  leftOut: PlannedRecord[];
}

function decide(plan: DiffPlan, options: MergeOptions): Decided {
  const choices = options.choices ?? {};
  const choice = (id: string): MergeChoice | undefined => (Object.prototype.hasOwnProperty.call(choices, id) ? choices[id] : undefined);
  const open = plan.conflicting.filter((c) => choice(c.mine.id) === undefined);
  if (options.onConflict === 'fail' && open.length > 0) {
    const first = open[0]!;
    throw new LodestoneError(
      'conflict',
      `${open.length} record(s) changed on both sides, first ${TABLES[first.table].noun} ${quoted(planNamer(plan).label(first.table, first.mine))} (id "${first.mine.id}"); choose theirs or mine (--on-conflict); nothing was merged`,
    );
  }
  const removals = plan.removed.filter((r) => choice(r.record.id) !== 'mine');
  const removing = new Set(removals.map((r) => r.record.id));
  const writes: Decided['writes'] = [];
  const conflicts = { theirs: 0, mine: 0 };
  // The default side of each category: theirs for what only they changed, mine for what only I did.
  for (const { table, record, replaces } of plan.added) {
    // a review in place of one here that stays would review its finding twice
    if (choice(record.id) !== 'mine' && (replaces === undefined || removing.has(replaces))) writes.push({ table, before: null, after: record });
  }
  for (const { table, mine, theirs } of plan.changed) if (choice(mine.id) !== 'mine') writes.push({ table, before: mine, after: theirs });
  for (const { table, mine, theirs } of plan.newerHere) if (choice(mine.id) === 'theirs') writes.push({ table, before: mine, after: theirs });
  for (const { table, record } of plan.deletedHere) if (choice(record.id) === 'theirs') writes.push({ table, before: null, after: record });
  const broughtBack = plan.broughtBack.filter((r) => choice(r.record.id) !== 'mine');
  for (const { table, record } of broughtBack) writes.push({ table, before: null, after: record });
  for (const { table, mine, theirs } of plan.conflicting) {
    const side = choice(mine.id) ?? (options.onConflict === 'mine' ? 'mine' : 'theirs');
    conflicts[side]++;
    if (side === 'theirs') writes.push({ table, before: mine, after: theirs });
  }
  const leftOut: PlannedRecord[] = [];
  return { writes: withoutOrphans(plan, writes, removing, leftOut), removals, conflicts, broughtBack, leftOut };
}

/**
 * The writes whose references will resolve once the merge is done; the others are listed in
 * `leftOut` (for a changed record: mine stays). A flow or facility needs its parents
 * (store/tables.ts parentsOf) written or here: a parent deleted here comes back with it
 * (broughtBack) unless declined, and then it stays out too, or the foreign-key check would
 * refuse the whole merge. (A parent the snapshot removes is
 * kept while something uses it.) Their reviews and citations need the record they are about
 * (and a citation its source) to be in the merged workspace: nothing points from a review or
 * a source link to its record (a record_type and id, no foreign key), so nothing else would
 * refuse one pointing at nothing. Those are not listed: they go with their record.
 */
function withoutOrphans(plan: DiffPlan, writes: Decided['writes'], removing: ReadonlySet<string>, leftOut: PlannedRecord[]): Decided['writes'] {
  const attached = (w: Decided['writes'][number]) => w.table === 'check_reviews' || w.table === 'source_links';
  const needsParents = (w: Decided['writes'][number]) => hasParents(w.table);
  if (!writes.some((w) => attached(w) || needsParents(w))) return writes;
  // ids written, by table (no key strings built: a big merge writes 120,000 records)
  const written = new Map<string, Set<string>>(SNAPSHOT_TABLES.map((t) => [t, new Set()]));
  for (const w of writes) written.get(w.table)!.add(w.after.id);
  const here = (table: SnapshotTable, id: string) => written.get(table)!.has(id) || plan.mine[table].has(id);
  const parentsHeld = (w: Decided['writes'][number]) => parentsOf(w.table, w.after).every(({ table, id }) => here(table, id));
  // Until nothing more drops: a facility left out takes the flows that need it with it.
  let kept = writes;
  for (;;) {
    const next: Decided['writes'] = [];
    for (const w of kept) {
      if (!needsParents(w) || parentsHeld(w)) next.push(w);
      else {
        leftOut.push({ table: w.table as SnapshotTable, record: w.after });
        written.get(w.table)!.delete(w.after.id);
      }
    }
    if (next.length === kept.length) break;
    kept = next;
  }
  const held = (table: SnapshotTable, id: string) => written.get(table)!.has(id) || (plan.mine[table].has(id) && !removing.has(id));
  return kept.filter((w) => {
    if (!attached(w)) return true;
    const { record_type, record_id } = w.after as CheckReview | SourceLink;
    if (w.table === 'source_links' && !held('sources', (w.after as SourceLink).source_id)) return false;
    return held(CITED_TABLES[record_type] as SnapshotTable, record_id);
  });
}

/**
 * Plans and backs up outside the write transaction (VACUUM INTO cannot run inside one, and
 * a long plan should not hold the lock), then writes in one. Another program committing in
 * between (PRAGMA data_version moves) would make the plan stale, and writing it could undo
 * that program's changes; the merge is then planned again, and refused with a message after
 * PLAN_ATTEMPTS tries.
 */
export function mergeSnapshot(ws: Workspace, snapshot: Snapshot, options: MergeOptions): MergeReport {
  for (let attempt = 1; ; attempt++) {
    try {
      return mergeOnce(ws, snapshot, options);
    } catch (error) {
      if (!(error instanceof ChangedSincePlanned)) throw error;
      if (attempt === PLAN_ATTEMPTS) {
        throw new LodestoneError(
          'conflict',
          `Another program kept changing the workspace while the snapshot was being merged (${PLAN_ATTEMPTS} tries); nothing was merged, try again`,
        );
      }
    }
  }
}

function dataVersion(ws: Workspace): number {
  return ws.db.pragma('data_version', { simple: true }) as number;
}

function mergeOnce(ws: Workspace, snapshot: Snapshot, options: MergeOptions): MergeReport {
  const planned = dataVersion(ws);
  const plan = planMerge(ws, snapshot);
  const decided = decide(plan, options);
  const writesSomething = decided.writes.length > 0 || decided.removals.length > 0;
  const backupPath = writesSomething && options.backup !== false ? backupWorkspace(ws, 'merge') : null;
  options.afterPlanning?.();
  const author = options.author || snapshot.author;
  const label = `Merge snapshot ${quoted(options.fileName)}${author ? ` from ${quoted(author)}` : ''}`;
  const report: MergeReport = {
    file_name: options.fileName,
    batch_id: null,
    backup_path: backupPath,
    added: decided.writes.filter((w) => w.before === null).length,
    changed: decided.writes.filter((w) => w.before !== null).length,
    removed: 0,
    conflicts: decided.conflicts,
    kept_in_use: [],
    brought_back: [],
    left_out: [],
  };
  const rows = decided.writes.length;
  const namer = planNamer(plan);
  const entry = ({ table, record }: PlannedRecord): DiffEntry => ({ table, id: record.id, label: namer.label(table, record) });
  report.brought_back = decided.broughtBack.map(entry);
  report.left_out = decided.leftOut.map(entry);
  try {
    return withLargeCache(ws, rows, () =>
      writeBatch(ws, { label, kind: 'import', checkForeignKeysAtEnd: true }, (tx) => {
        if (dataVersion(ws) !== planned) throw new ChangedSincePlanned();
        // Reviews first: nothing points at one, and a review the snapshot replaces must be gone
        // before its successor is written (one review per finding).
        const isReview = (r: PlannedRecord) => r.table === 'check_reviews';
        for (const removal of decided.removals.filter(isReview)) if (removeUnlessInUse(ws, tx, removal)) report.removed++;
        writeRecords(ws, tx, decided.writes);
        // children before their parents (removals are listed in SNAPSHOT_TABLES order)
        for (const removal of decided.removals.filter((r) => !isReview(r)).reverse()) {
          if (!removeUnlessInUse(ws, tx, removal)) report.kept_in_use.push(entry(removal));
          else report.removed++;
        }
        tx.flush();
        const batchId = tx.count > 0 ? tx.batchId : null;
        report.batch_id = batchId;
        const { records: _records, ...header } = snapshot;
        const historyId = recordHistory(ws, {
          action: 'merge',
          author: options.author,
          file_name: options.fileName,
          header,
          on_conflict: options.onConflict,
          batch_id: batchId,
          backup_path: backupPath,
          counts: {
            added: report.added,
            changed: report.changed,
            removed: report.removed,
            conflicts_theirs: report.conflicts.theirs,
            conflicts_mine: report.conflicts.mine,
            kept_in_use: report.kept_in_use.length,
            brought_back: report.brought_back.length,
            left_out: report.left_out.length,
            unchanged: plan.unchanged,
          },
        });
        // What they hold is known from now on; tied to the batch, so an undo forgets it.
        for (const table of SNAPSHOT_TABLES) rememberVersions(ws, historyId, table, plan.theirs[table] as AnyRecord[], batchId);
        return report;
      }),
    );
  } catch (error) {
    // Taken before another program's commit, so not what this merge would be undone to.
    if (error instanceof ChangedSincePlanned && backupPath) fs.rmSync(backupPath, { force: true });
    throw error;
  }
}

/** Parents before children (SNAPSHOT_TABLES order); a big flow insert rebuilds its indexes after. */
function writeRecords(ws: Workspace, tx: Tx, writes: Decided['writes']): void {
  // Sorted into each table's inserts and replacements in one pass (a big merge has 120,000).
  const inserts = new Map<TableName, AnyRecord[]>(SNAPSHOT_TABLES.map((t) => [t, []]));
  const replacements = new Map<TableName, Decided['writes']>(SNAPSHOT_TABLES.map((t) => [t, []]));
  for (const w of writes) {
    if (w.before === null) inserts.get(w.table)!.push(w.after);
    else replacements.get(w.table)!.push(w);
  }
  for (const table of SNAPSHOT_TABLES) {
    const rows = inserts.get(table)!;
    withIndexesRebuilt(ws, table, rows.length, () => {
      tx.insertMany(table, rows as never[]);
      for (const w of replacements.get(table)!) tx.replaceExact(table, w.before as never, w.after as never);
    });
  }
}

const IN_USE_SQL: Partial<Record<TableName, string>> = {
  facilities: 'SELECT 1 FROM flows WHERE from_id = @id OR to_id = @id LIMIT 1',
  materials: 'SELECT 1 FROM flows WHERE material_id = @id UNION ALL SELECT 1 FROM facilities WHERE capacity_material_id = @id LIMIT 1',
  sources: 'SELECT 1 FROM source_links WHERE source_id = @id LIMIT 1',
};

/** Removes a record deleted there, with its citations and check reviews; not when records that stay still use it. */
function removeUnlessInUse(ws: Workspace, tx: Tx, removal: PlannedRecord): boolean {
  const { table, record } = removal;
  const current = ws.get(table, record.id);
  if (!current) return true; // gone with a record removed before it
  const inUse = IN_USE_SQL[table];
  if (inUse && ws.prepare(inUse).get({ id: record.id }) !== undefined) return false;
  const type = CITED_AS[table];
  if (type) removeAttached(ws, tx, type, record.id);
  tx.remove(table, current as never);
  return true;
}

export type { DiffEntry };
