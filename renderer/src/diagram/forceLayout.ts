// Runs the force layout in its worker (force.worker.ts) and resolves with the positions.
import type { ElementDefinition } from 'cytoscape';
import type { ForceRequest, ForceResponse } from './forceProtocol';

export function forceLayout(elements: readonly ElementDefinition[]): Promise<Map<string, { x: number; y: number }>> {
  const request: ForceRequest = { nodes: [], edges: [] };
  for (const el of elements) {
    if (el.group === 'nodes' && el.data.id) request.nodes.push(el.data.id);
    else if (el.group === 'edges') request.edges.push([String(el.data.source), String(el.data.target)]);
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./force.worker.ts', import.meta.url), { type: 'module', name: 'lodestone-force-layout' });
    const finish = () => worker.terminate();
    worker.addEventListener('message', (event: MessageEvent<ForceResponse>) => {
      finish();
      const response = event.data;
      if (!response.ok) return reject(new Error(`The force layout failed: ${response.message}`));
      resolve(new Map(response.positions.map(([id, x, y]) => [id, { x, y }])));
    });
    worker.addEventListener('error', (event) => {
      finish();
      reject(new Error(`The force layout failed: ${event.message || 'the worker could not start'}`));
    });
    worker.postMessage(request);
  });
}
