// The force layout (cytoscape-fcose on a headless cytoscape) in a Web Worker: with
// thousands of facilities it takes seconds, which must not freeze the window.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { FORCE_OPTIONS, type ForceRequest, type ForceResponse } from './forceProtocol';

cytoscape.use(fcose);
const post = (message: ForceResponse) => (self as unknown as { postMessage(m: ForceResponse): void }).postMessage(message);

self.addEventListener('message', (event: MessageEvent<ForceRequest>) => {
  const { nodes, edges } = event.data;
  try {
    const cy = cytoscape({
      headless: true,
      styleEnabled: false,
      elements: [
        ...nodes.map((id) => ({ group: 'nodes' as const, data: { id } })),
        ...edges.map(([source, target], i) => ({ group: 'edges' as const, data: { id: `e${i}`, source, target } })),
      ],
    });
    const layout = cy.layout({ ...FORCE_OPTIONS, quality: nodes.length > 2000 ? 'draft' : 'default' } as cytoscape.LayoutOptions);
    layout.one('layoutstop', () => {
      post({ ok: true, positions: cy.nodes().map((n) => [n.id(), n.position('x'), n.position('y')] as [string, number, number]) });
      cy.destroy();
    });
    layout.run();
  } catch (error) {
    post({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
