// Messages to and from the force-layout worker (force.worker.ts), and its options.

/** Node ids, and edges as [source, target]. */
export interface ForceRequest {
  nodes: string[];
  edges: [string, string][];
}

export type ForceResponse = { ok: true; positions: [string, number, number][] } | { ok: false; message: string };

export const FORCE_OPTIONS = { name: 'fcose', animate: false, randomize: true, nodeRepulsion: 8000, idealEdgeLength: 80 } as const;
