// The closed vocabularies of the data model. Order matters: STAGES is chain order.

export const STAGES = [
  'mine',
  'concentrator',
  'separation',
  'metal',
  'alloy',
  'magnet',
  'component',
  'oem',
  'recycler',
  'stockpile',
  'trader',
  'other',
] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Readonly<Record<Stage, string>> = {
  mine: 'Mine',
  concentrator: 'Concentrator',
  separation: 'Separation',
  metal: 'Metal',
  alloy: 'Alloy',
  magnet: 'Magnet',
  component: 'Component',
  oem: 'OEM / prime',
  recycler: 'Recycler',
  stockpile: 'Stockpile',
  trader: 'Trader / port',
  other: 'Other',
};

export const FACILITY_STATUSES = ['operating', 'construction', 'planned', 'idle', 'closed'] as const;
export type FacilityStatus = (typeof FACILITY_STATUSES)[number];

export const CONFIDENCES = ['low', 'medium', 'high'] as const;
export type Confidence = (typeof CONFIDENCES)[number];
/** Confidence levels in order, for "at least this confident" (0 low, 1 medium, 2 high). */
export const CONFIDENCE_RANK: Readonly<Record<Confidence, number>> = { low: 0, medium: 1, high: 2 };

export const MATERIAL_FORMS = [
  'ore',
  'concentrate',
  'oxide',
  'metal',
  'alloy',
  'magnet',
  'component',
  'product',
  'scrap',
] as const;
export type MaterialForm = (typeof MATERIAL_FORMS)[number];

export const RECORD_TYPES = ['material', 'facility', 'flow', 'source'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];
