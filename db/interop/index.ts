// Graph formats other tools read: GraphML (yEd, Gephi, networkx), GEXF 1.3 (Gephi) and
// Cytoscape JSON (Cytoscape desktop, cytoscape.js). CSV lives in db/csv.
import { LodestoneError } from '../errors';
import { GRAPH_FORMATS, type GraphExport, type GraphFormat } from '../model/exchange-types';
import type { Workspace } from '../workspace';
import { toCyjs } from './cyjs';
import { toGexf } from './gexf';
import { loadGraph } from './graph';
import { toGraphml } from './graphml';

export { GRAPH_FORMATS, type GraphExport, type GraphFormat };

const MIME: Record<GraphFormat, string> = {
  graphml: 'application/graphml+xml',
  gexf: 'application/gexf+xml',
  cyjs: 'application/json',
};

export function exportGraph(ws: Workspace, format: GraphFormat): GraphExport {
  const graph = loadGraph(ws);
  const text = format === 'graphml' ? toGraphml(graph) : format === 'gexf' ? toGexf(graph) : toCyjs(graph);
  const base = graph.name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '') || 'workspace';
  return { format, text, file_name: `${base}.${format}`, mime_type: MIME[format] };
}

/** The format named by a file's extension (.graphml, .gexf, .cyjs). */
export function graphFormatOf(file: string): GraphFormat {
  const ext = file.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  if (ext && (GRAPH_FORMATS as readonly string[]).includes(ext)) return ext as GraphFormat;
  throw new LodestoneError('validation', `Cannot tell the graph format of ${file}: name it .graphml, .gexf or .cyjs`);
}

export { escapeXml } from './xml';
