// Options for the inspector's record pickers (a flow's facilities and material, a
// facility's capacity material, the source to cite), sorted by name.
import type { Facility, Material, Source } from '../../../db/model/schemas';
import { capitalize } from './format';
import type { PickOption } from './options';
import { countryName, stageLabel } from './rows';

export interface Pickers {
  facilities: readonly PickOption[];
  materials: readonly PickOption[];
  sources: readonly PickOption[];
}

const byLabel = (options: PickOption[]): PickOption[] => options.sort((a, b) => a.label.localeCompare(b.label, 'en'));

export function facilityOptions(facilities: readonly Facility[]): PickOption[] {
  return byLabel(
    facilities.map((f) => {
      const country = countryName(f.country);
      const stage = stageLabel(f.stage);
      return {
        value: f.id,
        label: f.name,
        detail: `${stage} · ${country}`,
        search: `${f.name}\u0001${country}\u0001${stage}\u0001${f.operator}`.toLowerCase(),
      };
    }),
  );
}

export function materialOptions(materials: readonly Material[]): PickOption[] {
  return byLabel(
    materials.map((m) => ({
      value: m.id,
      label: m.name,
      detail: [capitalize(m.form), m.elements.join(' ')].filter(Boolean).join(' · '),
      search: `${m.name}\u0001${m.form}\u0001${m.elements.join(' ')}`.toLowerCase(),
    })),
  );
}

export function sourceOptions(sources: readonly Source[]): PickOption[] {
  return byLabel(
    sources.map((s) => ({
      value: s.id,
      label: s.title,
      detail: [s.publisher, s.published].filter(Boolean).join(' · '),
      search: `${s.title}\u0001${s.publisher}\u0001${s.published}`.toLowerCase(),
    })),
  );
}
