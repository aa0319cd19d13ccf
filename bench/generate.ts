// A deterministic generator of realistic synthetic rare-earth supply chains of any size, for
// benchmarks and tests. Same options and seed, same chain, byte for byte.
//
// Facilities are spread over the stages in chain order (many mines, components and OEMs,
// few separation and metal plants), in countries weighted like the real chain (China
// dominant in separation, metal, alloy and magnet making). Flows go mostly from each stage
// to the next, with realistic volumes, often across borders; OEM scrap goes to recyclers
// that feed separation and metal plants again (cycles); traders and stockpiles sit beside.
import { FACILITY_COLUMNS, FLOW_COLUMNS, MATERIAL_COLUMNS } from '../db/csv/format';
import { formatCsv } from '../db/csv/parse';
import type { Stage } from '../db/model/enums';

export interface GenerateOptions {
  facilities: number;
  flows: number;
  seed?: number;
}

/** Rows in the CSV import format (references by name or id, lists as arrays). */
export interface GeneratedMaterial {
  id: string;
  name: string;
  form: string;
  elements: string[];
  unit: string;
  reo_factor: number | null;
  notes: string;
}
export interface GeneratedFacility {
  id: string;
  name: string;
  stage: Stage;
  country: string;
  operator: string;
  owner_country: string;
  lat: number;
  lon: number;
  status: string;
  capacity_t: number | null;
  capacity_material: string;
  stock_t: number | null;
  confidence: string;
  tags: string[];
  notes: string;
  source: string[];
}
export interface GeneratedFlow {
  id: string;
  /** A facility id, or (for some flows) its unique name. */
  from: string;
  to: string;
  material: string;
  volume_t: number;
  year: number;
  status: string;
  confidence: string;
  notes: string;
  source: string[];
}
export interface GeneratedChain {
  materials: GeneratedMaterial[];
  facilities: GeneratedFacility[];
  flows: GeneratedFlow[];
  /** Titles of the sources the rows cite. */
  sources: string[];
}

/** mulberry32: small, fast, good enough for synthetic data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Weights<K extends string> = readonly (readonly [K, number])[];

function picker<K extends string>(random: () => number, weights: Weights<K>): () => K {
  const total = weights.reduce((sum, [, w]) => sum + w, 0);
  return () => {
    let r = random() * total;
    for (const [key, w] of weights) {
      r -= w;
      if (r < 0) return key;
    }
    return weights[weights.length - 1]![0];
  };
}

const MATERIALS: readonly GeneratedMaterial[] = [
  { id: 'mat-ore', name: 'Rare-earth ore', form: 'ore', elements: ['Ce', 'La', 'Nd', 'Pr'], unit: 't', reo_factor: 0.06, notes: '' },
  { id: 'mat-bastnasite', name: 'Bastnäsite concentrate', form: 'concentrate', elements: ['Ce', 'La', 'Nd', 'Pr'], unit: 't', reo_factor: 0.6, notes: '' },
  { id: 'mat-monazite', name: 'Monazite concentrate', form: 'concentrate', elements: ['Ce', 'La', 'Nd', 'Th'], unit: 't', reo_factor: 0.55, notes: 'Thorium-bearing; source-material rules apply' },
  { id: 'mat-carbonate', name: 'Mixed rare-earth carbonate', form: 'product', elements: ['Nd', 'Pr', 'Dy', 'Tb'], unit: 't', reo_factor: 0.45, notes: '' },
  { id: 'mat-ndpr-oxide', name: 'NdPr oxide', form: 'oxide', elements: ['Nd', 'Pr'], unit: 't', reo_factor: null, notes: '' },
  { id: 'mat-dy-oxide', name: 'Dy oxide', form: 'oxide', elements: ['Dy'], unit: 't', reo_factor: null, notes: 'Heavy rare earth' },
  { id: 'mat-tb-oxide', name: 'Tb oxide', form: 'oxide', elements: ['Tb'], unit: 't', reo_factor: null, notes: 'Heavy rare earth' },
  { id: 'mat-ndpr-metal', name: 'NdPr metal', form: 'metal', elements: ['Nd', 'Pr'], unit: 't', reo_factor: null, notes: '' },
  { id: 'mat-dy-metal', name: 'Dy metal', form: 'metal', elements: ['Dy'], unit: 't', reo_factor: null, notes: '' },
  { id: 'mat-ndfeb-alloy', name: 'NdFeB alloy', form: 'alloy', elements: ['Nd', 'Pr', 'Dy', 'Fe', 'B'], unit: 't', reo_factor: null, notes: '' },
  { id: 'mat-ndfeb-magnet', name: 'Sintered NdFeB magnet', form: 'magnet', elements: ['Nd', 'Pr', 'Dy', 'Tb', 'Fe', 'B'], unit: 't', reo_factor: null, notes: '' },
  { id: 'mat-smco-magnet', name: 'SmCo magnet', form: 'magnet', elements: ['Sm', 'Co'], unit: 't', reo_factor: null, notes: 'Needs 99.99% pure samarium' },
  { id: 'mat-motor', name: 'Traction motor', form: 'component', elements: ['Nd', 'Dy'], unit: 't', reo_factor: null, notes: '' },
  { id: 'mat-actuator', name: 'Guidance actuator', form: 'component', elements: ['Sm', 'Nd'], unit: 't', reo_factor: null, notes: '' },
  { id: 'mat-scrap', name: 'Magnet scrap', form: 'scrap', elements: ['Nd', 'Pr', 'Dy'], unit: 't', reo_factor: null, notes: '' },
];
const MATERIAL_NAME = new Map(MATERIALS.map((m) => [m.id, m.name]));

const STAGE_SHARES: Weights<Stage> = [
  ['mine', 14],
  ['concentrator', 8],
  ['separation', 4],
  ['metal', 5],
  ['alloy', 5],
  ['magnet', 8],
  ['component', 22],
  ['oem', 24],
  ['recycler', 4],
  ['stockpile', 1],
  ['trader', 5],
];

const COUNTRIES: Readonly<Partial<Record<Stage, Weights<string>>>> = {
  mine: [['CN', 40], ['AU', 10], ['MM', 10], ['US', 6], ['BR', 4], ['IN', 4], ['RU', 4], ['LA', 4], ['VN', 3], ['MG', 3], ['ZA', 3], ['CA', 3], ['GL', 2], ['TZ', 2], ['TH', 2]],
  concentrator: [['CN', 55], ['AU', 10], ['US', 6], ['MM', 5], ['IN', 4], ['RU', 4], ['VN', 3], ['BR', 3], ['MY', 3], ['LA', 3], ['CA', 2], ['ZA', 2]],
  separation: [['CN', 85], ['MY', 6], ['EE', 2], ['US', 2], ['IN', 2], ['JP', 1], ['FR', 1], ['VN', 1]],
  metal: [['CN', 88], ['VN', 4], ['JP', 3], ['TH', 2], ['US', 1], ['GB', 1], ['EE', 1]],
  alloy: [['CN', 75], ['JP', 12], ['US', 3], ['DE', 3], ['KR', 3], ['VN', 2], ['GB', 2]],
  magnet: [['CN', 85], ['JP', 8], ['DE', 2], ['US', 1], ['KR', 1], ['VN', 1], ['SI', 1], ['PH', 1]],
  component: [['CN', 35], ['US', 14], ['JP', 12], ['DE', 10], ['KR', 8], ['TW', 5], ['MX', 4], ['FR', 4], ['IT', 3], ['GB', 3], ['VN', 2]],
  oem: [['US', 30], ['CN', 18], ['DE', 10], ['JP', 10], ['FR', 7], ['GB', 7], ['KR', 6], ['IT', 4], ['SE', 3], ['IL', 3], ['IN', 2]],
  recycler: [['JP', 30], ['CN', 30], ['US', 15], ['DE', 10], ['FR', 8], ['BE', 7]],
  stockpile: [['US', 40], ['JP', 25], ['KR', 20], ['CN', 15]],
  trader: [['NL', 20], ['SG', 20], ['HK', 20], ['CN', 20], ['AE', 10], ['CH', 10]],
};

const CENTROIDS: Readonly<Record<string, readonly [number, number]>> = {
  CN: [35, 103], AU: [-25, 134], US: [39, -98], MM: [21, 96], BR: [-10, -52], IN: [22, 79], VN: [16, 107], RU: [60, 90],
  MG: [-19, 47], ZA: [-29, 24], CA: [56, -106], GL: [72, -40], TZ: [-6, 35], TH: [15, 101], LA: [19, 102], MY: [4, 102],
  EE: [58.6, 25], JP: [36, 138], FR: [46, 2], GB: [54, -2], DE: [51, 10], KR: [36, 128], SI: [46, 15], PH: [12, 122],
  TW: [23.7, 121], MX: [23, -102], IT: [42.8, 12.5], SE: [62, 15], IL: [31, 35], BE: [50.5, 4.5], NL: [52, 5.3],
  SG: [1.35, 103.8], HK: [22.3, 114.2], AE: [24, 54], CH: [46.8, 8.2],
};

/** What each stage ships (material ids, weighted). */
const OUTPUT: Readonly<Record<Stage, Weights<string>>> = {
  mine: [['mat-ore', 1]],
  concentrator: [['mat-bastnasite', 6], ['mat-monazite', 3], ['mat-carbonate', 1]],
  separation: [['mat-ndpr-oxide', 7], ['mat-dy-oxide', 2], ['mat-tb-oxide', 1]],
  metal: [['mat-ndpr-metal', 8], ['mat-dy-metal', 2]],
  alloy: [['mat-ndfeb-alloy', 1]],
  magnet: [['mat-ndfeb-magnet', 85], ['mat-smco-magnet', 15]],
  component: [['mat-motor', 7], ['mat-actuator', 3]],
  oem: [['mat-scrap', 1]],
  recycler: [['mat-ndpr-oxide', 3], ['mat-dy-oxide', 1]],
  stockpile: [['mat-dy-oxide', 1], ['mat-ndpr-oxide', 1]],
  trader: [['mat-bastnasite', 2], ['mat-monazite', 1]],
  other: [['mat-carbonate', 1]],
};

/** Typical annual tonnage range of one flow out of each stage. */
const VOLUME: Readonly<Record<Stage, readonly [number, number]>> = {
  mine: [1000, 50000],
  concentrator: [500, 20000],
  trader: [200, 10000],
  separation: [50, 5000],
  metal: [20, 2000],
  alloy: [20, 1500],
  magnet: [5, 1000],
  component: [1, 200],
  oem: [0.5, 20],
  recycler: [1, 100],
  stockpile: [5, 200],
  other: [1, 100],
};

/** Flow routes between stages, weighted by how many flows take them. */
const ROUTES: Weights<`${Stage}>${Stage}`> = [
  ['mine>concentrator', 11.5],
  ['concentrator>separation', 10],
  ['concentrator>trader', 2],
  ['trader>separation', 2],
  ['separation>metal', 12],
  ['separation>stockpile', 0.5],
  ['stockpile>metal', 0.5],
  ['metal>alloy', 10],
  ['metal>magnet', 3],
  ['alloy>magnet', 10],
  ['magnet>component', 16],
  ['component>oem', 19],
  ['oem>recycler', 1.5],
  ['component>recycler', 0.5],
  ['recycler>separation', 1],
  ['recycler>metal', 0.5],
];

const STAGE_NOUN: Readonly<Record<Stage, string>> = {
  mine: 'Mine',
  concentrator: 'Concentrator',
  separation: 'Separation Plant',
  metal: 'Metal Works',
  alloy: 'Alloy Plant',
  magnet: 'Magnet Factory',
  component: 'Components',
  oem: 'Systems',
  recycler: 'Recycling',
  stockpile: 'Stockpile',
  trader: 'Trading',
  other: 'Site',
};

const OPERATOR_A = ['Northern', 'Eastern', 'Pacific', 'Atlas', 'Summit', 'Golden', 'Iron', 'Blue Ridge', 'Red River', 'Great Plains', 'Jade', 'Baiyun', 'Polar', 'Meridian'];
const OPERATOR_B = ['Rare Earths', 'Minerals', 'Materials', 'Metals', 'Magnetics', 'Industries', 'Resources', 'Technologies', 'Defense'];
const OPERATOR_C = ['Co.', 'Ltd', 'Group', 'Inc.', 'GmbH', 'K.K.', 'plc'];
const TAGS = ['heavy-ree', 'light-ree', 'defense', 'dod-funded', 'export-controlled', 'joint-venture', 'state-owned', 'ndfeb', 'smco'];
const SOURCES = [
  'USGS Mineral Commodity Summaries 2024',
  'DoD Inspector General report, July 2014',
  'GAO-16-161, February 2016',
  'IEA Critical Minerals Outlook 2024',
  'Company annual report',
  'Trade statistics (UN Comtrade)',
  'Industry interview',
  'Satellite imagery review',
];
const STATUS: Weights<string> = [['operating', 85], ['construction', 5], ['planned', 4], ['idle', 4], ['closed', 2]];
const CONFIDENCE: Weights<string> = [['low', 20], ['medium', 55], ['high', 25]];

const round = (value: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

/** Facility counts per stage: proportional, at least one per stage when there is room. */
function stageCounts(total: number): [Stage, number][] {
  const sum = STAGE_SHARES.reduce((s, [, w]) => s + w, 0);
  const counts = STAGE_SHARES.map(([stage, w]) => [stage, total >= STAGE_SHARES.length ? Math.max(1, Math.floor((total * w) / sum)) : 0] as [Stage, number]);
  let assigned = counts.reduce((s, [, n]) => s + n, 0);
  // Spread the remainder (or the whole total when tiny) over the stages in chain order.
  for (let k = 0; assigned < total; k = (k + 1) % counts.length, assigned++) counts[k]![1]++;
  for (let k = counts.length - 1; assigned > total; k = (k - 1 + counts.length) % counts.length) {
    if (counts[k]![1] > 1) {
      counts[k]![1]--;
      assigned--;
    }
  }
  return counts;
}

export function generateChain(options: GenerateOptions): GeneratedChain {
  const random = prng(options.seed ?? 20240917);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const chance = (p: number) => random() < p;
  const logUniform = ([lo, hi]: readonly [number, number]) => Math.exp(Math.log(lo) + random() * (Math.log(hi) - Math.log(lo)));
  const status = picker(random, STATUS);
  const confidence = picker(random, CONFIDENCE);
  const countryPickers = new Map<Stage, () => string>();
  const outputPickers = new Map<Stage, () => string>();
  const sourcesOf = (p: number) => (chance(p) ? [...new Set([pick(SOURCES), ...(chance(0.3) ? [pick(SOURCES)] : [])])] : []);

  const facilities: GeneratedFacility[] = [];
  const byStage = new Map<Stage, GeneratedFacility[]>();
  const byStageCountry = new Map<string, GeneratedFacility[]>();
  let seq = 0;
  for (const [stage, count] of stageCounts(options.facilities)) {
    const countryOf = countryPickers.get(stage) ?? picker(random, COUNTRIES[stage] ?? [['US', 1]]);
    countryPickers.set(stage, countryOf);
    const outputOf = outputPickers.get(stage) ?? picker(random, OUTPUT[stage]);
    outputPickers.set(stage, outputOf);
    const list: GeneratedFacility[] = [];
    for (let k = 0; k < count; k++) {
      seq++;
      const country = countryOf();
      const [lat0, lon0] = CENTROIDS[country] ?? [0, 0];
      const operator = `${pick(OPERATOR_A)} ${pick(OPERATOR_B)} ${pick(OPERATOR_C)}`;
      const capacity = stage === 'oem' ? null : round(logUniform(VOLUME[stage]) * 3, 1);
      let name = `${operator.split(' ')[0]} ${STAGE_NOUN[stage]} ${country}-${String(seq).padStart(6, '0')}`;
      if (chance(0.02)) name += ', Unit 2';
      else if (chance(0.01)) name += ' "North" site';
      const owner = country !== 'CN' && ['mine', 'concentrator', 'separation'].includes(stage) && chance(0.25) ? 'CN' : chance(0.3) ? country : '';
      let notes = '';
      if (chance(0.1)) notes = `Capacity from ${pick(SOURCES)}, estimated`;
      if (chance(0.01)) notes = 'First line of a note\nSecond line, with a comma';
      const facility: GeneratedFacility = {
        id: `fac-${String(seq).padStart(6, '0')}`,
        name,
        stage,
        country,
        operator,
        owner_country: owner,
        lat: round(Math.max(-89, Math.min(89, lat0 + (random() - 0.5) * 6)), 4),
        lon: round(Math.max(-179, Math.min(179, lon0 + (random() - 0.5) * 6)), 4),
        status: status(),
        capacity_t: capacity,
        capacity_material: capacity === null ? '' : MATERIAL_NAME.get(outputOf())!,
        stock_t: stage === 'stockpile' ? round(logUniform([100, 5000]), 1) : capacity !== null && chance(0.3) ? round(capacity * (0.05 + random() * 0.15), 1) : null,
        confidence: confidence(),
        tags: chance(0.4) ? [...new Set([pick(TAGS), ...(chance(0.3) ? [pick(TAGS)] : [])])] : [],
        notes,
        source: sourcesOf(0.15),
      };
      facilities.push(facility);
      list.push(facility);
      const key = `${stage}:${country}`;
      const same = byStageCountry.get(key);
      if (same) same.push(facility);
      else byStageCountry.set(key, [facility]);
    }
    byStage.set(stage, list);
  }

  const routes = ROUTES.filter(([route]) => {
    const [from, to] = route.split('>') as [Stage, Stage];
    return (byStage.get(from)?.length ?? 0) > 0 && (byStage.get(to)?.length ?? 0) > 0 && (from !== to || byStage.get(from)!.length > 1);
  });
  const route = routes.length ? picker(random, routes) : undefined;
  const flows: GeneratedFlow[] = [];
  for (let k = 1; route && k <= options.flows; k++) {
    const [fromStage, toStage] = route().split('>') as [Stage, Stage];
    const from = pick(byStage.get(fromStage)!);
    // Most material goes to a plant in the same country when there is one.
    const local = byStageCountry.get(`${toStage}:${from.country}`);
    const to = local && chance(0.6) ? pick(local) : pick(byStage.get(toStage)!);
    const byName = chance(0.1);
    flows.push({
      id: `flw-${String(k).padStart(7, '0')}`,
      from: byName ? from.name : from.id,
      to: byName ? to.name : to.id,
      material: MATERIAL_NAME.get(outputPickers.get(fromStage)!())!,
      volume_t: round(logUniform(VOLUME[fromStage]), 1),
      year: 2015 + Math.floor(random() * 10),
      status: status(),
      confidence: confidence(),
      notes: chance(0.03) ? 'Declared at customs, quantity approximate' : '',
      source: sourcesOf(0.05),
    });
  }
  return { materials: MATERIALS.map((m) => ({ ...m, elements: [...m.elements] })), facilities, flows, sources: [...SOURCES] };
}

const num = (value: number | null) => (value === null ? '' : String(value));

/** The chain as the three CSV files of the import format. */
export function chainToCsv(chain: GeneratedChain): { materials: string; facilities: string; flows: string } {
  return {
    materials: formatCsv(
      MATERIAL_COLUMNS,
      chain.materials.map((m) => [m.id, m.name, m.form, m.elements.join(';'), m.unit, num(m.reo_factor), m.notes]),
    ),
    facilities: formatCsv(
      FACILITY_COLUMNS,
      chain.facilities.map((f) => [
        f.id, f.name, f.stage, f.country, f.operator, f.owner_country, num(f.lat), num(f.lon), f.status, num(f.capacity_t),
        f.capacity_material, num(f.stock_t), f.confidence, f.tags.join(';'), f.notes, f.source.join('|'),
      ]),
    ),
    flows: formatCsv(
      FLOW_COLUMNS,
      chain.flows.map((f) => [
        f.id, f.from, f.to, f.material, num(f.volume_t), String(f.year), f.status, f.confidence, f.notes, f.source.join('|'),
      ]),
    ),
  };
}
