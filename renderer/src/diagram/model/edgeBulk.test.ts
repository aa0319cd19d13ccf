import type cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { FLAG_COLOR, FLAG_OPACITY } from './style';
import { EDGE_ALPHA, buildEdgeBulk, drawEdgeBulk, edgeAt, edgeBulkSvgPaths, setNodePosition, type StrokeTarget } from './edgeBulk';

function node(id: string, x: number, y: number): cytoscape.ElementDefinition {
  return { group: 'nodes', data: { id }, position: { x, y } };
}
function edge(id: string, source: string, target: string, color: string, width: number, inactive = false): cytoscape.ElementDefinition {
  return { group: 'edges', data: { id, source, target, color, width }, classes: inactive ? ['status-planned', 'inactive'] : ['status-operating'] };
}

// a(0,0) -> b(100,0) -> c(100,100); a -> c planned; d is off to the far right.
const elements = [
  node('a', 0, 0),
  node('b', 100, 0),
  node('c', 100, 100),
  node('d', 5000, 0),
  edge('ab', 'a', 'b', '#111111', 2),
  edge('bc', 'b', 'c', '#111111', 2.4),
  edge('ac', 'a', 'c', '#222222', 6, true),
  edge('cd', 'c', 'd', '#111111', 2),
  edge('ax', 'a', 'missing', '#111111', 2),
];

interface Stroke {
  color: string;
  width: number;
  alpha: number;
  dash: number[];
  segments: [number, number, number, number][];
}

function recorder(): { target: StrokeTarget; strokes: Stroke[] } {
  const strokes: Stroke[] = [];
  let dash: number[] = [];
  let current: Stroke | null = null;
  let from: [number, number] = [0, 0];
  const target: StrokeTarget = {
    strokeStyle: '',
    lineWidth: 1,
    globalAlpha: 1,
    lineCap: 'butt',
    setLineDash: (d) => {
      dash = d;
    },
    beginPath: () => {
      current = { color: String(target.strokeStyle), width: target.lineWidth, alpha: target.globalAlpha, dash, segments: [] };
    },
    moveTo: (x, y) => {
      from = [x, y];
    },
    lineTo: (x, y) => {
      current!.segments.push([from[0], from[1], x, y]);
    },
    stroke: () => {
      strokes.push(current!);
    },
  };
  return { target, strokes };
}

const wholeView = { viewport: { zoom: 1, pan: { x: 0, y: 0 } }, width: 10_000, height: 10_000 };

describe('buildEdgeBulk', () => {
  it('keeps the edges whose ends exist, in batches of one look, thin before wide', () => {
    const bulk = buildEdgeBulk(elements);
    expect(bulk.ids).toEqual(['ab', 'bc', 'ac', 'cd']);
    expect(bulk.batches.map((b) => [b.color, b.width, b.dashed, [...b.edges]])).toEqual([
      ['#111111', 2, false, [0, 1, 3]],
      ['#222222', 6, true, [2]],
    ]);
    expect(bulk.source[bulk.edgeIndex.get('bc')!]).toBe(bulk.nodeIndex.get('b'));
    expect(bulk.definitions[bulk.edgeIndex.get('ac')!]!.data.id).toBe('ac');
  });
});

describe('drawEdgeBulk', () => {
  it('strokes each batch once, with its colour, width, dash and opacity', () => {
    const { target, strokes } = recorder();
    const drawn = drawEdgeBulk(target, buildEdgeBulk(elements), wholeView);
    expect(drawn).toBe(4);
    expect(strokes).toHaveLength(2);
    expect(strokes[0]).toMatchObject({ color: '#111111', width: 2, alpha: EDGE_ALPHA.normal, dash: [] });
    expect(strokes[0]!.segments).toEqual([
      [0, 0, 100, 0],
      [100, 0, 100, 100],
      [100, 100, 5000, 0],
    ]);
    expect(strokes[1]).toMatchObject({ color: '#222222', width: 6, alpha: EDGE_ALPHA.inactive, dash: [6, 4] });
  });

  it('draws a halo under each flagged edge (an open data-check warning) before every edge, faint when not highlighted', () => {
    const flagged = elements.map((el) => (el.data.id === 'bc' ? { ...el, classes: ['status-operating', 'flagged'] } : el));
    const bulk = buildEdgeBulk(flagged);
    expect(bulk.batches[0]).toMatchObject({ color: FLAG_COLOR, width: 2 + 8, halo: true });
    const { target, strokes } = recorder();
    expect(drawEdgeBulk(target, bulk, wholeView)).toBe(4);
    expect(strokes[0]).toMatchObject({ color: FLAG_COLOR, width: 10, alpha: FLAG_OPACITY, dash: [], segments: [[100, 0, 100, 100]] });
    expect(strokes.slice(1).map((s) => s.color)).toEqual(['#111111', '#222222']);

    const focused = recorder();
    drawEdgeBulk(focused.target, bulk, { ...wholeView, highlighted: new Set([bulk.edgeIndex.get('ab')!]) });
    expect(focused.strokes.find((s) => s.color === FLAG_COLOR)!.alpha).toBeCloseTo(EDGE_ALPHA.dimmed * FLAG_OPACITY);
  });

  it('leaves out edges wholly off screen, and dashes too small to see', () => {
    const { target, strokes } = recorder();
    // Screen 0..300 at zoom 0.1 shows model 0..3000 (+ margin): c->d crosses into view, so it stays.
    const drawn = drawEdgeBulk(target, buildEdgeBulk([...elements, node('e', 6000, 0), edge('de', 'd', 'e', '#111111', 2)]), {
      viewport: { zoom: 0.1, pan: { x: 0, y: 0 } },
      width: 300,
      height: 300,
    });
    expect(drawn).toBe(4);
    expect(strokes.flatMap((s) => s.segments)).not.toContainEqual([5000, 0, 6000, 0]);
    expect(strokes.find((s) => s.color === '#222222')!.dash).toEqual([]);
  });

  it('skips the edges cytoscape draws, and draws highlighted edges over faint ones', () => {
    const bulk = buildEdgeBulk(elements);
    const { target, strokes } = recorder();
    drawEdgeBulk(target, bulk, { ...wholeView, skip: new Set([bulk.edgeIndex.get('cd')!]), highlighted: new Set([bulk.edgeIndex.get('ab')!]) });
    const faint = strokes.filter((s) => s.alpha === EDGE_ALPHA.dimmed).flatMap((s) => s.segments);
    const strong = strokes.filter((s) => s.alpha === EDGE_ALPHA.highlighted).flatMap((s) => s.segments);
    expect(strong).toEqual([[0, 0, 100, 0]]);
    expect(faint).toEqual([
      [100, 0, 100, 100],
      [0, 0, 100, 100],
    ]);
    expect(strokes.findIndex((s) => s.alpha === EDGE_ALPHA.highlighted)).toBeGreaterThan(strokes.findIndex((s) => s.alpha === EDGE_ALPHA.dimmed));
  });

  it('draws a dragged node’s edges apart from the rest, following its new position', () => {
    const bulk = buildEdgeBulk(elements);
    const moving = new Set([bulk.nodeIndex.get('b')!]);
    const rest = recorder();
    drawEdgeBulk(rest.target, bulk, { ...wholeView, nodes: moving, excludeNodes: true });
    expect(rest.strokes.flatMap((s) => s.segments)).toEqual([
      [100, 100, 5000, 0],
      [0, 0, 100, 100],
    ]);
    expect(setNodePosition(bulk, 'b', { x: 50, y: 50 })).toBe(true);
    expect(setNodePosition(bulk, 'nope', { x: 1, y: 1 })).toBe(false);
    const own = recorder();
    drawEdgeBulk(own.target, bulk, { ...wholeView, nodes: moving });
    expect(own.strokes.flatMap((s) => s.segments)).toEqual([
      [0, 0, 50, 50],
      [50, 50, 100, 100],
    ]);
  });
});

describe('edgeAt', () => {
  const bulk = buildEdgeBulk(elements);
  it('finds the edge under a point, within the tolerance plus half its width', () => {
    expect(bulk.ids[edgeAt(bulk, { x: 50, y: 2 }, 1)]).toBe('ab'); // 2 <= 1 + 2/2
    expect(edgeAt(bulk, { x: 50, y: 3 }, 1)).toBe(-1);
    expect(bulk.ids[edgeAt(bulk, { x: 52, y: 48 }, 1)]).toBe('ac'); // on the diagonal
  });
  it('prefers the nearest edge and ignores skipped ones', () => {
    expect(bulk.ids[edgeAt(bulk, { x: 99, y: 1 }, 5)]).toBe('ab');
    expect(bulk.ids[edgeAt(bulk, { x: 99, y: 1 }, 5, new Set([0]))]).toBe('bc');
  });
});

describe('edgeBulkSvgPaths', () => {
  it('gives one path per batch in screen coordinates at the export scale', () => {
    const bulk = buildEdgeBulk(elements);
    const paths = edgeBulkSvgPaths(bulk, { viewport: { zoom: 0.5, pan: { x: 10, y: 20 } }, width: 10_000, height: 10_000, scale: 2 });
    expect(paths).toHaveLength(2);
    expect(paths[0]!.d.startsWith('M20 40L120 40')).toBe(true); // (0*0.5+10)*2, (0*0.5+20)*2 ...
    expect(paths[0]).toMatchObject({ color: '#111111', width: 2, dash: null, opacity: EDGE_ALPHA.normal });
    expect(paths[1]).toMatchObject({ color: '#222222', width: 6, dash: [6, 4], opacity: EDGE_ALPHA.inactive });
  });
});
