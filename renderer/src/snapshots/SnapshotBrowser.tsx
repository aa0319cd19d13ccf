// A snapshot opened read-only: its facilities, flows, materials, sources and saved scenarios
// in sortable tables, a scenario's assumptions in words; nothing merged.
import { useMemo, useState } from 'react';
import type { OpenedSnapshot } from '../../../db/model/snapshot-types';
import { DataTable, type Column } from '../components/DataTable';
import { TabList } from '../components/TabList';
import { plural } from '../logic/format';
import { buildIndexes, materialRows, sourceRows, type TableRow } from '../logic/rows';
import { nextSort, sortRows, type SortKey, type SortState } from '../logic/table';
import { MATERIAL_COLUMNS, SOURCE_COLUMNS } from '../views/columns';
import { facilityRows, flowRows, rowKey, scenarioRows, type ScenarioRow } from './logic/snapshotRows';
import { SNAPSHOT_FACILITY_COLUMNS, SNAPSHOT_FLOW_COLUMNS, SNAPSHOT_SCENARIO_COLUMNS } from './snapshotBrowserColumns';

type Tab = 'facilities' | 'flows' | 'materials' | 'sources' | 'scenarios';
const BROWSER_TABS: readonly Tab[] = ['facilities', 'flows', 'materials', 'sources', 'scenarios'];
const NOUNS: Readonly<Record<Tab, readonly [string, string]>> = {
  facilities: ['facility', 'facilities'],
  flows: ['flow', 'flows'],
  materials: ['material', 'materials'],
  sources: ['source', 'sources'],
  scenarios: ['saved scenario', 'saved scenarios'],
};
const NO_SORT: Readonly<Record<Tab, SortState | null>> = { facilities: null, flows: null, materials: null, sources: null, scenarios: null };

const workspaceKey = (row: TableRow, column: string): SortKey => row.keys[column] ?? null;

interface TableProps<R extends { id: string }> {
  label: string;
  rows: readonly R[];
  columns: readonly Column<R>[];
  keyOf: (row: R, column: string) => SortKey;
  sort: SortState | null;
  onSort: (column: string) => void;
  selected: string | null;
  onSelect: (id: string) => void;
  /** Said instead of an empty table. */
  none: string;
  short?: boolean;
}

function BrowserTable<R extends { id: string }>({ label, rows, columns, keyOf, sort, onSort, selected, onSelect, none, short }: TableProps<R>) {
  const view = useMemo(() => (sort ? sortRows(rows, (r) => keyOf(r, sort.column), sort.dir) : rows), [rows, keyOf, sort]);
  if (rows.length === 0) return <p className="snap-browser-none">{none}</p>;
  return (
    <div className={`table-wrap snap-browser-table${short ? ' is-short' : ''}`}>
      <DataTable label={label} rows={view} columns={columns} sort={sort} onSort={onSort} selectedId={selected} onSelect={onSelect} onOpen={onSelect} />
    </div>
  );
}

/** All a scenario assumes, which its table cell cuts short. */
function ScenarioDetail({ scenario }: { scenario: ScenarioRow | undefined }) {
  if (!scenario) return <p className="snap-browser-hint">Choose a scenario to read all it assumes.</p>;
  return (
    <section className="snap-scenario" aria-label={`What ${scenario.name} assumes`}>
      <h4 className="snap-scenario-name">
        {scenario.name} <span className="muted">· {plural(scenario.months, 'month')}</span>
      </h4>
      {scenario.disruptions.length ? (
        <ul className="snap-scenario-list">
          {scenario.disruptions.map((text, i) => (
            <li key={i}>{text}</li>
          ))}
        </ul>
      ) : (
        <p>{scenario.assumes}</p>
      )}
      {scenario.notes ? <p className="snap-scenario-notes">{scenario.notes}</p> : null}
    </section>
  );
}

export function SnapshotBrowser({ snapshot, onClose }: { snapshot: OpenedSnapshot; onClose: () => void }) {
  const [tab, setTab] = useState<Tab>('facilities');
  const [sort, setSort] = useState(NO_SORT);
  const [selected, setSelected] = useState<string | null>(null);
  const { records, header } = snapshot;
  const rows = useMemo(() => {
    const indexes = buildIndexes(records.facilities, records.flows, records.materials, records.sources, records.source_links);
    return {
      facilities: facilityRows(records),
      flows: flowRows(records),
      materials: materialRows(records.materials, indexes),
      sources: sourceRows(records.sources, indexes),
      scenarios: scenarioRows(records),
    };
  }, [records]);
  const chooseTab = (next: Tab) => {
    setTab(next);
    setSelected(null); // ids are unique only within a table
  };
  const tableProps = (t: Tab) => {
    const [, many] = NOUNS[t];
    return {
      label: `Snapshot ${many}`,
      sort: sort[t],
      onSort: (column: string) => setSort((all) => ({ ...all, [t]: nextSort(all[t], column) })),
      selected,
      onSelect: setSelected,
      // A file made before snapshots carried scenarios has no count for them.
      none: header.counts[t] === undefined ? `This file was made before snapshots carried ${many}.` : `This snapshot holds no ${many}.`,
    };
  };

  return (
    <section className="snap-browser" aria-label="Snapshot contents (read-only)">
      <div className="snap-browser-head">
        <h3 className="snap-h3">Read-only: {header.author ? `from ${header.author}` : 'snapshot'}</h3>
        <TabList
          label="Snapshot records"
          tabs={BROWSER_TABS}
          current={tab}
          onChoose={chooseTab}
          className="segmented"
          tabClassName={(_, chosen) => `segment${chosen ? ' is-current' : ''}`}
        >
          {(t) => plural(rows[t].length, ...NOUNS[t])}
        </TabList>
        <span className="spacer" />
        <button type="button" className="button button-small" onClick={onClose}>
          Close
        </button>
      </div>
      {tab === 'facilities' ? <BrowserTable {...tableProps(tab)} rows={rows.facilities} columns={SNAPSHOT_FACILITY_COLUMNS} keyOf={rowKey} /> : null}
      {tab === 'flows' ? <BrowserTable {...tableProps(tab)} rows={rows.flows} columns={SNAPSHOT_FLOW_COLUMNS} keyOf={rowKey} /> : null}
      {tab === 'materials' ? <BrowserTable {...tableProps(tab)} rows={rows.materials} columns={MATERIAL_COLUMNS} keyOf={workspaceKey} /> : null}
      {tab === 'sources' ? <BrowserTable {...tableProps(tab)} rows={rows.sources} columns={SOURCE_COLUMNS} keyOf={workspaceKey} /> : null}
      {tab === 'scenarios' ? (
        <>
          <BrowserTable {...tableProps(tab)} rows={rows.scenarios} columns={SNAPSHOT_SCENARIO_COLUMNS} keyOf={rowKey} short />
          {rows.scenarios.length ? <ScenarioDetail scenario={rows.scenarios.find((s) => s.id === selected)} /> : null}
        </>
      ) : null}
    </section>
  );
}
