// The table of the current view: its rows and columns in the shared DataTable.
import type { Ref } from 'react';
import { DataTable } from '../components/DataTable';
import type { FacilityRow, FlowRow, MaterialRow, SourceRow } from '../logic/rows';
import type { SortState } from '../logic/table';
import type { ViewName } from '../logic/views';
import { FACILITY_COLUMNS, FLOW_COLUMNS, MATERIAL_COLUMNS, SOURCE_COLUMNS } from './columns';

export interface VisibleRows {
  facilities: FacilityRow[];
  flows: FlowRow[];
  materials: MaterialRow[];
  sources: SourceRow[];
}

interface Props {
  view: ViewName;
  rows: VisibleRows;
  sort: SortState | null;
  onSort: (column: string) => void;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onOpen: (id: string) => void;
  onDelete: (id: string) => void;
  /** Rows chosen together (facilities and flows only). */
  marked: ReadonlySet<string> | undefined;
  onMark: ((ids: string[], activeId: string) => void) | undefined;
  gridRef: Ref<HTMLDivElement>;
}

export function ViewTable({ view, rows, ...table }: Props) {
  switch (view) {
    case 'facilities':
      return <DataTable label="Facilities" rows={rows.facilities} columns={FACILITY_COLUMNS} testId="table-facilities" {...table} />;
    case 'flows':
      return <DataTable label="Flows" rows={rows.flows} columns={FLOW_COLUMNS} testId="table-flows" {...table} />;
    case 'materials':
      return <DataTable label="Materials" rows={rows.materials} columns={MATERIAL_COLUMNS} testId="table-materials" {...table} />;
    case 'sources':
      return <DataTable label="Sources" rows={rows.sources} columns={SOURCE_COLUMNS} testId="table-sources" {...table} />;
  }
}
