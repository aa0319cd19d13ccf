// Diagram positions a person dragged facilities to, per layout (view state, not undoable).
import { nowIso } from '../store/changes';
import type { Workspace } from '../workspace';
import type { DiagramLayout, NodePosition } from '../api';

export function listPositions(ws: Workspace, layout: DiagramLayout): NodePosition[] {
  return ws.prepare('SELECT facility_id, x, y FROM diagram_positions WHERE layout = ? ORDER BY facility_id').all(layout) as NodePosition[];
}

/** Saves positions of existing facilities; positions of unknown facilities are skipped and not counted. */
export function savePositions(ws: Workspace, layout: DiagramLayout, positions: readonly NodePosition[]): { saved: number } {
  const upsert = ws.prepare(
    `INSERT INTO diagram_positions (facility_id, layout, x, y, updated_at)
     SELECT ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM facilities WHERE id = ?)
     ON CONFLICT (facility_id, layout) DO UPDATE SET x = excluded.x, y = excluded.y, updated_at = excluded.updated_at`,
  );
  const at = nowIso();
  return ws.db.transaction(() => {
    let saved = 0;
    for (const p of positions) saved += upsert.run(p.facility_id, layout, p.x, p.y, at, p.facility_id).changes;
    return { saved };
  })();
}

export function resetPositions(ws: Workspace, layout: DiagramLayout): { removed: number } {
  return { removed: ws.prepare('DELETE FROM diagram_positions WHERE layout = ?').run(layout).changes };
}
