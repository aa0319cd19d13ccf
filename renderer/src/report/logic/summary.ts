// The report's workspace summary: record counts, facilities by stage and by country, how
// confident the records are and which sources they rest on. Pure.
import { COUNTRY_NAMES } from '../../../../db/model/countries';
import { CONFIDENCES, STAGES, STAGE_LABELS, type Confidence, type Stage } from '../../../../db/model/enums';
import type { Facility, Flow, Material, Source, SourceLink } from '../../../../db/model/schemas';

export interface SummaryInput {
  facilities: readonly Facility[];
  flows: readonly Flow[];
  materials: readonly Material[];
  sources: readonly Source[];
  links: readonly SourceLink[];
}

export interface StageCount {
  stage: Stage;
  label: string;
  facilities: number;
  operating: number;
  /** Sum of the operating facilities' capacity (t/yr). */
  capacity: number;
}

export interface CountryCount {
  country: string;
  name: string;
  facilities: number;
  /** Stages present in the country, in chain order. */
  stages: Stage[];
}

export interface ConfidenceCount {
  level: Confidence;
  facilities: number;
  flows: number;
}

export interface SourceLine {
  id: string;
  title: string;
  publisher: string;
  published: string;
  /** Facilities and flows that cite it. */
  records: number;
}

export interface WorkspaceSummary {
  counts: { facilities: number; operating: number; flows: number; materials: number; sources: number };
  stages: StageCount[];
  countries: CountryCount[];
  /** Countries beyond the listed ones, folded together; null when none are left. */
  otherCountries: { countries: number; facilities: number } | null;
  confidence: ConfidenceCount[];
  /** Facilities and flows with at least one source. */
  sourced: { facilities: number; flows: number };
  sources: SourceLine[];
  /** Sensitive sources counted but not listed (a report leaves the workspace). */
  sensitiveLeftOut: number;
}

export interface SummaryOptions {
  /** List sensitive sources by title as well. */
  includeSensitive: boolean;
  /** Countries listed before the rest are folded together. */
  maxCountries?: number;
}

export function workspaceSummary(input: SummaryInput, { includeSensitive, maxCountries = 12 }: SummaryOptions): WorkspaceSummary {
  const { facilities, flows } = input;

  const stages = STAGES.map((stage): StageCount => ({ stage, label: STAGE_LABELS[stage], facilities: 0, operating: 0, capacity: 0 }));
  const stageRow = new Map(stages.map((s) => [s.stage, s]));
  const byCountry = new Map<string, { facilities: number; stages: Set<Stage> }>();
  for (const f of facilities) {
    const row = stageRow.get(f.stage)!;
    row.facilities++;
    if (f.status === 'operating') {
      row.operating++;
      row.capacity += f.capacity_t ?? 0;
    }
    let c = byCountry.get(f.country);
    if (!c) byCountry.set(f.country, (c = { facilities: 0, stages: new Set() }));
    c.facilities++;
    c.stages.add(f.stage);
  }

  const countries = [...byCountry]
    .map(([country, c]): CountryCount => ({
      country,
      name: COUNTRY_NAMES[country] ?? country,
      facilities: c.facilities,
      stages: STAGES.filter((s) => c.stages.has(s)),
    }))
    .sort((a, b) => b.facilities - a.facilities || a.name.localeCompare(b.name));
  const listed = countries.slice(0, maxCountries);
  const rest = countries.slice(maxCountries);

  const confidence = CONFIDENCES.map((level): ConfidenceCount => ({
    level,
    facilities: facilities.filter((f) => f.confidence === level).length,
    flows: flows.filter((f) => f.confidence === level).length,
  }));

  // Links to records that no longer exist do not count.
  const facilityIds = new Set(facilities.map((f) => f.id));
  const flowIds = new Set(flows.map((f) => f.id));
  const sourcedFacilities = new Set<string>();
  const sourcedFlows = new Set<string>();
  const citing = new Map<string, Set<string>>();
  for (const link of input.links) {
    if (link.record_type === 'facility' && facilityIds.has(link.record_id)) sourcedFacilities.add(link.record_id);
    else if (link.record_type === 'flow' && flowIds.has(link.record_id)) sourcedFlows.add(link.record_id);
    else continue;
    let records = citing.get(link.source_id);
    if (!records) citing.set(link.source_id, (records = new Set()));
    records.add(`${link.record_type}:${link.record_id}`);
  }
  const shown = input.sources.filter((s) => includeSensitive || !s.sensitive);
  const sources = shown
    .map((s): SourceLine => ({ id: s.id, title: s.title, publisher: s.publisher, published: s.published, records: citing.get(s.id)?.size ?? 0 }))
    .sort((a, b) => b.records - a.records || a.title.localeCompare(b.title));

  return {
    counts: {
      facilities: facilities.length,
      operating: facilities.filter((f) => f.status === 'operating').length,
      flows: flows.length,
      materials: input.materials.length,
      sources: input.sources.length,
    },
    stages: stages.filter((s) => s.facilities > 0),
    countries: listed,
    otherCountries: rest.length ? { countries: rest.length, facilities: rest.reduce((n, c) => n + c.facilities, 0) } : null,
    confidence,
    sourced: { facilities: sourcedFacilities.size, flows: sourcedFlows.size },
    sources,
    sensitiveLeftOut: input.sources.length - shown.length,
  };
}
