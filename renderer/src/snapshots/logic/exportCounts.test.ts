import { describe, expect, it } from 'vitest';
import { facility, flow, link, material, review, scenario, source } from '../../logic/testRecords';
import { exportCounts, isWholeWorkspace, type ExportSelection } from './exportCounts';

// oxide: mine CN -> separation CN -> magnet US; metal: separation CN -> metal JP.
const oxide = material('m1', { name: 'NdPr oxide' });
const metal = material('m2', { name: 'NdPr metal', form: 'metal' });
const spare = material('m3', { name: 'Unused' });
const lists = {
  materials: [oxide, metal, spare],
  facilities: [
    facility('f1', { name: 'Mine', stage: 'mine', country: 'CN', capacity_material_id: 'm1' }),
    facility('f2', { name: 'Sep', stage: 'separation', country: 'CN' }),
    facility('f3', { name: 'Magnet', stage: 'magnet', country: 'US' }),
    facility('f4', { name: 'Metal', stage: 'metal', country: 'JP' }),
  ],
  flows: [
    flow('w1', { from_id: 'f1', to_id: 'f2', material_id: 'm1' }),
    flow('w2', { from_id: 'f2', to_id: 'f3', material_id: 'm1' }),
    flow('w3', { from_id: 'f2', to_id: 'f4', material_id: 'm2' }),
  ],
  sources: [source('s1', { title: 'Open report' }), source('s2', { title: 'Secret cable', sensitive: true }), source('s3', { title: 'On the magnet plant' })],
  source_links: [link('l1', 's1', 'facility', 'f1'), link('l2', 's2', 'flow', 'w1'), link('l3', 's3', 'facility', 'f3')],
  check_reviews: [review('r1', 'dead-end', 'facility', 'f3'), review('r2', 'flow-without-volume', 'flow', 'w1')],
  scenarios: [
    scenario('sc1', { name: 'Magnet plant stops', disruptions: [{ kind: 'facility', id: 'f3', fraction: 1, start_month: 1 }] }),
    scenario('sc2', { name: 'China bans exports', disruptions: [{ kind: 'country', country: 'CN', fraction: 1, start_month: 1 }] }),
    // named, as a scenario may name a material: any case
    scenario('sc3', { name: 'No metal to Japan', disruptions: [{ kind: 'country', country: 'CN', materials: ['ndpr METAL'], to_countries: ['JP'], fraction: 1, start_month: 1 }] }),
    scenario('sc4', { name: 'Cut the mine flow', disruptions: [{ kind: 'flow', id: 'w1', fraction: 0.5, start_month: 1 }] }),
  ],
};
const all: ExportSelection = { countries: [], materials: [], stages: [], includeSensitive: true };

describe('exportCounts', () => {
  it('counts the whole workspace when nothing is chosen', () => {
    expect(isWholeWorkspace(all)).toBe(true);
    expect(exportCounts(lists, all)).toEqual({ facilities: 4, flows: 3, materials: 3, sources: 3, reviews: 2, scenarios: 4 });
  });

  it('keeps flows only where both ends are in the subset, with the materials and sources they use', () => {
    const cn = { ...all, countries: ['CN'] };
    expect(isWholeWorkspace(cn)).toBe(false);
    // f1, f2; only w1 has both ends; materials: m1 (capacity and flow); sources cited by f1 and w1;
    // the scenarios naming no record left out: the country ban and the cut of w1.
    expect(exportCounts(lists, cn)).toEqual({ facilities: 2, flows: 1, materials: 1, sources: 2, reviews: 1, scenarios: 2 });
  });

  it('a materials filter keeps facilities handling them and flows of them only', () => {
    expect(exportCounts(lists, { ...all, materials: ['m2'] })).toEqual({ facilities: 2, flows: 1, materials: 1, sources: 0, reviews: 0, scenarios: 2 });
  });

  it('stages and countries combine', () => {
    expect(exportCounts(lists, { ...all, countries: ['CN', 'US'], stages: ['separation', 'magnet'] })).toEqual({
      facilities: 2,
      flows: 1,
      materials: 1,
      sources: 1,
      reviews: 1,
      scenarios: 2, // the magnet plant's outage and the country ban
    });
  });

  it('leaving out sensitive content drops sensitive sources and every check review (their notes say why)', () => {
    expect(exportCounts(lists, { ...all, includeSensitive: false }).sources).toBe(2);
    expect(exportCounts(lists, { ...all, includeSensitive: false }).reviews).toBe(0);
    expect(exportCounts(lists, { ...all, countries: ['CN'], includeSensitive: false }).sources).toBe(1);
    // a scenario's notes are left out (by the core), the scenario is not
    expect(exportCounts(lists, { ...all, includeSensitive: false }).scenarios).toBe(4);
  });
});
