// Checks across a snapshot's records: ids unique per table, material names unique, every
// reference resolving inside the snapshot (a snapshot is self-contained by construction),
// no self-loops, no repeated citation, no finding reviewed twice. Throws naming the first
// record at fault.
import { LodestoneError } from '../errors';
import { nameKey } from '../csv/format';
import { findingId } from '../model/checks';
import { SNAPSHOT_TABLES } from '../model/snapshot';
import type { SnapshotRecords } from './types';

const refuse = (message: string) => new LodestoneError('validation', `${message}; the snapshot was not used`);

export function checkIntegrity(records: SnapshotRecords): void {
  // id -> index per table: the duplicate check's map answers "is this id here?" as well.
  const ids = {} as Record<(typeof SNAPSHOT_TABLES)[number], Map<string, number>>;
  for (const table of SNAPSHOT_TABLES) {
    const seen = new Map<string, number>();
    records[table].forEach((record, index) => {
      const first = seen.get(record.id);
      if (first !== undefined) throw refuse(`Duplicate id "${record.id}" in ${table} (records ${first} and ${index})`);
      seen.set(record.id, index);
    });
    ids[table] = seen;
  }
  const names = new Map<string, string>();
  for (const material of records.materials) {
    const other = names.get(nameKey(material.name));
    if (other !== undefined) throw refuse(`Materials "${other}" and "${material.id}" have the same name`);
    names.set(nameKey(material.name), material.id);
  }
  for (const facility of records.facilities) {
    const material = facility.capacity_material_id;
    if (material !== null && !ids.materials.has(material)) {
      throw refuse(`Facility "${facility.id}" has a capacity material "${material}" that is not in the snapshot`);
    }
  }
  for (const flow of records.flows) {
    for (const end of ['from_id', 'to_id'] as const) {
      if (!ids.facilities.has(flow[end])) {
        throw refuse(`Flow "${flow.id}" ${end === 'from_id' ? 'comes from' : 'goes to'} facility "${flow[end]}", which is not in the snapshot`);
      }
    }
    if (flow.from_id === flow.to_id) throw refuse(`Flow "${flow.id}" goes from facility "${flow.from_id}" to itself`);
    if (!ids.materials.has(flow.material_id)) throw refuse(`Flow "${flow.id}" carries material "${flow.material_id}", which is not in the snapshot`);
  }
  const tableOf = { material: ids.materials, facility: ids.facilities, flow: ids.flows } as const;
  const cited = new Set<string>();
  for (const link of records.source_links) {
    if (!ids.sources.has(link.source_id)) throw refuse(`Source link "${link.id}" cites source "${link.source_id}", which is not in the snapshot`);
    if (!tableOf[link.record_type].has(link.record_id)) {
      throw refuse(`Source link "${link.id}" points to ${link.record_type} "${link.record_id}", which is not in the snapshot`);
    }
    const key = `${link.source_id}\u0000${link.record_type}\u0000${link.record_id}`;
    if (cited.has(key)) throw refuse(`Source link "${link.id}" repeats another link (same source, ${link.record_type} "${link.record_id}")`);
    cited.add(key);
  }
  const reviewed = new Set<string>();
  for (const review of records.check_reviews) {
    if (!tableOf[review.record_type].has(review.record_id)) {
      throw refuse(`Check review "${review.id}" reviews ${review.record_type} "${review.record_id}", which is not in the snapshot`);
    }
    const key = findingId(review.check_id, review.record_id);
    if (reviewed.has(key)) throw refuse(`Check review "${review.id}" reviews a finding another review settles (${review.check_id} on "${review.record_id}")`);
    reviewed.add(key);
  }
}
