// A snapshot's records as rows of the read-only browser: flat text and numbers (names
// resolved within the snapshot), with a key per column for sorting.
import { countryLabel } from '../../../../db/model/countries';
import { recordNames } from '../../../../db/model/disruption-text';
import { STAGE_LABELS } from '../../../../db/model/enums';
import type { SnapshotRecords } from '../../../../db/model/snapshot-types';
import type { SortKey } from '../../logic/table';
import { assumptions } from '../../report/logic/scenarios';

export interface FacilityRow {
  id: string;
  name: string;
  stage: string;
  country: string;
  status: string;
  capacity_t: number | null;
  notes: string;
}

export interface FlowRow {
  id: string;
  from: string;
  to: string;
  material: string;
  volume_t: number | null;
  year: number | null;
  status: string;
}

export function facilityRows(records: SnapshotRecords): FacilityRow[] {
  return records.facilities.map((f) => ({
    id: f.id,
    name: f.name,
    stage: STAGE_LABELS[f.stage],
    country: countryLabel(f.country),
    status: f.status,
    capacity_t: f.capacity_t,
    notes: f.notes,
  }));
}

export function flowRows(records: SnapshotRecords): FlowRow[] {
  const facility = new Map(records.facilities.map((f) => [f.id, f.name]));
  const material = new Map(records.materials.map((m) => [m.id, m.name]));
  return records.flows.map((f) => ({
    id: f.id,
    from: facility.get(f.from_id) ?? f.from_id,
    to: facility.get(f.to_id) ?? f.to_id,
    material: material.get(f.material_id) ?? f.material_id,
    volume_t: f.volume_t,
    year: f.year,
    status: f.status,
  }));
}

export interface ScenarioRow {
  id: string;
  name: string;
  months: number;
  /** Each disruption as a sentence, its records named as the snapshot names them. */
  disruptions: string[];
  /** The sentences as one text, for the table cell and its tooltip. */
  assumes: string;
  notes: string;
}

/** A scenario's references resolve within the snapshot, as they will once it is merged. */
export function scenarioRows(records: SnapshotRecords): ScenarioRow[] {
  if (records.scenarios.length === 0) return [];
  const names = recordNames(records.facilities, records.materials, records.flows);
  return records.scenarios.map((s) => {
    const disruptions = assumptions(s, names);
    return {
      id: s.id,
      name: s.name,
      months: s.months,
      disruptions,
      assumes: disruptions.length ? disruptions.join(' ') : 'No disruption: the chain as recorded.',
      notes: s.notes,
    };
  });
}

/** The sort key of a column: the row's own value (text or number). */
export function rowKey<R extends object>(row: R, column: string): SortKey {
  const value = (row as Record<string, unknown>)[column];
  return typeof value === 'string' || typeof value === 'number' ? value : null;
}
