// Everything the tables and the inspector derive from the workspace lists: lookups, the
// rows of each table (filtered per view, and sorted for the one on screen), picker options
// and filter menus.
import { useMemo } from 'react';
import { filterDefsFor } from '../logic/filters';
import { facilityOptions, materialOptions, sourceOptions, type Pickers } from '../logic/pickers';
import { buildIndexes, facilityRows, flowRows, materialRows, sourceRows } from '../logic/rows';
import type { ViewName, ViewState } from '../logic/views';
import type { WorkspaceSnapshot } from '../state/workspace';
import type { VisibleRows } from '../views/ViewTable';
import { useVisibleRows } from './useVisibleRows';

/** `shown`: the table on screen (null on the diagram and the other pages); only its rows are sorted. */
export function useRecordTables(ws: WorkspaceSnapshot, views: Readonly<Record<ViewName, ViewState>>, shown: ViewName | null) {
  const indexes = useMemo(
    () => buildIndexes(ws.facilities, ws.flows, ws.materials, ws.sources, ws.links),
    [ws.facilities, ws.flows, ws.materials, ws.sources, ws.links],
  );
  const allFacilities = useMemo(() => facilityRows(ws.facilities, indexes), [ws.facilities, indexes]);
  const allFlows = useMemo(() => flowRows(ws.flows, indexes), [ws.flows, indexes]);
  const allMaterials = useMemo(() => materialRows(ws.materials, indexes), [ws.materials, indexes]);
  const allSources = useMemo(() => sourceRows(ws.sources, indexes), [ws.sources, indexes]);

  const visible: VisibleRows = {
    facilities: useVisibleRows(allFacilities, views.facilities, shown === 'facilities'),
    flows: useVisibleRows(allFlows, views.flows, shown === 'flows'),
    materials: useVisibleRows(allMaterials, views.materials, shown === 'materials'),
    sources: useVisibleRows(allSources, views.sources, shown === 'sources'),
  };

  const pickers: Pickers = useMemo(
    () => ({ facilities: facilityOptions(ws.facilities), materials: materialOptions(ws.materials), sources: sourceOptions(ws.sources) }),
    [ws.facilities, ws.materials, ws.sources],
  );
  const filterDefs = useMemo(() => filterDefsFor(allFacilities, allFlows, indexes), [allFacilities, allFlows, indexes]);

  return { indexes, visible, pickers, filterDefs };
}
