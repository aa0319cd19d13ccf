// zod schemas: the single source of validation and of the record types. Field names are
// the database column names (snake_case), as in the CSV and snapshot formats.
import { z } from 'zod';
import { isCountryCode } from './countries';
import { isElementSymbol } from './elements';
import { CONFIDENCES, FACILITY_STATUSES, MATERIAL_FORMS, RECORD_TYPES, STAGES } from './enums';

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;
export const recordId = z
  .string()
  .regex(ID_PATTERN, 'Id must be 1-64 letters, digits, ".", "_", ":" or "-", starting with a letter or digit');

const requiredText = (label: string, max: number) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} is longer than ${max} characters`);
const optionalText = (label: string, max: number) =>
  z.string().trim().max(max, `${label} is longer than ${max} characters`).default('');

export const countryCode = (label: string) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .toUpperCase()
    .refine(isCountryCode, { message: `${label} must be an ISO 3166-1 alpha-2 code, such as CN or US` });

const enumOf = <T extends readonly [string, ...string[]]>(values: T, label: string) =>
  z.enum(values, { error: `${label} must be one of: ${values.join(', ')}` });

const nonNegative = (label: string) =>
  z
    .number({ error: `${label} must be a number` })
    .finite(`${label} must be a finite number`)
    .min(0, `${label} cannot be negative`);

/** One tag of a facility (exported: the bulk editor checks tags to add with it). */
export const tag = z.string().trim().min(1, 'A tag cannot be empty').max(64, 'A tag is longer than 64 characters');
const tagList = z.array(tag).max(50, 'At most 50 tags');
const tags = tagList.default([]);

export const stageSchema = enumOf(STAGES, 'Stage');
export const facilityStatusSchema = enumOf(FACILITY_STATUSES, 'Status');
export const confidenceSchema = enumOf(CONFIDENCES, 'Confidence');
export const materialFormSchema = enumOf(MATERIAL_FORMS, 'Form');
export const recordTypeSchema = enumOf(RECORD_TYPES, 'Record type');

/** The fields every stored record has besides its own. */
export const recordMeta = {
  id: recordId,
  created_at: z.string(),
  updated_at: z.string(),
  revision: z.number().int().min(1),
};

// ---------- materials ----------
export const materialFields = z.object({
  name: requiredText('Name', 200),
  form: materialFormSchema,
  elements: z
    .array(z.string().trim().refine(isElementSymbol, { message: 'Elements must be chemical symbols, such as Nd or Dy' }))
    .max(30)
    .default([]),
  unit: z.string().trim().min(1, 'Unit is required').max(20).default('t'),
  reo_factor: z
    .number({ error: 'REO factor must be a number' })
    .gt(0, 'REO factor must be above 0')
    .max(1, 'REO factor is a fraction: at most 1')
    .nullable()
    .default(null),
  notes: optionalText('Notes', 10_000),
});
export const materialCreateSchema = materialFields.extend({ id: recordId.optional() });
export const materialSchema = materialFields.extend(recordMeta);
export type MaterialFields = z.output<typeof materialFields>;
export type MaterialCreate = z.input<typeof materialCreateSchema>;
export type Material = z.output<typeof materialSchema>;

// ---------- facilities ----------
export const facilityFields = z.object({
  name: requiredText('Name', 200),
  stage: stageSchema,
  country: countryCode('Country'),
  operator: optionalText('Operator', 200),
  owner_country: countryCode('Owner country').nullable().default(null),
  lat: z
    .number({ error: 'Latitude must be a number' })
    .min(-90, 'Latitude must be between -90 and 90')
    .max(90, 'Latitude must be between -90 and 90')
    .nullable()
    .default(null),
  lon: z
    .number({ error: 'Longitude must be a number' })
    .min(-180, 'Longitude must be between -180 and 180')
    .max(180, 'Longitude must be between -180 and 180')
    .nullable()
    .default(null),
  status: facilityStatusSchema.default('operating'),
  capacity_t: nonNegative('Capacity').nullable().default(null),
  capacity_material_id: recordId.nullable().default(null),
  stock_t: nonNegative('Stock').nullable().default(null),
  confidence: confidenceSchema.default('medium'),
  tags,
  notes: optionalText('Notes', 10_000),
});
export const facilityCreateSchema = facilityFields.extend({ id: recordId.optional() });
export const facilitySchema = facilityFields.extend(recordMeta);
export type FacilityFields = z.output<typeof facilityFields>;
export type FacilityCreate = z.input<typeof facilityCreateSchema>;
export type Facility = z.output<typeof facilitySchema>;

// ---------- flows ----------
export const flowFieldsBase = z.object({
  from_id: recordId,
  to_id: recordId,
  material_id: recordId,
  volume_t: nonNegative('Volume').nullable().default(null),
  year: z
    .number({ error: 'Year must be a number' })
    .int('Year must be a whole number')
    .min(1900, 'Year must be between 1900 and 2100')
    .max(2100, 'Year must be between 1900 and 2100')
    .nullable()
    .default(null),
  status: facilityStatusSchema.default('operating'),
  confidence: confidenceSchema.default('medium'),
  notes: optionalText('Notes', 10_000),
});
const noSelfLoop = <T extends { from_id?: string; to_id?: string }>(flow: T) =>
  flow.from_id === undefined || flow.from_id !== flow.to_id;
const selfLoopIssue = { message: 'A flow cannot go from a facility to itself', path: ['to_id'] };
export const flowFields = flowFieldsBase.refine(noSelfLoop, selfLoopIssue);
export const flowCreateSchema = flowFieldsBase.extend({ id: recordId.optional() }).refine(noSelfLoop, selfLoopIssue);
export const flowSchema = flowFieldsBase.extend(recordMeta);
export type FlowFields = z.output<typeof flowFieldsBase>;
export type FlowCreate = z.input<typeof flowCreateSchema>;
export type Flow = z.output<typeof flowSchema>;

// ---------- sources ----------
export const sourceFields = z.object({
  title: requiredText('Title', 500),
  publisher: optionalText('Publisher', 200),
  published: z
    .string()
    .trim()
    .regex(/^(\d{4}(-\d{2}(-\d{2})?)?)?$/, 'Date must be YYYY, YYYY-MM or YYYY-MM-DD')
    .default(''),
  url: optionalText('URL or document reference', 2_000),
  excerpt: optionalText('Excerpt', 20_000),
  sensitive: z.boolean().default(false),
  notes: optionalText('Notes', 10_000),
});
export const sourceCreateSchema = sourceFields.extend({ id: recordId.optional() });
export const sourceSchema = sourceFields.extend(recordMeta);
export type SourceFields = z.output<typeof sourceFields>;
export type SourceCreate = z.input<typeof sourceCreateSchema>;
export type Source = z.output<typeof sourceSchema>;

export const sourceLinkFields = z.object({
  source_id: recordId,
  record_type: recordTypeSchema.exclude(['source']),
  record_id: recordId,
  note: optionalText('Note', 2_000),
});
export const sourceLinkSchema = sourceLinkFields.extend(recordMeta);
export type SourceLinkCreate = z.input<typeof sourceLinkFields>;
export type SourceLink = z.output<typeof sourceLinkSchema>;

/**
 * The fields as all optional and WITHOUT their defaults. zod's `.partial()` keeps defaults,
 * so a missing key would come out as its default: an update that names only `capacity_t`
 * would reset notes, tags, status... An update must change only the fields it names.
 */
export function changesOf<T extends z.ZodObject>(fields: T): ReturnType<T['partial']> {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(fields.shape as Record<string, z.ZodType>)) {
    shape[key] = (field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : field).optional();
  }
  return z.object(shape) as unknown as ReturnType<T['partial']>;
}

/** Update input: the id, the revision the editor saw (optional, for conflict detection), and changed fields. */
export const updateOf = <T extends z.ZodObject>(fields: T) =>
  z.object({
    id: recordId,
    revision: z.number().int().min(1).optional(),
    changes: changesOf(fields),
  });

/** The fields a person sets on many records at once (the same value on each). */
export const facilityBulkFields = facilityFields.pick({ stage: true, country: true, operator: true, owner_country: true, status: true, confidence: true });
export const flowBulkFields = flowFieldsBase.pick({ material_id: true, year: true, status: true, confidence: true });
export type FacilityBulkChanges = Partial<z.output<typeof facilityBulkFields>>;
export type FlowBulkChanges = Partial<z.output<typeof flowBulkFields>>;

/** The records a bulk step acts on: at least one, up to 100,000. */
const manyIds = z.array(recordId).min(1, 'Choose at least one record').max(100_000, 'At most 100,000 records at once');
const NO_CHANGE = 'Name at least one field to change';
const setsSomething = (changes: Record<string, unknown>) => Object.values(changes).some((v) => v !== undefined);

/** Ids of the records to change, up to 100,000, and the fields to set on each. */
export const updateManyOf = <T extends z.ZodObject>(fields: T) =>
  z.object({
    ids: manyIds,
    changes: changesOf(fields).strict().refine(setsSomething, NO_CHANGE),
  });

/** Facilities' fields set on many at once, and tags added to or taken from each. */
export const facilityUpdateManyInput = z
  .object({
    ids: manyIds,
    changes: changesOf(facilityBulkFields).strict().default({}),
    add_tags: tagList.default([]),
    remove_tags: tagList.default([]),
  })
  .refine((input) => setsSomething(input.changes) || input.add_tags.length > 0 || input.remove_tags.length > 0, {
    message: NO_CHANGE,
    path: ['changes'],
  });

/** One source cited for many records of a type, in one step. */
export const sourceLinkManyFields = z.object({
  source_id: recordId,
  record_type: recordTypeSchema.exclude(['source']),
  record_ids: manyIds,
  note: optionalText('Note', 2_000),
});
