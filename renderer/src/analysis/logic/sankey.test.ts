import { describe, expect, it } from 'vitest';
import type { ProvenanceRoute } from '../../../../db/model/analysis';
import { longestIncreasing, sankeyModel, TARGET_NODE } from './sankey';

const route = (share: number, tonnes: number, ...hops: string[]): ProvenanceRoute => ({
  share,
  tonnes,
  path: hops.map((h) => {
    const [stage, country] = h.split(' ') as [ProvenanceRoute['path'][number]['stage'], string];
    return { stage, country };
  }),
});

describe('longestIncreasing', () => {
  it('keeps the longest run in order, dropping the hop out of place', () => {
    expect(longestIncreasing([5, 9, 7, 8])).toEqual([0, 2, 3]);
    expect(longestIncreasing([0, 1, 3, 5])).toEqual([0, 1, 2, 3]);
    expect(longestIncreasing([])).toEqual([]);
  });
});

describe('sankeyModel', () => {
  it('adds the tonnes of routes that share a hop, one column per stage, the target last', () => {
    const model = sankeyModel(
      [
        route(0.6, 60, 'mine CN', 'separation CN', 'magnet JP'),
        route(0.3, 30, 'mine AU', 'separation CN', 'magnet US'),
      ],
      'F-35 assembly',
    );
    expect(model.columns).toEqual(['Mine', 'Separation', 'Magnet', 'Target']);
    const depth = Object.fromEntries(model.nodes.map((n) => [n.id, n.depth]));
    expect(depth).toEqual({ 'mine:CN': 0, 'separation:CN': 1, 'magnet:JP': 2, 'mine:AU': 0, 'magnet:US': 2, [TARGET_NODE]: 3 });
    const links = Object.fromEntries(model.links.map((l) => [`${l.source}>${l.target}`, l.tonnes]));
    expect(links).toEqual({
      'mine:CN>separation:CN': 60,
      'separation:CN>magnet:JP': 60,
      'magnet:JP>target': 60,
      'mine:AU>separation:CN': 30,
      'separation:CN>magnet:US': 30,
      'magnet:US>target': 30,
    });
    expect(model.shownShare).toBeCloseTo(0.9, 10);
    const target = model.nodes.find((n) => n.id === TARGET_NODE)!;
    expect(target.label).toBe('F-35 assembly');
    expect(model.nodes.find((n) => n.id === 'mine:CN')!).toMatchObject({ label: 'China', title: 'China, mine', color: '#C8102E' });
  });

  it('keeps every link left to right: an OEM on the way and a hop back up the chain are left out, the mass stays', () => {
    const model = sankeyModel([route(1, 10, 'mine CN', 'metal CN', 'oem US', 'magnet US', 'recycler CN', 'alloy JP')], 'T');
    expect(model.nodes.map((n) => n.id).sort()).toEqual(['magnet:US', 'metal:CN', 'mine:CN', 'recycler:CN', 'target'].sort());
    for (const l of model.links) {
      const from = model.nodes.find((n) => n.id === l.source)!;
      const to = model.nodes.find((n) => n.id === l.target)!;
      expect(to.depth).toBeGreaterThan(from.depth);
      expect(l.tonnes).toBe(10);
    }
  });

  it('is empty without routes that carry anything', () => {
    expect(sankeyModel([route(0, 0, 'mine CN')], 'T')).toEqual({ nodes: [], links: [], columns: [], shownShare: 0 });
  });
});
