// The column filters above each table, with the facet counts of what is in the workspace.
import { COUNTRY_NAMES } from '../../../db/model/countries';
import { CONFIDENCES, FACILITY_STATUSES, MATERIAL_FORMS, STAGES, STAGE_LABELS } from '../../../db/model/enums';
import { capitalize, formatNumber } from './format';
import type { FacilityRow, FlowRow, Indexes } from './rows';
import { facetCounts } from './table';
import type { ViewName } from './views';

export interface FilterDef {
  key: string;
  label: string;
  /** Text of the "no filter" choice, e.g. "All stages". */
  anyLabel: string;
  options: readonly { value: string; label: string }[];
}

/** One option per value in use, "Name (count)", sorted by name. */
function facetOptions(counts: readonly { value: string; count: number }[], nameOf: (value: string) => string) {
  return counts
    .map(({ value, count }) => {
      const name = nameOf(value);
      return { value, label: `${name} (${formatNumber(count)})`, name };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

export function filterDefsFor(
  facilities: readonly FacilityRow[],
  flows: readonly FlowRow[],
  indexes: Indexes,
): Record<ViewName, FilterDef[]> {
  const countries = facetOptions(facetCounts(facilities, 'country'), (code) => COUNTRY_NAMES[code] ?? code);
  const flowMaterials = facetOptions(facetCounts(flows, 'material'), (id) => indexes.materialById.get(id)?.name ?? id);
  const statuses = FACILITY_STATUSES.map((s) => ({ value: s, label: capitalize(s) }));
  // "Which records are low confidence?" is a question analysts ask of their data. The
  // choices are short so that a chosen one shows whole; "Any confidence" says what the slot is.
  const confidence: FilterDef = { key: 'confidence', label: 'Confidence', anyLabel: 'Any confidence', options: CONFIDENCES.map((c) => ({ value: c, label: capitalize(c) })) };
  return {
    facilities: [
      { key: 'stage', label: 'Stage', anyLabel: 'All stages', options: STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s] })) },
      { key: 'country', label: 'Country', anyLabel: 'All countries', options: countries },
      { key: 'status', label: 'Status', anyLabel: 'All statuses', options: statuses },
      confidence,
    ],
    flows: [
      { key: 'material', label: 'Material', anyLabel: 'All materials', options: flowMaterials },
      { key: 'status', label: 'Status', anyLabel: 'All statuses', options: statuses },
      confidence,
    ],
    materials: [{ key: 'form', label: 'Form', anyLabel: 'All forms', options: MATERIAL_FORMS.map((f) => ({ value: f, label: capitalize(f) })) }],
    sources: [
      {
        key: 'sensitive',
        label: 'Sensitivity',
        anyLabel: 'Sensitive or not',
        options: [
          { value: 'yes', label: 'Sensitive only' },
          { value: 'no', label: 'Not sensitive' },
        ],
      },
    ],
  };
}
