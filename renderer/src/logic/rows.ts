// Table rows for each record type: the record plus what the table shows, sorts and
// filters by, computed once per data load.
import type { Facility, Flow, Material, Source, SourceLink } from '../../../db/model/schemas';
import { countryName } from '../../../db/model/countries';
import { CONFIDENCES, FACILITY_STATUSES, STAGES, STAGE_LABELS, type Stage } from '../../../db/model/enums';
import { searchText, type Filterable, type SortKey } from './table';

export interface Indexes {
  facilityById: Map<string, Facility>;
  flowById: Map<string, Flow>;
  materialById: Map<string, Material>;
  sourceById: Map<string, Source>;
  /** Flows touching a facility (from or to). */
  flowCountByFacility: Map<string, number>;
  flowCountByMaterial: Map<string, number>;
  /** Facilities naming a material as capacity material. */
  facilityCountByMaterial: Map<string, number>;
  linkCountBySource: Map<string, number>;
}

function bump(map: Map<string, number>, key: string | null | undefined): void {
  if (!key) return;
  map.set(key, (map.get(key) ?? 0) + 1);
}

export function buildIndexes(
  facilities: readonly Facility[],
  flows: readonly Flow[],
  materials: readonly Material[],
  sources: readonly Source[],
  links: readonly SourceLink[],
): Indexes {
  const facilityById = new Map<string, Facility>();
  for (const f of facilities) facilityById.set(f.id, f);
  const materialById = new Map<string, Material>();
  for (const m of materials) materialById.set(m.id, m);
  const sourceById = new Map<string, Source>();
  for (const s of sources) sourceById.set(s.id, s);
  const flowById = new Map<string, Flow>();
  const flowCountByFacility = new Map<string, number>();
  const flowCountByMaterial = new Map<string, number>();
  for (const fl of flows) {
    flowById.set(fl.id, fl);
    bump(flowCountByFacility, fl.from_id);
    if (fl.to_id !== fl.from_id) bump(flowCountByFacility, fl.to_id);
    bump(flowCountByMaterial, fl.material_id);
  }
  const facilityCountByMaterial = new Map<string, number>();
  for (const f of facilities) bump(facilityCountByMaterial, f.capacity_material_id);
  const linkCountBySource = new Map<string, number>();
  for (const l of links) bump(linkCountBySource, l.source_id);
  return {
    facilityById,
    flowById,
    materialById,
    sourceById,
    flowCountByFacility,
    flowCountByMaterial,
    facilityCountByMaterial,
    linkCountBySource,
  };
}

export const stageLabel = (stage: string): string => STAGE_LABELS[stage as Stage] ?? stage;
export { countryName };

const stageRank = new Map<string, number>(STAGES.map((s, i) => [s, i]));
const statusRank = new Map<string, number>(FACILITY_STATUSES.map((s, i) => [s, i]));
const confidenceRank = new Map<string, number>(CONFIDENCES.map((s, i) => [s, i]));

export interface TableRow extends Filterable {
  id: string;
  keys: Readonly<Record<string, SortKey>>;
}

export interface FacilityRow extends TableRow {
  record: Facility;
  stage: string;
  country: string;
  ownerCountry: string;
  capacityMaterial: string;
  tags: string;
  flows: number;
}

export function facilityRows(facilities: readonly Facility[], ix: Indexes): FacilityRow[] {
  return facilities.map((f) => {
    const stage = stageLabel(f.stage);
    const country = countryName(f.country);
    const ownerCountry = countryName(f.owner_country);
    const capacityMaterial = f.capacity_material_id ? (ix.materialById.get(f.capacity_material_id)?.name ?? '') : '';
    const tags = f.tags.join('; ');
    return {
      id: f.id,
      record: f,
      stage,
      country,
      ownerCountry,
      capacityMaterial,
      tags,
      flows: ix.flowCountByFacility.get(f.id) ?? 0,
      search: searchText([f.name, stage, country, f.country, f.operator, ownerCountry, f.status, capacityMaterial, tags, f.confidence]),
      facets: { stage: f.stage, country: f.country, status: f.status, confidence: f.confidence },
      keys: {
        name: f.name,
        stage: stageRank.get(f.stage) ?? null,
        country,
        operator: f.operator,
        owner_country: ownerCountry,
        status: statusRank.get(f.status) ?? null,
        capacity_t: f.capacity_t,
        capacity_material: capacityMaterial,
        stock_t: f.stock_t,
        confidence: confidenceRank.get(f.confidence) ?? null,
        tags,
      },
    };
  });
}

export interface FlowRow extends TableRow {
  record: Flow;
  from: string;
  to: string;
  material: string;
}

export function flowRows(flows: readonly Flow[], ix: Indexes): FlowRow[] {
  return flows.map((fl) => {
    const from = ix.facilityById.get(fl.from_id)?.name ?? fl.from_id;
    const to = ix.facilityById.get(fl.to_id)?.name ?? fl.to_id;
    const material = ix.materialById.get(fl.material_id)?.name ?? fl.material_id;
    return {
      id: fl.id,
      record: fl,
      from,
      to,
      material,
      search: searchText([from, to, material, fl.status, fl.confidence, fl.year, fl.notes]),
      facets: { material: fl.material_id, status: fl.status, confidence: fl.confidence },
      keys: {
        from,
        to,
        material,
        volume_t: fl.volume_t,
        year: fl.year,
        status: statusRank.get(fl.status) ?? null,
        confidence: confidenceRank.get(fl.confidence) ?? null,
      },
    };
  });
}

export interface MaterialRow extends TableRow {
  record: Material;
  elements: string;
  flows: number;
}

export function materialRows(materials: readonly Material[], ix: Indexes): MaterialRow[] {
  return materials.map((m) => {
    const elements = m.elements.join(', ');
    const flows = ix.flowCountByMaterial.get(m.id) ?? 0;
    return {
      id: m.id,
      record: m,
      elements,
      flows,
      search: searchText([m.name, m.form, elements, m.unit, m.notes]),
      facets: { form: m.form },
      keys: { name: m.name, form: m.form, elements, unit: m.unit, reo_factor: m.reo_factor, flows },
    };
  });
}

export interface SourceRow extends TableRow {
  record: Source;
  links: number;
}

export function sourceRows(sources: readonly Source[], ix: Indexes): SourceRow[] {
  return sources.map((s) => {
    const links = ix.linkCountBySource.get(s.id) ?? 0;
    return {
      id: s.id,
      record: s,
      links,
      search: searchText([s.title, s.publisher, s.published, s.url, s.excerpt, s.sensitive ? 'sensitive' : '']),
      facets: { sensitive: s.sensitive ? 'yes' : 'no' },
      keys: {
        title: s.title,
        publisher: s.publisher,
        published: s.published,
        url: s.url,
        sensitive: s.sensitive ? 1 : 0,
        links,
      },
    };
  });
}
