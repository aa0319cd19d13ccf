// Editing many records at once: which fields can be set on all of them, turning what a
// person chose into the api's changes, and how the chosen records' current values spread.
import { tag } from '../../../db/model/schemas';
import { plural } from './format';
import { isChoiceKind } from './fields';
import { FIELDS, readField, splitList, type FieldErrors, type FieldSpec } from './forms';

export type BulkType = 'facility' | 'flow';

/** The fields of db/model/schemas.ts facilityBulkFields and flowBulkFields, in form order. */
const BULK_KEYS: Readonly<Record<BulkType, readonly string[]>> = {
  facility: ['stage', 'status', 'country', 'owner_country', 'operator', 'confidence'],
  flow: ['material_id', 'year', 'status', 'confidence'],
};

export function bulkFields(type: BulkType): FieldSpec[] {
  return BULK_KEYS[type].map((key) => FIELDS[type].find((f) => f.key === key)!);
}

/** Facilities' tags: added to each, or taken from each (keys of `chosen` beside the fields). */
export const TAG_KEYS = { add: 'add_tags', remove: 'remove_tags' } as const;

export interface BulkChanges {
  /** The changes to send, when there are no errors. */
  changes: Record<string, unknown> | null;
  /** Facilities only: tags to add to each, and to take from each. */
  addTags: string[];
  removeTags: string[];
  errors: FieldErrors;
}

/**
 * The api changes for the fields a person set (`chosen`: field key -> text as entered).
 * A field not in `chosen` is kept as each record has it; a picker or number set to
 * nothing clears the field where it may be empty.
 */
export function bulkChanges(type: BulkType, chosen: Readonly<Record<string, string>>): BulkChanges {
  const changes: Record<string, unknown> = {};
  const errors: FieldErrors = {};
  for (const f of bulkFields(type)) {
    const text = chosen[f.key];
    // A choice set back to "Keep as is" is no change, even of a required field.
    if (text === undefined || (isChoiceKind(f.kind) && text === '')) continue;
    const read = readField(f, text);
    if (read === null) continue;
    if ('error' in read) errors[f.key] = read.error;
    else changes[f.key] = read.value;
  }
  const addTags = type === 'facility' ? splitList(chosen[TAG_KEYS.add] ?? '') : [];
  const removeTags = type === 'facility' ? splitList(chosen[TAG_KEYS.remove] ?? '') : [];
  for (const [key, list] of [
    [TAG_KEYS.add, addTags],
    [TAG_KEYS.remove, removeTags],
  ] as const) {
    // Each tag checked by the schema the api applies, so the limit and its words are the api's.
    const refused = list.map((t) => tag.safeParse(t)).find((r) => !r.success);
    if (refused && !refused.success) errors[key] = refused.error.issues[0]!.message;
  }
  if (Object.keys(errors).length) return { changes: null, addTags, removeTags, errors };
  if (Object.keys(changes).length === 0 && addTags.length === 0 && removeTags.length === 0) {
    return { changes: null, addTags, removeTags, errors: { '': 'Choose a new value for at least one field' } };
  }
  return { changes, addTags, removeTags, errors };
}

/** How many of the records carry each tag, the most common first. */
export function tagSpread(records: readonly { tags: readonly string[] }[]): ValueShare[] {
  return valueSpread(records.flatMap((r) => r.tags), (t) => t);
}

export interface ValueShare {
  text: string;
  count: number;
}

/** The values a field has across records, most common first (ties by text). */
export function valueSpread<R>(records: readonly R[], value: (record: R) => string): ValueShare[] {
  const counts = new Map<string, number>();
  for (const r of records) {
    const text = value(r);
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return [...counts]
    .map(([text, count]) => ({ text, count }))
    .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text, 'en'));
}

/** "All Operating", "5 different values", or "Operating: 10 · Idle: 2 · 3 other values". */
export function spreadText(spread: readonly ValueShare[], shown = 3): string {
  if (spread.length === 0) return '';
  if (spread.length === 1) return `All ${spread[0]!.text}`;
  if (spread.length > shown && spread[0]!.count === 1) return `${spread.length.toLocaleString('en-US')} different values`;
  const head = spread.slice(0, shown).map((s) => `${s.text}: ${s.count.toLocaleString('en-US')}`);
  const rest = spread.length - shown;
  return rest > 0 ? `${head.join(' · ')} · ${plural(rest, 'other value')}` : head.join(' · ');
}

/** The ids of rows `from` to `to` (either order, both included), in table order. */
export function rangeIds(rows: readonly { id: string }[], from: number, to: number): string[] {
  const [a, b] = from <= to ? [from, to] : [to, from];
  return rows.slice(Math.max(0, a), b + 1).map((r) => r.id);
}

/** `marked` with `id` added or taken out, in table order (rows not in the table are dropped). */
export function toggledIds(rows: readonly { id: string }[], marked: ReadonlySet<string>, id: string): string[] {
  const next = new Set(marked);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return rows.filter((r) => next.has(r.id)).map((r) => r.id);
}

/** "Status to Idle, Confidence to Low": the changes sent, by the form's names and the tables' values. */
export function describeChanges(
  fields: readonly FieldSpec[],
  changes: Readonly<Record<string, unknown>>,
  text: (field: string, value: unknown) => string,
  tags: { add?: readonly string[]; remove?: readonly string[] } = {},
): string {
  const parts = fields.filter((f) => f.key in changes).map((f) => `${f.label} to ${text(f.key, changes[f.key])}`);
  if (tags.add?.length) parts.push(`tags + ${tags.add.join(', ')}`);
  if (tags.remove?.length) parts.push(`tags − ${tags.remove.join(', ')}`);
  return parts.join(', ');
}
