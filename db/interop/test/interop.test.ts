// The graph formats, parsed back: well-formed XML with every attribute, markup and control
// characters kept as text; networkx reads the GraphML and GEXF when Python has it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeXml, exportGraph, graphFormatOf } from '..';
import { seedChain, tempWorkspace, type TestWorkspace } from '../../test/helpers';

const TRICKY = `Baotou <Steel> & "Rare" 'Earth'\u0001\u0007 \u{1F9F2}`;
let t: TestWorkspace;
let ids: ReturnType<typeof seedChain>;
beforeAll(() => {
  t = tempWorkspace();
  ids = seedChain(t.service);
  t.service.run('facilities.update', { id: ids.sep.id, changes: { name: TRICKY, tags: ['a', 'b'], lat: 40.6, lon: 109.8 } });
});
afterAll(() => t.cleanup());

/** Unescapes what escapeXml wrote: the reader's view of an attribute or text. */
function unescape(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+);/g, (_, e: string) =>
    e.startsWith('#') ? String.fromCharCode(Number(e.slice(1))) : ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" } as Record<string, string>)[e]!,
  );
}

describe('escapeXml', () => {
  it('escapes markup and quotes, keeps line breaks as references, replaces what XML cannot hold', () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
    expect(escapeXml('a\r\nb\tc')).toBe('a&#13;&#10;b&#9;c');
    expect(escapeXml('bell\u0007 nul\u0000 lone\uD800 ok\u{1F9F2}')).toBe('bell\uFFFD nul\uFFFD lone\uFFFD ok\u{1F9F2}');
  });
});

describe('graph export', () => {
  it('GraphML declares each attribute with a key and carries the values', () => {
    const { text, file_name } = exportGraph(t.ws, 'graphml');
    expect(file_name).toMatch(/\.graphml$/);
    expect(text).toContain('<key id="n_stage" for="node" attr.name="stage" attr.type="string"/>');
    expect(text).toContain('<key id="e_volume_t" for="edge" attr.name="volume_t" attr.type="double"/>');
    const nodes = [...text.matchAll(/<node id="([^"]+)">(.*?)<\/node>/g)];
    expect(nodes.map((n) => n[1])).toEqual(expect.arrayContaining([ids.mine.id, ids.sep.id]));
    const sep = nodes.find((n) => n[1] === ids.sep.id)![2]!;
    expect(unescape(sep.match(/<data key="n_name">([^<]*)<\/data>/)![1]!)).toBe(TRICKY.replace(/[\u0001\u0007]/g, '\uFFFD'));
    expect(sep).toContain('<data key="n_lat">40.6</data>');
    expect(sep).toContain('<data key="n_tags">a;b</data>');
    expect(text).toMatch(new RegExp(`<edge id="${ids.flow.id}" source="${ids.mine.id}" target="${ids.sep.id}"><data key="e_label">NdPr oxide</data><data key="e_weight">1000</data>`));
    expect(text).not.toMatch(/[\u0001\u0007]/);
  });

  it('GEXF 1.3 declares attributes and weights edges by volume', () => {
    const { text } = exportGraph(t.ws, 'gexf');
    expect(text).toContain('<gexf xmlns="http://gexf.net/1.3"');
    expect(text).toContain('<attribute id="capacity_t" title="capacity_t" type="double"/>');
    expect(text).toContain('<attribute id="year" title="year" type="integer"/>');
    expect(text).toMatch(new RegExp(`<edge id="${ids.flow.id}" source="${ids.mine.id}" target="${ids.sep.id}" label="NdPr oxide" weight="1000">`));
    const label = text.match(new RegExp(`<node id="${ids.sep.id}" label="([^"]*)"`))![1]!;
    expect(unescape(label)).toBe(TRICKY.replace(/[\u0001\u0007]/g, '\uFFFD'));
  });

  it('Cytoscape JSON has elements.nodes and elements.edges with data', () => {
    const parsed = JSON.parse(exportGraph(t.ws, 'cyjs').text);
    expect(parsed.elements.nodes).toHaveLength(2);
    const sep = parsed.elements.nodes.find((n: { data: { id: string } }) => n.data.id === ids.sep.id);
    expect(sep.data).toMatchObject({ name: TRICKY, stage: 'separation', country: 'CN', lat: 40.6 });
    expect(parsed.elements.edges[0].data).toMatchObject({ id: ids.flow.id, source: ids.mine.id, target: ids.sep.id, volume_t: 1000, material: 'NdPr oxide' });
  });

  it('the format follows the file extension', () => {
    expect(graphFormatOf('out/Chain.GraphML')).toBe('graphml');
    expect(graphFormatOf('a.cyjs')).toBe('cyjs');
    expect(() => graphFormatOf('a.xml')).toThrow(/name it \.graphml, \.gexf or \.cyjs/);
  });

  const python = spawnSync('python3', ['-c', 'import networkx'], { encoding: 'utf8' });
  const hasNetworkx = python.status === 0;
  if (!hasNetworkx) console.log(`networkx check skipped: python3 -c "import networkx" failed (${(python.stderr || String(python.error)).trim().split('\n').pop()})`);
  it.runIf(hasNetworkx)('networkx reads the GraphML and the GEXF with their attributes', () => {
    const dir = fs.mkdtempSync(path.join(t.dir, 'nx-'));
    for (const format of ['graphml', 'gexf'] as const) fs.writeFileSync(path.join(dir, `g.${format}`), exportGraph(t.ws, format).text);
    const script = `
import json, sys, networkx as nx
g = nx.read_graphml(sys.argv[1]); h = nx.read_gexf(sys.argv[2])
e = list(g.edges(data=True))[0]
print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "directed": g.is_directed(),
  "sep": g.nodes[sys.argv[3]], "edge": e[2], "gexf_nodes": h.number_of_nodes(), "gexf_edges": h.number_of_edges(),
  "gexf_sep": h.nodes[sys.argv[3]]}))`;
    const run = spawnSync('python3', ['-c', script, path.join(dir, 'g.graphml'), path.join(dir, 'g.gexf'), ids.sep.id], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout);
    expect(out).toMatchObject({ nodes: 2, edges: 1, directed: true, gexf_nodes: 2, gexf_edges: 1 });
    expect(out.sep).toMatchObject({ name: TRICKY.replace(/[\u0001\u0007]/g, '\uFFFD'), stage: 'separation', lat: 40.6, tags: 'a;b' });
    expect(out.edge).toMatchObject({ material: 'NdPr oxide', volume_t: 1000, weight: 1000 });
    expect(out.gexf_sep).toMatchObject({ label: TRICKY.replace(/[\u0001\u0007]/g, '\uFFFD'), stage: 'separation', lat: 40.6 });
  });
});
