// The read-only browser's columns for a snapshot's facilities, flows and scenarios (its
// materials and sources use the workspace tables' own columns).
import type { Column } from '../components/DataTable';
import { formatNumber } from '../logic/format';
import type { FacilityRow, FlowRow, ScenarioRow } from './logic/snapshotRows';

export const SNAPSHOT_FACILITY_COLUMNS: readonly Column<FacilityRow>[] = [
  { id: 'name', label: 'Name', width: 200, grow: 2, render: (r) => r.name, text: (r) => r.name },
  { id: 'stage', label: 'Stage', width: 110, render: (r) => r.stage },
  { id: 'country', label: 'Country', width: 150, grow: 1, render: (r) => r.country },
  { id: 'status', label: 'Status', width: 100, render: (r) => r.status },
  { id: 'capacity_t', label: 'Capacity t/yr', width: 120, align: 'right', render: (r) => formatNumber(r.capacity_t) },
  { id: 'notes', label: 'Notes', width: 160, grow: 2, render: (r) => r.notes, text: (r) => r.notes },
];

export const SNAPSHOT_FLOW_COLUMNS: readonly Column<FlowRow>[] = [
  { id: 'from', label: 'From', width: 180, grow: 2, render: (r) => r.from, text: (r) => r.from },
  { id: 'to', label: 'To', width: 180, grow: 2, render: (r) => r.to, text: (r) => r.to },
  { id: 'material', label: 'Material', width: 140, grow: 1, render: (r) => r.material },
  { id: 'volume_t', label: 'Volume (t/yr)', width: 110, align: 'right', render: (r) => formatNumber(r.volume_t) },
  { id: 'year', label: 'Year', width: 70, align: 'right', render: (r) => (r.year === null ? '' : String(r.year)) },
  { id: 'status', label: 'Status', width: 100, render: (r) => r.status },
];

export const SNAPSHOT_SCENARIO_COLUMNS: readonly Column<ScenarioRow>[] = [
  { id: 'name', label: 'Name', width: 200, grow: 2, render: (r) => r.name, text: (r) => r.name },
  { id: 'months', label: 'Months', width: 96, align: 'right', render: (r) => String(r.months) },
  { id: 'assumes', label: 'What it assumes', width: 280, grow: 4, render: (r) => r.assumes, text: (r) => r.assumes },
  { id: 'notes', label: 'Notes', width: 140, grow: 1, render: (r) => r.notes, text: (r) => r.notes },
];
