// GEXF 1.3 (gexf.net), Gephi's format: declared node and edge attributes, directed edges
// weighted by volume (t/yr) where it is known.
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, type AttributeSpec, type AttributeValue, type ExportGraph } from './graph';
import { escapeXml } from './xml';

const TYPES = { string: 'string', double: 'double', int: 'integer' } as const;

function declarations(spec: readonly AttributeSpec[], kind: 'node' | 'edge'): string[] {
  return [
    `    <attributes class="${kind}" mode="static">`,
    ...spec.map((a) => `      <attribute id="${a.name}" title="${a.name}" type="${TYPES[a.type]}"/>`),
    '    </attributes>',
  ];
}

function attvalues(attributes: Record<string, AttributeValue>): string {
  let out = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === '') continue;
    out += `<attvalue for="${name}" value="${escapeXml(String(value))}"/>`;
  }
  return out ? `<attvalues>${out}</attvalues>` : '';
}

export function toGexf(graph: ExportGraph, date = new Date()): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${date.toISOString().slice(0, 10)}"><creator>Lodestone</creator><description>${escapeXml(graph.name)}</description></meta>`,
    '  <graph defaultedgetype="directed" mode="static">',
    ...declarations(NODE_ATTRIBUTES, 'node'),
    ...declarations(EDGE_ATTRIBUTES, 'edge'),
    '    <nodes>',
  ];
  for (const node of graph.nodes) {
    lines.push(`      <node id="${escapeXml(node.id)}" label="${escapeXml(node.label)}">${attvalues(node.attributes)}</node>`);
  }
  lines.push('    </nodes>', '    <edges>');
  for (const edge of graph.edges) {
    const weight = edge.weight === null ? '' : ` weight="${edge.weight}"`;
    lines.push(
      `      <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}" label="${escapeXml(edge.label)}"${weight}>${attvalues(edge.attributes)}</edge>`,
    );
  }
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}
