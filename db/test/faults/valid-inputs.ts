// One valid input for every operation of db/api.ts, over the records seedFuzzWorkspace makes.
// The Record type makes tsc insist on an entry for every operation, so a new one is fuzzed too.
import type { OpName } from '../../api';
import type { Service } from '../../service';
import { seedChain } from '../helpers';

export interface FuzzIds {
  material: string;
  /** A material nothing uses, so that deleting it works. */
  spare: string;
  mine: string;
  sep: string;
  flow: string;
  source: string;
  link: string;
  scenario: string;
  /** A review of the separation plant's dead-end notice. */
  review: string;
  /** A snapshot file (base64) from another workspace, with records this one lacks. */
  snapshot: string;
}

export function seedFuzzWorkspace(service: Service, snapshot: string): FuzzIds {
  const { oxide, mine, sep, flow } = seedChain(service);
  const spare = service.run('materials.create', { name: 'Spare scrap', form: 'scrap' });
  const source = service.run('sources.create', { title: 'USGS 2024' });
  const link = service.run('sources.link', { source_id: source.id, record_type: 'facility', record_id: mine.id });
  const scenario = service.run('scenarios.create', {
    scenario: { name: 'Outage', disruptions: [{ kind: 'facility', id: sep.id, fraction: 1, start_month: 1 }] },
  });
  service.run('checks.review', { findings: [{ check: 'dead-end', record_id: sep.id }], note: 'Holds its oxide as stock' });
  const review = service.run('checks.reviews', {})[0]!.id;
  return { material: oxide.id, spare: spare.id, mine: mine.id, sep: sep.id, flow: flow.id, source: source.id, link: link.id, scenario: scenario.id, review, snapshot };
}

const FACILITIES_CSV = 'name,stage,country,capacity_t\nLynas Kalgoorlie,separation,AU,10500\n';

export const VALID_INPUTS: Record<OpName, (ids: FuzzIds) => unknown> = {
  'workspace.info': () => ({}),
  'workspace.loadSample': () => ({}),
  'materials.list': () => ({}),
  'materials.create': () => ({ name: 'Dy oxide', form: 'oxide', elements: ['Dy'], reo_factor: 0.9 }),
  'materials.update': (ids) => ({ id: ids.material, revision: 1, changes: { notes: 'checked' } }),
  'materials.delete': (ids) => ({ id: ids.spare }),
  'facilities.list': () => ({}),
  'facilities.get': (ids) => ({ id: ids.mine }),
  'facilities.create': () => ({ name: 'Mount Weld', stage: 'mine', country: 'AU', lat: -28.86, lon: 122.55, tags: ['lynas'] }),
  'facilities.update': (ids) => ({ id: ids.mine, revision: 1, changes: { capacity_t: 40000, status: 'idle' } }),
  'facilities.updateMany': (ids) => ({ ids: [ids.mine, ids.sep], changes: { confidence: 'low', status: 'idle' }, add_tags: ['defence'], remove_tags: ['legacy'] }),
  'facilities.delete': (ids) => ({ ids: [ids.sep] }),
  'flows.list': () => ({}),
  'flows.create': (ids) => ({ from_id: ids.sep, to_id: ids.mine, material_id: ids.material, volume_t: 5, year: 2024 }),
  'flows.update': (ids) => ({ id: ids.flow, revision: 1, changes: { volume_t: 12 } }),
  'flows.updateMany': (ids) => ({ ids: [ids.flow], changes: { confidence: 'high', year: 2023 } }),
  'flows.delete': (ids) => ({ ids: [ids.flow] }),
  'sources.list': () => ({}),
  'sources.create': () => ({ title: 'Lynas annual report', published: '2024-06', url: 'https://example.org' }),
  'sources.update': (ids) => ({ id: ids.source, changes: { excerpt: 'p. 4' } }),
  'sources.delete': (ids) => ({ id: ids.source }),
  'sources.links': (ids) => ({ source_id: ids.source }),
  'sources.link': (ids) => ({ source_id: ids.source, record_type: 'flow', record_id: ids.flow }),
  'sources.linkMany': (ids) => ({ source_id: ids.source, record_type: 'facility', record_ids: [ids.mine, ids.sep] }),
  'sources.unlink': (ids) => ({ id: ids.link }),
  'history.undo': () => ({}),
  'history.redo': () => ({}),
  'history.list': () => ({ limit: 10 }),
  'history.changes': () => ({ batch_id: 1, limit: 50 }),
  'history.record': (ids) => ({ table: 'facilities', id: ids.mine, limit: 10 }),
  'diagram.positions': () => ({ layout: 'chain' }),
  'diagram.savePositions': (ids) => ({ layout: 'force', positions: [{ facility_id: ids.mine, x: 1, y: 2 }] }),
  'diagram.resetPositions': () => ({ layout: 'force' }),
  'csv.import': () => ({ facilities: FACILITIES_CSV }),
  'csv.preview': () => ({ kind: 'facilities', text: FACILITIES_CSV }),
  'csv.export': () => ({}),
  'analysis.concentration': () => ({ stage: 'separation', basis: 'capacity' }),
  'analysis.concentrationAll': () => ({}),
  'analysis.provenance': (ids) => ({ facility: ids.sep }),
  'analysis.chokepoints': (ids) => ({ targets: [ids.sep] }),
  'analysis.checks': () => ({ include_planned: true }),
  'analysis.scenario': (ids) => ({ scenario: { name: 'Ban', months: 6, disruptions: [{ kind: 'country', country: 'US', fraction: 1, start_month: 2 }] }, include_planned: false, _: ids.mine }),
  'checks.reviews': () => ({}),
  'checks.review': (ids) => ({ findings: [{ check: 'dead-end', record_id: ids.sep }], note: 'Stock, see the 2024 report' }),
  'checks.reopen': (ids) => ({ ids: [ids.review] }),
  'scenarios.list': () => ({}),
  'scenarios.create': (ids) => ({ scenario: { name: 'Flow cut', disruptions: [{ kind: 'flow', id: ids.flow, fraction: 0.5, start_month: 1, end_month: 3 }] } }),
  'scenarios.update': (ids) => ({ id: ids.scenario, revision: 1, scenario: { name: 'Outage 2', months: 24, disruptions: [] } }),
  'scenarios.delete': (ids) => ({ id: ids.scenario }),
  'scenarios.run': (ids) => ({ id: ids.scenario, months: 6 }),
  'snapshot.export': () => ({ filter: { countries: ['US'] }, author: 'fuzz' }),
  'snapshot.verify': (ids) => ({ data: ids.snapshot, file_name: 'other.lodestone' }),
  'snapshot.diff': (ids) => ({ data: ids.snapshot, file_name: 'other.lodestone' }),
  'snapshot.merge': (ids) => ({ data: ids.snapshot, file_name: 'other.lodestone', on_conflict: 'theirs', choices: {} }),
  'snapshot.open': (ids) => ({ data: ids.snapshot }),
  'snapshot.history': () => ({ limit: 5 }),
  'graph.export': () => ({ format: 'graphml' }),
};
