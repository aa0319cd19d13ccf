// Cytoscape JSON (.cyjs), as Cytoscape desktop exports and imports it and cytoscape.js
// reads it (cy.json / cy.add of `elements`): {"data", "elements": {"nodes", "edges"}}.
import type { ExportGraph } from './graph';

export function toCyjs(graph: ExportGraph): string {
  return `${JSON.stringify(
    {
      format_version: '1.0',
      generated_by: 'Lodestone',
      target_cytoscapejs_version: '~3.0',
      data: { name: graph.name },
      elements: {
        nodes: graph.nodes.map((n) => ({ data: { id: n.id, shared_name: n.label, ...n.attributes } })),
        edges: graph.edges.map((e) => ({
          data: { id: e.id, source: e.source, target: e.target, shared_name: e.label, interaction: 'flow', ...e.attributes },
        })),
      },
    },
    null,
    1,
  )}\n`;
}
