// GraphML (graphml.graphdrawing.org): every attribute declared with a <key> of a GraphML
// type, as yEd, Gephi and networkx read them; a null value is left out (no <data>).
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, type AttributeSpec, type AttributeValue, type ExportGraph } from './graph';
import { escapeXml } from './xml';

const TYPES = { string: 'string', double: 'double', int: 'int' } as const;

function keys(spec: readonly AttributeSpec[], kind: 'node' | 'edge', prefix: string): string[] {
  return spec.map((a) => `  <key id="${prefix}_${a.name}" for="${kind}" attr.name="${a.name}" attr.type="${TYPES[a.type]}"/>`);
}

function data(prefix: string, attributes: Record<string, AttributeValue>): string {
  let out = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === '') continue;
    out += `<data key="${prefix}_${name}">${escapeXml(String(value))}</data>`;
  }
  return out;
}

export function toGraphml(graph: ExportGraph): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="n_label" for="node" attr.name="label" attr.type="string"/>',
    ...keys(NODE_ATTRIBUTES, 'node', 'n'),
    '  <key id="e_label" for="edge" attr.name="label" attr.type="string"/>',
    '  <key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>',
    ...keys(EDGE_ATTRIBUTES, 'edge', 'e'),
    `  <graph id="${escapeXml(graph.name)}" edgedefault="directed">`,
  ];
  for (const node of graph.nodes) {
    lines.push(`    <node id="${escapeXml(node.id)}">${data('n', { label: node.label, ...node.attributes })}</node>`);
  }
  for (const edge of graph.edges) {
    lines.push(
      `    <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">${data('e', {
        label: edge.label,
        weight: edge.weight,
        ...edge.attributes,
      })}</edge>`,
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
