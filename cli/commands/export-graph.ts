import { exportGraph, graphFormatOf } from '../../db/interop';
import type { Command } from '../command';
import { writeFileAtomically } from '../write-file';

export const exportGraphCommand: Command = {
  name: 'export-graph',
  summary: 'write the facilities and flows as GraphML, GEXF or Cytoscape JSON, chosen by the extension',
  usage: 'OUT.graphml|OUT.gexf|OUT.cyjs',
  options: {},
  positionals: [1, 1],
  run(ctx) {
    const out = ctx.positionals[0]!;
    const format = graphFormatOf(out);
    const graph = exportGraph(ctx.workspace(), format);
    writeFileAtomically(out, graph.text);
    if (ctx.json) return ctx.printJson({ file: out, format, bytes: Buffer.byteLength(graph.text) });
    ctx.io.out(`Wrote ${out} (${format})`);
  },
};
