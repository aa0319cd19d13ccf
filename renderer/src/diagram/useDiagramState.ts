// What the diagram view remembers while the window is open (filters, layout, focus, warning haloes), kept
// by the window so the status bar can count what the diagram shows.
import { useCallback, useMemo, useState } from 'react';
import { useStore } from '../state/context';
import type { WorkspaceSnapshot } from '../state/workspace';
import { filterDiagram, type DiagramFilter } from './model/elements';

export type DiagramLayout = 'chain' | 'force' | 'map';

export function useDiagramState(ws: Pick<WorkspaceSnapshot, 'facilities' | 'flows' | 'materials'>) {
  const [filter, setFilter] = useState<DiagramFilter>({});
  const [layout, setLayout] = useState<DiagramLayout>('chain');
  /** Halo the facilities and flows with an open data-check warning. */
  const [showWarnings, setShowWarnings] = useState(true);
  /** Bumps when positions were saved outside the view (a facility placed where it was created). */
  const [positionsVersion, setPositionsVersion] = useState(0);
  const store = useStore();
  const placeFacility = useCallback(
    (id: string, at: { x: number; y: number }) => {
      store
        .read('diagram.savePositions', { layout, positions: [{ facility_id: id, x: at.x, y: at.y }] })
        .then(() => setPositionsVersion((v) => v + 1))
        .catch(() => undefined);
    },
    [layout, store],
  );
  /** A facility to open with the Focus highlight on (asked by the Analysis page); DiagramView clears it. */
  const [focusRequest, setFocusRequest] = useState<string | null>(null);
  const visible = useMemo(
    () => filterDiagram({ facilities: ws.facilities, flows: ws.flows, materials: ws.materials }, filter),
    [ws.facilities, ws.flows, ws.materials, filter],
  );
  return { filter, setFilter, layout, setLayout, showWarnings, setShowWarnings, visible, positionsVersion, placeFacility, focusRequest, setFocusRequest };
}

export type DiagramState = ReturnType<typeof useDiagramState>;
