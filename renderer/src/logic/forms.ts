// Editing records: a draft holds exactly what the user typed (strings, booleans), so an
// invalid form never loses input. `buildInput` turns a draft into the api input, parsing
// numbers strictly and validating with the same zod schemas the core uses.
import type { z } from 'zod';
import type { FieldIssue } from '../../../db/errors';
import {
  facilityFields,
  flowFields,
  materialFields,
  sourceFields,
  type Facility,
  type Flow,
  type Material,
  type Source,
} from '../../../db/model/schemas';
import { numberToInput } from './format';

export type EditableType = 'facility' | 'flow' | 'material' | 'source';
export type AnyRecord = Facility | Flow | Material | Source;

export type FieldKind =
  | 'text'
  | 'textarea'
  | 'number'
  | 'integer'
  | 'stage'
  | 'status'
  | 'confidence'
  | 'form'
  | 'country'
  | 'facility'
  | 'material'
  | 'list'
  | 'elements'
  | 'boolean';

export interface FieldSpec {
  key: string;
  label: string;
  kind: FieldKind;
  required?: boolean;
  /** A hint shown under the field (units, formats). */
  hint?: string;
  placeholder?: string;
  /** Layout: fields with the same `row` share a line. */
  row?: string;
}

export const FIELDS: Readonly<Record<EditableType, readonly FieldSpec[]>> = {
  facility: [
    { key: 'name', label: 'Name', kind: 'text', required: true },
    { key: 'stage', label: 'Stage', kind: 'stage', required: true, row: 'stage' },
    { key: 'status', label: 'Status', kind: 'status', row: 'stage' },
    { key: 'country', label: 'Country', kind: 'country', required: true },
    { key: 'operator', label: 'Operator', kind: 'text' },
    { key: 'owner_country', label: 'Owner country', kind: 'country', hint: 'Controlling owner, if not the location country' },
    { key: 'lat', label: 'Latitude', kind: 'number', row: 'coords', placeholder: '-90 to 90' },
    { key: 'lon', label: 'Longitude', kind: 'number', row: 'coords', placeholder: '-180 to 180' },
    { key: 'capacity_t', label: 'Capacity (t/yr)', kind: 'number', row: 'capacity' },
    { key: 'capacity_material_id', label: 'Capacity material', kind: 'material', row: 'capacity' },
    { key: 'stock_t', label: 'Stock on hand (t)', kind: 'number', row: 'stock' },
    { key: 'confidence', label: 'Confidence', kind: 'confidence', row: 'stock' },
    { key: 'tags', label: 'Tags', kind: 'list', hint: 'Separate tags with ;', placeholder: 'e.g. defence; JV' },
    { key: 'notes', label: 'Notes', kind: 'textarea' },
  ],
  flow: [
    { key: 'from_id', label: 'From facility', kind: 'facility', required: true },
    { key: 'to_id', label: 'To facility', kind: 'facility', required: true },
    { key: 'material_id', label: 'Material', kind: 'material', required: true },
    { key: 'volume_t', label: 'Volume (t/yr)', kind: 'number', row: 'volume' },
    { key: 'year', label: 'Year', kind: 'integer', row: 'volume', placeholder: 'e.g. 2024' },
    { key: 'status', label: 'Status', kind: 'status', row: 'status' },
    { key: 'confidence', label: 'Confidence', kind: 'confidence', row: 'status' },
    { key: 'notes', label: 'Notes', kind: 'textarea' },
  ],
  material: [
    { key: 'name', label: 'Name', kind: 'text', required: true },
    { key: 'form', label: 'Form', kind: 'form', required: true, row: 'form' },
    { key: 'unit', label: 'Unit', kind: 'text', row: 'form' },
    { key: 'elements', label: 'Elements', kind: 'elements', hint: 'Chemical symbols separated by ; such as Nd; Pr', placeholder: 'Nd; Pr' },
    { key: 'reo_factor', label: 'REO factor', kind: 'number', hint: 'Fraction of rare-earth oxide, above 0 and at most 1' },
    { key: 'notes', label: 'Notes', kind: 'textarea' },
  ],
  source: [
    { key: 'title', label: 'Title', kind: 'text', required: true },
    { key: 'publisher', label: 'Publisher', kind: 'text', row: 'pub' },
    { key: 'published', label: 'Date', kind: 'text', row: 'pub', placeholder: 'YYYY-MM-DD', hint: 'YYYY, YYYY-MM or YYYY-MM-DD' },
    { key: 'url', label: 'URL or document reference', kind: 'text' },
    { key: 'sensitive', label: 'Sensitive (handle with care when sharing)', kind: 'boolean' },
    { key: 'excerpt', label: 'Excerpt', kind: 'textarea' },
    { key: 'notes', label: 'Notes', kind: 'textarea' },
  ],
};

export const SCHEMAS: Readonly<Record<EditableType, z.ZodType>> = {
  facility: facilityFields,
  flow: flowFields,
  material: materialFields,
  source: sourceFields,
};

export const TYPE_LABELS: Readonly<Record<EditableType, { one: string; many: string }>> = {
  facility: { one: 'facility', many: 'facilities' },
  flow: { one: 'flow', many: 'flows' },
  material: { one: 'material', many: 'materials' },
  source: { one: 'source', many: 'sources' },
};

export type Draft = Record<string, string | boolean>;
export type FieldErrors = Record<string, string>;

/** The draft of a new record, with the defaults the schemas would apply. */
export function emptyDraft(type: EditableType, defaults: Partial<Draft> = {}): Draft {
  const draft: Draft = {};
  for (const f of FIELDS[type]) draft[f.key] = f.kind === 'boolean' ? false : '';
  if (type === 'facility' || type === 'flow') {
    draft.status = 'operating';
    draft.confidence = 'medium';
  }
  if (type === 'material') draft.unit = 't';
  for (const [k, v] of Object.entries(defaults)) if (v !== undefined) draft[k] = v;
  return draft;
}

/** The draft that shows a stored record. */
export function draftFromRecord(type: EditableType, record: AnyRecord): Draft {
  const r = record as unknown as Record<string, unknown>;
  const draft: Draft = {};
  for (const f of FIELDS[type]) {
    const v = r[f.key];
    switch (f.kind) {
      case 'number':
      case 'integer':
        draft[f.key] = numberToInput(typeof v === 'number' ? v : null);
        break;
      case 'list':
      case 'elements':
        draft[f.key] = Array.isArray(v) ? v.join('; ') : '';
        break;
      case 'boolean':
        draft[f.key] = v === true;
        break;
      default:
        draft[f.key] = typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v);
    }
  }
  return draft;
}

export type ParsedNumber = { ok: true; value: number | null } | { ok: false };

/**
 * Parses a number strictly: optional sign, digits with optional "," thousands groups,
 * optional decimals. Empty is null. Anything else ("12abc", "1e5", "--1") is an error.
 */
export function parseNumber(text: string): ParsedNumber {
  const t = text.trim();
  if (t === '') return { ok: true, value: null };
  if (!/^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$/.test(t) || !/\d/.test(t)) return { ok: false };
  const value = Number(t.replace(/,/g, ''));
  return Number.isFinite(value) ? { ok: true, value } : { ok: false };
}

/** Splits a ";"-separated list (commas and new lines also separate), trimmed, without blanks or repeats. */
export function splitList(text: string, separators: RegExp = /[;\n]/): string[] {
  const out: string[] = [];
  for (const part of text.split(separators)) {
    const t = part.trim();
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

/** The items of a list field as entered: tags split on ";" and new lines, elements also on "," and spaces. */
export function listItems(kind: 'list' | 'elements', text: string): string[] {
  return kind === 'elements' ? splitList(text, /[;,\s]+/) : splitList(text);
}

const numberLabel = (label: string) => label.replace(/\s*\(.*\)$/, '');

export interface BuildResult {
  /** Parsed, validated values (zod output), when there are no errors. */
  values: Record<string, unknown> | null;
  errors: FieldErrors;
}

/**
 * One field's entry as the api takes it: `{ value }`, `{ error }` when it cannot be read
 * (or a required one is empty), or null to leave the field out (a choice not made). Text
 * is trimmed, as the schemas trim it.
 */
export function readField(f: FieldSpec, v: string | boolean | undefined): { value: unknown } | { error: string } | null {
  const text = typeof v === 'string' ? v : '';
  switch (f.kind) {
    case 'number':
    case 'integer': {
      const parsed = parseNumber(text);
      if (!parsed.ok) return { error: `${numberLabel(f.label)} must be a number` };
      if (f.kind === 'integer' && parsed.value !== null && !Number.isInteger(parsed.value)) return { error: `${numberLabel(f.label)} must be a whole number` };
      return { value: parsed.value };
    }
    case 'list':
    case 'elements':
      return { value: listItems(f.kind, text) };
    case 'boolean':
      return { value: v === true };
    case 'country':
    case 'facility':
    case 'material':
      if (text.trim() !== '') return { value: text.trim() };
      return f.required ? { error: requiredPickMessage(f) } : { value: null };
    case 'stage':
    case 'status':
    case 'confidence':
    case 'form':
      if (text !== '') return { value: text };
      return f.required ? { error: `${f.label} is required` } : null;
    default:
      return { value: text.trim() };
  }
}

/** Turns a draft into validated api values, or field errors. */
export function buildInput(type: EditableType, draft: Draft): BuildResult {
  const errors: FieldErrors = {};
  const raw: Record<string, unknown> = {};
  for (const f of FIELDS[type]) {
    const read = readField(f, draft[f.key]);
    if (read === null) continue;
    if ('error' in read) errors[f.key] = read.error;
    else raw[f.key] = read.value;
  }
  const parsed = SCHEMAS[type].safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path.length ? String(issue.path[0]) : '';
      if (key && !(key in errors)) errors[key] = issue.message;
      else if (!key && !errors['']) errors[''] = issue.message;
    }
  }
  if (Object.keys(errors).length) return { values: null, errors };
  return { values: parsed.success ? (parsed.data as Record<string, unknown>) : null, errors };
}

function requiredPickMessage(f: FieldSpec): string {
  switch (f.kind) {
    case 'country':
      return `${f.label} is required`;
    case 'facility':
      return `Choose the ${f.label.toLowerCase()}`;
    default:
      return `${f.label} is required`;
  }
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** The fields whose validated value differs from the stored record. */
export function changedFields(type: EditableType, record: AnyRecord, values: Record<string, unknown>): Record<string, unknown> {
  const r = record as unknown as Record<string, unknown>;
  const changes: Record<string, unknown> = {};
  for (const f of FIELDS[type]) {
    if (!(f.key in values)) continue;
    if (!same(values[f.key], r[f.key])) changes[f.key] = values[f.key];
  }
  return changes;
}

export function isDraftDirty(a: Draft, b: Draft): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if ((a[k] ?? '') !== (b[k] ?? '')) return true;
  return false;
}

/**
 * Maps a host's field issues to form fields: "changes.lat" -> "lat", "tags.2" -> "tags".
 * Issues that name no known field land under "" (shown for the whole form).
 */
export function issuesToFieldErrors(type: EditableType, issues: readonly FieldIssue[]): FieldErrors {
  const known = new Set(FIELDS[type].map((f) => f.key));
  const errors: FieldErrors = {};
  for (const issue of issues) {
    let path = issue.path.startsWith('changes.') ? issue.path.slice('changes.'.length) : issue.path;
    if (path === 'changes') path = '';
    const key = path.split('.')[0] ?? '';
    const target = known.has(key) ? key : '';
    if (!(target in errors)) errors[target] = issue.message;
  }
  return errors;
}

/** Display name of any record. */
export function recordName(type: EditableType, record: AnyRecord, facilityName?: (id: string) => string): string {
  switch (type) {
    case 'facility':
    case 'material':
      return (record as Facility | Material).name;
    case 'source':
      return (record as Source).title;
    case 'flow': {
      const fl = record as Flow;
      const name = facilityName ?? ((id: string) => id);
      return `${name(fl.from_id)} → ${name(fl.to_id)}`;
    }
  }
}
