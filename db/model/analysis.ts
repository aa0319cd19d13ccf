// Analysis inputs (zod schemas, validated at the api.ts boundary) and outputs (types the
// renderer imports). Output shapes follow shared interfaces.md exactly; extra fields are
// additions, never renames. Imports only zod and db/model so the renderer can import it.
import { z } from 'zod';
import type { Stage } from './enums';
import { countryCode, recordId, recordMeta, stageSchema } from './schemas';

/** Longest scenario, in months (20 years). */
export const MAX_SCENARIO_MONTHS = 240;
/** A supply ratio below this counts as a shortfall (interfaces.md: months_to_shortfall). */
export const SHORTFALL_RATIO = 0.5;
/** HHI above this is "highly concentrated" (2023 US merger guidelines). */
export const HIGHLY_CONCENTRATED_HHI = 1800;

// ---------- shared pieces ----------

/** A facility named by id or by a name unique in the workspace. */
export const facilityRef = z
  .string({ error: 'A facility id or name is required' })
  .trim()
  .min(1, 'A facility id or name is required')
  .max(200, 'A facility id or name is at most 200 characters');
/** A material named by id or by name. */
const materialRef = z.string().trim().min(1, 'A material id or name is required').max(200);

const includePlanned = z.boolean().default(false);

// ---------- scenarios ----------

const month = (label: string) =>
  z
    .number({ error: `${label} must be a number` })
    .int(`${label} must be a whole number`)
    .min(1, `${label} counts from 1`)
    .max(MAX_SCENARIO_MONTHS, `${label} is at most ${MAX_SCENARIO_MONTHS}`);

const disruptionBase = {
  fraction: z
    .number({ error: 'Fraction must be a number between 0 and 1' })
    .min(0, 'Fraction must be between 0 and 1')
    .max(1, 'Fraction must be between 0 and 1'),
  start_month: month('Start month'),
  end_month: month('End month').optional(),
};

export const facilityDisruptionSchema = z.object({
  kind: z.literal('facility'),
  /** The facility that stops (in part): its id or unique name. */
  id: facilityRef,
  ...disruptionBase,
});
export const countryDisruptionSchema = z.object({
  kind: z.literal('country'),
  /** Facilities located in this country stop exporting (shipping abroad). */
  country: countryCode('Country'),
  /** Only these materials (ids or names); all when absent. */
  materials: z.array(materialRef).max(200).optional(),
  /** Only exports to facilities in these countries; all foreign destinations when absent. */
  to_countries: z.array(countryCode('Destination country')).max(300).optional(),
  /** Only exports to these facilities (ids or unique names). */
  to_facilities: z.array(facilityRef).max(10_000).optional(),
  ...disruptionBase,
});
export const flowDisruptionSchema = z.object({
  kind: z.literal('flow'),
  id: recordId,
  ...disruptionBase,
});

/**
 * Not a disruption but its answer: a planned or under-construction facility starts operating
 * in start_month (until end_month, when given), at `fraction` of its recorded volumes. Its
 * flows start with it; what it ships adds to its customers' supply without raising what they
 * need, so new capacity can make up for a ban (db/analysis/openings.ts).
 */
export const onlineDisruptionSchema = z.object({
  kind: z.literal('online'),
  /** The facility that comes online: its id or unique name. */
  id: facilityRef,
  ...disruptionBase,
});

export const disruptionSchema = z.discriminatedUnion(
  'kind',
  [facilityDisruptionSchema, countryDisruptionSchema, flowDisruptionSchema, onlineDisruptionSchema],
  { error: 'Disruption kind must be one of: facility, country, flow, online' },
);
export type Disruption = z.output<typeof disruptionSchema>;
export type DisruptionInput = z.input<typeof disruptionSchema>;

const scenarioShape = z.object({
  name: z.string({ error: 'Name is required' }).trim().min(1, 'Name is required').max(200, 'Name is longer than 200 characters'),
  months: month('Months').default(12),
  disruptions: z.array(disruptionSchema).max(1000, 'At most 1000 disruptions').default([]),
  notes: z.string().trim().max(10_000, 'Notes is longer than 10000 characters').default(''),
});

function endsAfterStart(scenario: { disruptions: readonly Disruption[] }, ctx: z.RefinementCtx): void {
  scenario.disruptions.forEach((d, i) => {
    if (d.end_month !== undefined && d.end_month < d.start_month) {
      ctx.addIssue({
        code: 'custom',
        path: ['disruptions', i, 'end_month'],
        message: `End month ${d.end_month} is before start month ${d.start_month}`,
      });
    }
  });
}

export const scenarioFields = scenarioShape.superRefine(endsAfterStart);
/** A saved scenario as a snapshot file holds it: its definition and the record meta fields. */
export const scenarioSchema = scenarioShape.extend(recordMeta).superRefine(endsAfterStart);
export type ScenarioFields = z.output<typeof scenarioFields>;
export type ScenarioInput = z.input<typeof scenarioFields>;

/** A saved scenario: its definition and the record meta fields. */
export interface Scenario extends ScenarioFields {
  id: string;
  created_at: string;
  updated_at: string;
  revision: number;
}

export const scenarioCreateSchema = z.object({ id: recordId.optional(), scenario: scenarioFields });
export const scenarioUpdateSchema = z.object({
  id: recordId,
  /** The revision the editor saw, for conflict detection. */
  revision: z.number().int().min(1).optional(),
  scenario: scenarioFields,
});

// ---------- analysis operation inputs ----------

export const concentrationInput = z.object({
  stage: stageSchema,
  basis: z.enum(['capacity', 'throughput'], { error: 'Basis must be capacity or throughput' }).default('capacity'),
  include_planned: includePlanned,
});
export const concentrationAllInput = z.object({ include_planned: includePlanned });
export const provenanceInput = z.object({
  /** One facility (id or unique name)... */
  facility: facilityRef.optional(),
  /** ...or a set, whose inbound mass is traced together. */
  facilities: z.array(facilityRef).min(1).max(100_000).optional(),
  by: z.enum(['location', 'owner'], { error: 'By must be location or owner' }).default('location'),
  /** How many routes to return (largest first). */
  max_routes: z.number().int().min(0).max(10_000).default(50),
  include_planned: includePlanned,
}).refine((v) => (v.facility === undefined) !== (v.facilities === undefined), {
  message: 'Give either facility or facilities',
  path: ['facility'],
});
export const chokepointsInput = z.object({
  /** Target facilities (ids or unique names); all operating OEMs when absent. */
  targets: z.array(facilityRef).min(1).max(100_000).optional(),
  /** How many facilities to list (largest share first). */
  limit: z.number().int().min(1).max(100_000).default(100),
  include_planned: includePlanned,
});
export const scenarioRunInput = z.object({
  scenario: scenarioFields,
  include_planned: includePlanned,
});
export const savedScenarioRunInput = z.object({
  id: recordId,
  /** Overrides the saved number of months. */
  months: month('Months').optional(),
  include_planned: includePlanned,
});

// ---------- outputs ----------

export interface CountryShare {
  country: string;
  share: number;
}

export interface ConcentrationResult {
  stage: Stage;
  basis: 'capacity' | 'throughput';
  total: number;
  hhi: number;
  /** hhi > 1,800 (HIGHLY_CONCENTRATED_HHI). */
  highly_concentrated: boolean;
  /** Facilities counted. */
  facilities: number;
  shares: { country: string; value: number; share: number }[];
}

/** Every stage at once on both bases: the "mining only vs whole chain" side-by-side. */
export interface ConcentrationOverview {
  stages: { stage: Stage; capacity: ConcentrationResult; throughput: ConcentrationResult }[];
}

export interface ProvenanceRoute {
  /** One hop per upstream stage the material passed through, in chain order (mine first). */
  path: { stage: Stage; country: string }[];
  /** Share of the inbound mass carried by this route. */
  share: number;
  tonnes: number;
}

/** How much of the inbound mass rests on weak records (db/analysis/evidence.ts). */
export interface Evidence {
  /** Share of the inbound mass that passed through a low-confidence facility or flow. */
  low_share: number;
  /** Share that passed through a facility or flow below high confidence (low or medium). */
  below_high_share: number;
  /** The weak records that carry the most of it: low before medium, then by share; at most WEAKEST_LISTED. */
  weakest: WeakRecord[];
}

/** A facility or flow below high confidence, and the share of the inbound mass that passed through it. */
export interface WeakRecord {
  kind: 'facility' | 'flow';
  id: string;
  /** A facility's name; a flow as "from → to". */
  name: string;
  confidence: 'low' | 'medium';
  share: number;
}

export interface ProvenanceResult {
  facility: { id: string; name: string };
  /** Set when several targets were traced together. */
  facilities?: { id: string; name: string }[];
  inbound_t: number;
  by: 'location' | 'owner';
  stages: Partial<Record<Stage, CountryShare[]>>;
  /** Where the inbound mass originated (mines, or facilities shipping more than they receive); sums to 1. */
  origins: { stage: Stage; country: string; share: number }[];
  /** Largest routes first; their shares sum to at most 1. */
  routes: ProvenanceRoute[];
  /** Share of the inbound mass whose route was not listed (max_routes). */
  routes_other_share: number;
  /** How much of the inbound mass passed through low- or medium-confidence records. */
  evidence: Evidence;
}

export interface SinglePointOfFailure {
  id: string;
  name: string;
  country: string;
  /** How many targets it cuts off entirely. */
  targets: number;
  /** Share of the targets' total inbound mass that those targets receive. */
  cuts_share: number;
  /** It cuts off every target of the set. */
  all_targets: boolean;
}

export interface ChokepointsResult {
  targets: string[];
  facilities: { id: string; name: string; country: string; stage: Stage; share: number }[];
  countries: CountryShare[];
  /** Facilities every supply path to at least one target passes through (see db/analysis/chokepoints.ts), largest cut first. */
  single_points_of_failure: string[];
  single_points_of_failure_detail: SinglePointOfFailure[];
  inbound_t: number;
}

export interface ScenarioFacilityResult {
  id: string;
  name: string;
  stage: Stage;
  country: string;
  /** Per month 1..months: received / planned inbound (1 when nothing is planned). */
  supply_ratio: number[];
  shortfall_t: number;
  months_to_shortfall: number | null;
  /** For a facility that comes online in the run: its first month (before it, nothing is planned, so its ratio is 1). */
  online_from?: number;
}

export interface ScenarioResult {
  name: string;
  months: number;
  facilities: ScenarioFacilityResult[];
}
