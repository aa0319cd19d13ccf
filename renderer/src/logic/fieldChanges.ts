// A changed field (of a snapshot diff, a past merge, a record's history) as a person reads
// it: the inspector's name for the field, and each side's value the way the tables show it (numbers with separators, countries and
// stages by name, a reference by the name of the record it points to). The raw value stays
// in the tooltip, so an id or an exact number can still be checked.
import { countryLabel } from '../../../db/model/countries';
import { STAGE_LABELS, type Stage } from '../../../db/model/enums';
import type { SnapshotTable } from '../../../db/model/snapshot';
import type { BatchFieldChange } from '../../../db/api';
import type { FieldChange } from '../../../db/model/snapshot-types';
import { capitalize, formatFactor, formatNumber } from './format';
import { FIELDS, type FieldKind } from './forms';
import { VIEWS } from './views';


/** Fields no form edits, and shorter names where the form's label explains itself at length. */
const OWN_FIELDS: Readonly<Record<string, { label: string; kind: FieldKind }>> = {
  'source_links.source_id': { label: 'Source', kind: 'text' },
  'source_links.record_type': { label: 'Cited by a', kind: 'text' },
  'source_links.record_id': { label: 'Cited by', kind: 'text' },
  'source_links.note': { label: 'Note', kind: 'textarea' },
  'sources.sensitive': { label: 'Sensitive', kind: 'boolean' },
  'check_reviews.note': { label: 'Why it is right', kind: 'textarea' },
  'check_reviews.tonnes': { label: 'Figure when reviewed (t/yr)', kind: 'number' },
  'scenarios.name': { label: 'Name', kind: 'text' },
  'scenarios.months': { label: 'Months simulated', kind: 'number' },
  'scenarios.disruptions': { label: 'Disruptions', kind: 'text' },
  'scenarios.notes': { label: 'Notes', kind: 'textarea' },
};

function spec(table: SnapshotTable, field: string): { label: string; kind: FieldKind } {
  const own = OWN_FIELDS[`${table}.${field}`];
  if (own) return own;
  const type = VIEWS.find((v) => v.name === table)?.type; // the record views are named after their tables
  const found = type ? FIELDS[type].find((f) => f.key === field) : undefined;
  return found ?? { label: field, kind: 'text' };
}

export function changedFieldLabel(table: SnapshotTable, field: string): string {
  return spec(table, field).label;
}

const EMPTY = '(empty)';

/** A value as plain text: lists joined, empty shown as such, objects as JSON. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return EMPTY;
  if (Array.isArray(value)) return value.length ? value.map((v) => formatValue(v)).join(', ') : EMPTY;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function byKind(kind: FieldKind, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return EMPTY;
  switch (kind) {
    case 'number':
      return typeof value === 'number' ? (field === 'reo_factor' ? formatFactor(value) : formatNumber(value)) : formatValue(value);
    case 'country':
      return typeof value === 'string' ? countryLabel(value) : formatValue(value);
    case 'stage':
      return STAGE_LABELS[value as Stage] ?? formatValue(value);
    case 'status':
    case 'confidence':
    case 'form':
      return typeof value === 'string' ? capitalize(value) : formatValue(value);
    case 'boolean':
      return value === true ? 'Yes' : value === false ? 'No' : formatValue(value);
    default:
      return formatValue(value);
  }
}

/** A stored value of a field as the tables show it (no reference names: pass those yourself). */
export function fieldValueText(table: SnapshotTable, field: string, value: unknown): string {
  return byKind(spec(table, field).kind, field, value);
}

/** One side of a change: what to show, and the exact value for the tooltip. */
export function changedFieldText(table: SnapshotTable, change: FieldChange, side: 'mine' | 'theirs'): { text: string; title: string } {
  const value = change[side];
  const raw = formatValue(value);
  const name = side === 'mine' ? change.mine_name : change.theirs_name;
  // a reference names its record (the id in the tooltip); a scenario's disruptions are described in words
  if (name !== undefined) return { text: name, title: typeof value === 'string' ? `${name} (id ${raw})` : name };
  const text = byKind(spec(table, change.field).kind, change.field, value);
  return { text, title: text === raw ? raw : `${text} (${raw})` };
}

/** A change from before to after as the diff's two sides (mine = before, theirs = after). */
export function asSides(f: BatchFieldChange): FieldChange {
  const change: FieldChange = { field: f.field, mine: f.before, theirs: f.after };
  if (f.before_name !== undefined) change.mine_name = f.before_name;
  if (f.after_name !== undefined) change.theirs_name = f.after_name;
  return change;
}
