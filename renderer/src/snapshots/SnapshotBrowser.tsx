// A snapshot opened read-only: its facilities and flows in sortable tables, nothing merged.
import { useMemo, useState } from 'react';
import type { OpenedSnapshot } from '../../../db/model/snapshot-types';
import { DataTable, type Column } from '../components/DataTable';
import { TabList } from '../components/TabList';
import { formatNumber, plural } from '../logic/format';
import { nextSort, sortRows, type SortState } from '../logic/table';
import { facilityRows, flowRows, rowKey, type FacilityRow, type FlowRow } from './logic/snapshotRows';

const FACILITY_COLUMNS: readonly Column<FacilityRow>[] = [
  { id: 'name', label: 'Name', width: 200, grow: 2, render: (r) => r.name, text: (r) => r.name },
  { id: 'stage', label: 'Stage', width: 110, render: (r) => r.stage },
  { id: 'country', label: 'Country', width: 150, grow: 1, render: (r) => r.country },
  { id: 'status', label: 'Status', width: 100, render: (r) => r.status },
  { id: 'capacity_t', label: 'Capacity t/yr', width: 120, align: 'right', render: (r) => formatNumber(r.capacity_t) },
  { id: 'notes', label: 'Notes', width: 160, grow: 2, render: (r) => r.notes, text: (r) => r.notes },
];

const FLOW_COLUMNS: readonly Column<FlowRow>[] = [
  { id: 'from', label: 'From', width: 180, grow: 2, render: (r) => r.from, text: (r) => r.from },
  { id: 'to', label: 'To', width: 180, grow: 2, render: (r) => r.to, text: (r) => r.to },
  { id: 'material', label: 'Material', width: 140, grow: 1, render: (r) => r.material },
  { id: 'volume_t', label: 'Volume (t/yr)', width: 110, align: 'right', render: (r) => formatNumber(r.volume_t) },
  { id: 'year', label: 'Year', width: 70, align: 'right', render: (r) => (r.year === null ? '' : String(r.year)) },
  { id: 'status', label: 'Status', width: 100, render: (r) => r.status },
];

type Tab = 'facilities' | 'flows';
const BROWSER_TABS: readonly Tab[] = ['facilities', 'flows'];

function sorted<R extends object>(rows: R[], s: SortState | null): R[] {
  return s ? sortRows(rows, (r) => rowKey(r, s.column), s.dir) : rows;
}

export function SnapshotBrowser({ snapshot, onClose }: { snapshot: OpenedSnapshot; onClose: () => void }) {
  const [tab, setTab] = useState<Tab>('facilities');
  const [sort, setSort] = useState<Record<Tab, SortState | null>>({ facilities: null, flows: null });
  const [selected, setSelected] = useState<string | null>(null);
  const facilities = useMemo(() => facilityRows(snapshot.records), [snapshot]);
  const flows = useMemo(() => flowRows(snapshot.records), [snapshot]);
  const facilityView = useMemo(() => sorted(facilities, sort.facilities), [facilities, sort.facilities]);
  const flowView = useMemo(() => sorted(flows, sort.flows), [flows, sort.flows]);
  const onSort = (column: string) => setSort((all) => ({ ...all, [tab]: nextSort(all[tab], column) }));

  return (
    <section className="snap-browser" aria-label="Snapshot contents (read-only)">
      <div className="snap-browser-head">
        <h3 className="snap-h3">Read-only: {snapshot.header.author ? `from ${snapshot.header.author}` : 'snapshot'}</h3>
        <TabList
          label="Snapshot records"
          tabs={BROWSER_TABS}
          current={tab}
          onChoose={setTab}
          className="segmented"
          tabClassName={(_, chosen) => `segment${chosen ? ' is-current' : ''}`}
        >
          {(t) => (t === 'facilities' ? plural(facilities.length, 'facility', 'facilities') : plural(flows.length, 'flow'))}
        </TabList>
        <span className="spacer" />
        <button type="button" className="button button-small" onClick={onClose}>
          Close
        </button>
      </div>
      <div className="table-wrap snap-browser-table">
        {tab === 'facilities' ? (
          <DataTable
            label="Snapshot facilities"
            rows={facilityView}
            columns={FACILITY_COLUMNS}
            sort={sort.facilities}
            onSort={onSort}
            selectedId={selected}
            onSelect={setSelected}
            onOpen={setSelected}
          />
        ) : (
          <DataTable
            label="Snapshot flows"
            rows={flowView}
            columns={FLOW_COLUMNS}
            sort={sort.flows}
            onSort={onSort}
            selectedId={selected}
            onSelect={setSelected}
            onOpen={setSelected}
          />
        )}
      </div>
    </section>
  );
}
