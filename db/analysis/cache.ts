// Node side: the graph of a workspace, built once and reused until the workspace changes.
// Every write (by any program) adds a change batch, so the newest batch id is the version.
import type { Workspace } from '../workspace';
import type { Graph } from './graph';
import { loadGraph } from './load';

export function createGraphCache(ws: Workspace): (includePlanned: boolean) => Graph {
  const cached = new Map<boolean, { version: number; graph: Graph }>();
  return (includePlanned) => {
    const version = (ws.prepare('SELECT max(id) AS id FROM change_batches').get() as { id: number | null }).id ?? 0;
    const hit = cached.get(includePlanned);
    if (hit && hit.version === version) return hit.graph;
    const graph = loadGraph(ws, { include_planned: includePlanned });
    cached.set(includePlanned, { version, graph });
    return graph;
  };
}
