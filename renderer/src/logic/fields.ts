// How the inspector lays out and offers each field kind: choices for fixed lists,
// placeholder text for pickers, and which fields share a line.
import { CONFIDENCES, FACILITY_STATUSES, MATERIAL_FORMS, STAGES, STAGE_LABELS } from '../../../db/model/enums';
import { capitalize } from './format';
import type { FieldKind, FieldSpec } from './forms';

export type ChoiceKind = 'stage' | 'status' | 'confidence' | 'form';
export type PickerKind = 'country' | 'facility' | 'material';

export const CHOICES: Readonly<Record<ChoiceKind, readonly { value: string; label: string }[]>> = {
  stage: STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s] })),
  status: FACILITY_STATUSES.map((s) => ({ value: s, label: capitalize(s) })),
  confidence: CONFIDENCES.map((s) => ({ value: s, label: capitalize(s) })),
  form: MATERIAL_FORMS.map((s) => ({ value: s, label: capitalize(s) })),
};

export const PICKER_PLACEHOLDERS: Readonly<Record<PickerKind, string>> = {
  country: 'Type a country name or code',
  facility: 'Type to find a facility',
  material: 'Type to find a material',
};

/** Consecutive fields with the same `row` share a line; every other field has its own. */
export function fieldRows(fields: readonly FieldSpec[]): FieldSpec[][] {
  const rows: FieldSpec[][] = [];
  for (const f of fields) {
    const last = rows[rows.length - 1];
    if (f.row && last && last[0]?.row === f.row) last.push(f);
    else rows.push([f]);
  }
  return rows;
}

export function isChoiceKind(kind: FieldKind): kind is ChoiceKind {
  return kind in CHOICES;
}
