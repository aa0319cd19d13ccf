// Record checks compiled from the schemas' rules for the common case: a facility or flow
// exactly as Lodestone writes it (the schema would accept it and return it unchanged). Such
// records skip zod, which on the bench's 120,000 records costs ~0.3 s plus a copy of each;
// anything else goes through the schema, which decides and words the message. So these may
// be stricter than the schemas, never looser (tested against them in fast-check.test.ts).
import { isCountryCode } from '../model/countries';
import { CONFIDENCES, FACILITY_STATUSES, STAGES } from '../model/enums';

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;
const STAGE_SET: ReadonlySet<unknown> = new Set(STAGES);
const STATUS_SET: ReadonlySet<unknown> = new Set(FACILITY_STATUSES);
const CONFIDENCE_SET: ReadonlySet<unknown> = new Set(CONFIDENCES);

const FACILITY_KEYS = [
  'capacity_material_id', 'capacity_t', 'confidence', 'country', 'created_at', 'id', 'lat', 'lon', 'name', 'notes', 'operator',
  'owner_country', 'revision', 'stage', 'status', 'stock_t', 'tags', 'updated_at',
];
const FLOW_KEYS = ['confidence', 'created_at', 'from_id', 'id', 'material_id', 'notes', 'revision', 'status', 'to_id', 'updated_at', 'volume_t', 'year'];

type Row = Record<string, unknown>;

function hasExactly(record: Row, keys: readonly string[]): boolean {
  let n = 0;
  for (const key in record) {
    if (!Object.prototype.hasOwnProperty.call(record, key)) return false;
    n++;
  }
  if (n !== keys.length) return false;
  for (const key of keys) if (!Object.prototype.hasOwnProperty.call(record, key)) return false;
  return true;
}

const isId = (v: unknown) => typeof v === 'string' && ID.test(v);
/** Text the schema keeps as is: trimmed already, within the length, (non-empty when required). */
const isText = (v: unknown, max: number, required = false) =>
  typeof v === 'string' && v.length <= max && (required ? v.length > 0 : true) && v.trim() === v;
const isAmount = (v: unknown) => v === null || (typeof v === 'number' && Number.isFinite(v) && v >= 0);
const isIn = (v: unknown, min: number, max: number) => v === null || (typeof v === 'number' && v >= min && v <= max);
const isCountry = (v: unknown) => typeof v === 'string' && v.length === 2 && v === v.toUpperCase() && isCountryCode(v);
const isMeta = (r: Row) =>
  isId(r.id) && typeof r.created_at === 'string' && typeof r.updated_at === 'string' && Number.isSafeInteger(r.revision) && (r.revision as number) >= 1;

function isTags(v: unknown): boolean {
  if (!Array.isArray(v) || v.length > 50) return false;
  for (const tag of v) if (!isText(tag, 64, true)) return false;
  return true;
}

export function isPlainFacility(r: Row): boolean {
  return (
    hasExactly(r, FACILITY_KEYS) &&
    isMeta(r) &&
    isText(r.name, 200, true) &&
    STAGE_SET.has(r.stage) &&
    isCountry(r.country) &&
    isText(r.operator, 200) &&
    (r.owner_country === null || isCountry(r.owner_country)) &&
    isIn(r.lat, -90, 90) &&
    isIn(r.lon, -180, 180) &&
    STATUS_SET.has(r.status) &&
    isAmount(r.capacity_t) &&
    (r.capacity_material_id === null || isId(r.capacity_material_id)) &&
    isAmount(r.stock_t) &&
    CONFIDENCE_SET.has(r.confidence) &&
    isTags(r.tags) &&
    isText(r.notes, 10_000)
  );
}

export function isPlainFlow(r: Row): boolean {
  return (
    hasExactly(r, FLOW_KEYS) &&
    isMeta(r) &&
    isId(r.from_id) &&
    isId(r.to_id) &&
    isId(r.material_id) &&
    isAmount(r.volume_t) &&
    (r.year === null || (Number.isSafeInteger(r.year) && (r.year as number) >= 1900 && (r.year as number) <= 2100)) &&
    STATUS_SET.has(r.status) &&
    CONFIDENCE_SET.has(r.confidence) &&
    isText(r.notes, 10_000)
  );
}
