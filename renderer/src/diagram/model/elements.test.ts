import { describe, expect, it } from 'vitest';
import { facility, flow, material } from '../../logic/testRecords';
import { buildElements, filterDiagram, routesBetween, upstreamDownstream } from './elements';
import { countryColor, nodeSize } from './style';

const materials = [
  material('ore', { name: 'Ore', form: 'ore', elements: ['Ce', 'La', 'Nd'] }),
  material('dy', { name: 'Dy oxide', form: 'oxide', elements: ['Dy'] }),
  material('nd', { name: 'NdPr oxide', form: 'oxide', elements: ['Nd', 'Pr'] }),
];
const facilities = [
  facility('mine-cn', { name: 'Bayan Obo', stage: 'mine', country: 'CN', capacity_t: 100 }),
  facility('mine-us', { name: 'Mountain Pass', stage: 'mine', country: 'US', status: 'idle', capacity_t: 25 }),
  facility('sep-cn', { name: 'Baotou separation', stage: 'separation', country: 'CN' }),
  facility('sep-my', { name: 'Lynas Malaysia', stage: 'separation', country: 'MY', status: 'planned' }),
  facility('met-cn', { name: 'Metal works', stage: 'metal', country: 'CN' }),
];
const flows = [
  flow('f1', { from_id: 'mine-cn', to_id: 'sep-cn', material_id: 'ore', volume_t: 1000, year: 2023 }),
  flow('f2', { from_id: 'mine-us', to_id: 'sep-cn', material_id: 'ore', volume_t: 50, year: 2022 }),
  flow('f3', { from_id: 'sep-cn', to_id: 'met-cn', material_id: 'dy', volume_t: 10, year: 2023 }),
  flow('f4', { from_id: 'sep-my', to_id: 'met-cn', material_id: 'nd', volume_t: 5, year: 2023, status: 'planned' }),
];
const data = { facilities, flows, materials };

describe('buildElements', () => {
  it('makes one node per facility and one edge per flow, with the record fields', () => {
    const els = buildElements(data);
    expect(els.filter((e) => e.group === 'nodes')).toHaveLength(5);
    expect(els.filter((e) => e.group === 'edges')).toHaveLength(4);
    const mine = els.find((e) => e.data.id === 'mine-us')!;
    expect(mine.data).toMatchObject({ label: 'Mountain Pass', stage: 'mine', country: 'US', status: 'idle', capacity: 25, color: countryColor('US') });
    expect(mine.data.size).toBe(nodeSize(25, 100));
    expect(mine.classes).toEqual(expect.arrayContaining(['stage-mine', 'status-idle', 'inactive']));
    const edge = els.find((e) => e.data.id === 'f4')!;
    expect(edge.data).toMatchObject({ source: 'sep-my', target: 'met-cn', materialId: 'nd', material: 'NdPr oxide', volume: 5, year: 2023, status: 'planned' });
    expect(edge.classes).toEqual(expect.arrayContaining(['status-planned', 'inactive']));
    expect(els.find((e) => e.data.id === 'f1')!.classes).not.toContain('inactive');
  });

  it('marks the facilities and flows given as flagged (an open data-check warning), and no others', () => {
    const els = buildElements(data, { flagged: new Set(['sep-cn', 'f3']) });
    const flagged = els.filter((e) => (e.classes as string[]).includes('flagged')).map((e) => e.data.id);
    expect(flagged).toEqual(['sep-cn', 'f3']);
    expect(buildElements(data).some((e) => (e.classes as string[]).includes('flagged'))).toBe(false);
  });

  it('keeps markup-like names as plain text labels', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const els = buildElements({ facilities: [facility('x', { name: evil })], flows: [], materials: [] });
    expect(els[0]!.data.label).toBe(evil);
    expect(els[0]!.data.name).toBe(evil);
  });

  it('applies positions and skips flows with a missing end', () => {
    const els = buildElements(
      { ...data, flows: [...flows, flow('bad', { from_id: 'mine-cn', to_id: 'gone', material_id: 'ore' })] },
      { positions: new Map([['mine-cn', { x: 5, y: 7 }]]) },
    );
    expect(els.find((e) => e.data.id === 'mine-cn')!.position).toEqual({ x: 5, y: 7 });
    expect(els.find((e) => e.data.id === 'sep-cn')!.position).toBeUndefined();
    expect(els.some((e) => e.data.id === 'bad')).toBe(false);
  });
});

describe('filterDiagram', () => {
  const ids = (s: Set<string>) => [...s].sort();
  it('shows everything without a filter', () => {
    const r = filterDiagram(data, {});
    expect(r.facilityIds.size).toBe(5);
    expect(r.flowIds.size).toBe(4);
  });
  it('filters by country, and drops flows with a hidden end', () => {
    const r = filterDiagram(data, { countries: ['CN'] });
    expect(ids(r.facilityIds)).toEqual(['met-cn', 'mine-cn', 'sep-cn']);
    expect(ids(r.flowIds)).toEqual(['f1', 'f3']);
  });
  it('filters by stage', () => {
    const r = filterDiagram(data, { stages: ['mine', 'separation'] });
    expect(ids(r.facilityIds)).toEqual(['mine-cn', 'mine-us', 'sep-cn', 'sep-my']);
    expect(ids(r.flowIds)).toEqual(['f1', 'f2']);
  });
  it('filters by status (facilities and flows)', () => {
    const r = filterDiagram(data, { statuses: ['operating'] });
    expect(ids(r.facilityIds)).toEqual(['met-cn', 'mine-cn', 'sep-cn']);
    expect(ids(r.flowIds)).toEqual(['f1', 'f3']);
  });
  it('filters by material: flows of it and the facilities they touch', () => {
    const r = filterDiagram(data, { materials: ['dy'] });
    expect(ids(r.flowIds)).toEqual(['f3']);
    expect(ids(r.facilityIds)).toEqual(['met-cn', 'sep-cn']);
  });
  it('filters by element: materials listing it', () => {
    const r = filterDiagram(data, { elements: ['Nd'] });
    expect(ids(r.flowIds)).toEqual(['f1', 'f2', 'f4']);
    expect(ids(r.facilityIds)).toEqual(['met-cn', 'mine-cn', 'mine-us', 'sep-cn', 'sep-my']);
    expect(ids(filterDiagram(data, { elements: ['Dy'] }).facilityIds)).toEqual(['met-cn', 'sep-cn']);
  });
  it('filters flows by year and minimum volume, keeping facilities', () => {
    const y = filterDiagram(data, { year: 2022 });
    expect(ids(y.flowIds)).toEqual(['f2']);
    expect(y.facilityIds.size).toBe(5);
    const v = filterDiagram(data, { minVolume: 50 });
    expect(ids(v.flowIds)).toEqual(['f1', 'f2']);
  });
  it('filters flows by a minimum confidence, keeping facilities', () => {
    const rated = { ...data, flows: data.flows.map((f, i) => ({ ...f, confidence: (['low', 'medium', 'high', 'low'] as const)[i]! })) };
    const medium = filterDiagram(rated, { minConfidence: 'medium' });
    expect(ids(medium.flowIds)).toEqual(['f2', 'f3']);
    expect(medium.facilityIds.size).toBe(5);
    expect(ids(filterDiagram(rated, { minConfidence: 'high' }).flowIds)).toEqual(['f3']);
    expect(filterDiagram(rated, { minConfidence: null }).flowIds.size).toBe(4);
  });
});

describe('graph walks', () => {
  // mine -> sep -> met -> mag -> oem -> rec -> sep (a recycling cycle); x -> oem.
  const chain = [
    { id: 'a', from_id: 'mine', to_id: 'sep' },
    { id: 'b', from_id: 'sep', to_id: 'met' },
    { id: 'c', from_id: 'met', to_id: 'mag' },
    { id: 'd', from_id: 'mag', to_id: 'oem' },
    { id: 'e', from_id: 'oem', to_id: 'rec' },
    { id: 'f', from_id: 'rec', to_id: 'sep' },
    { id: 'g', from_id: 'x', to_id: 'oem' },
  ];
  it('upstream and downstream of a facility without a cycle', () => {
    const r = upstreamDownstream(chain.slice(0, 4), ['met']);
    expect([...r.upstream].sort()).toEqual(['mine', 'sep']);
    expect([...r.downstream].sort()).toEqual(['mag', 'oem']);
    expect([...r.edges].sort()).toEqual(['a', 'b', 'c', 'd']);
  });
  it('terminates on a cycle and includes everything on it', () => {
    const r = upstreamDownstream(chain, ['mag']);
    expect([...r.upstream].sort()).toEqual(['mag', 'met', 'mine', 'oem', 'rec', 'sep', 'x']);
    expect([...r.downstream].sort()).toEqual(['mag', 'met', 'oem', 'rec', 'sep']);
    expect(r.edges.size).toBe(7);
  });
  it('routes between two facilities', () => {
    const diamond = [
      { id: 'ab', from_id: 'a', to_id: 'b' },
      { id: 'ac', from_id: 'a', to_id: 'c' },
      { id: 'bd', from_id: 'b', to_id: 'd' },
      { id: 'cd', from_id: 'c', to_id: 'd' },
      { id: 'ce', from_id: 'c', to_id: 'e' },
      { id: 'de', from_id: 'd', to_id: 'e' },
      { id: 'xb', from_id: 'x', to_id: 'b' },
      { id: 'da', from_id: 'd', to_id: 'a' },
    ];
    const r = routesBetween(diamond, 'a', 'd');
    expect([...r.nodes].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect([...r.edges].sort()).toEqual(['ab', 'ac', 'bd', 'cd']);
    expect(routesBetween(diamond, 'e', 'a').nodes.size).toBe(0);
    const short = routesBetween([...diamond, { id: 'ad', from_id: 'a', to_id: 'd' }], 'a', 'd', 1);
    expect([...short.edges]).toEqual(['ad']);
  });
  it('routes through a cycle terminate', () => {
    const r = routesBetween(chain, 'mine', 'rec');
    expect([...r.nodes].sort()).toEqual(['mag', 'met', 'mine', 'oem', 'rec', 'sep']);
    expect(r.edges.has('f')).toBe(false);
  });
});
