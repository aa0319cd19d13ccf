// The scenario editor's form: text fields as typed, turned into a scenario definition and
// checked by the same zod schema the host applies, so every message shows beside its field
// before anything is saved.
import { canonicalJson } from '../../../../db/model/canonical-json';
import { scenarioFields, type DisruptionInput, type Scenario, type ScenarioFields, type ScenarioInput } from '../../../../db/model/analysis';

export type DisruptionKind = 'facility' | 'country' | 'flow' | 'online';

export interface DisruptionDraft {
  /** Stable React key. */
  key: number;
  kind: DisruptionKind;
  /** Facility id (kinds facility and online) or flow id (kind flow). */
  target: string;
  country: string;
  materials: string[];
  toCountries: string[];
  toFacilities: string[];
  fraction: string;
  startMonth: string;
  endMonth: string;
}

export interface ScenarioDraft {
  name: string;
  months: string;
  notes: string;
  disruptions: DisruptionDraft[];
}

let nextKey = 1;

export function newDisruption(kind: DisruptionKind = 'country'): DisruptionDraft {
  return { key: nextKey++, kind, target: '', country: '', materials: [], toCountries: [], toFacilities: [], fraction: '1', startMonth: '1', endMonth: '' };
}

export function emptyDraft(name = 'New scenario'): ScenarioDraft {
  return { name, months: '12', notes: '', disruptions: [newDisruption()] };
}

const numberText = (value: number | undefined): string => (value === undefined ? '' : String(value));

export function draftOf(scenario: ScenarioInput): ScenarioDraft {
  return {
    name: scenario.name,
    months: numberText(scenario.months),
    notes: scenario.notes ?? '',
    disruptions: (scenario.disruptions ?? []).map((d) => ({
      ...newDisruption(d.kind),
      target: d.kind === 'country' ? '' : d.id,
      country: d.kind === 'country' ? d.country : '',
      materials: d.kind === 'country' ? [...(d.materials ?? [])] : [],
      toCountries: d.kind === 'country' ? [...(d.to_countries ?? [])] : [],
      toFacilities: d.kind === 'country' ? [...(d.to_facilities ?? [])] : [],
      fraction: String(d.fraction),
      startMonth: String(d.start_month),
      endMonth: numberText(d.end_month),
    })),
  };
}

/** A typed number: blank is "not given", anything else must parse (NaN is refused by the schema). */
function num(text: string): number | undefined {
  const t = text.trim();
  return t === '' ? undefined : Number(t);
}

export function inputOf(draft: ScenarioDraft): ScenarioInput {
  return {
    name: draft.name,
    months: num(draft.months) ?? Number.NaN,
    notes: draft.notes,
    disruptions: draft.disruptions.map((d): DisruptionInput => {
      const common = { fraction: num(d.fraction) ?? Number.NaN, start_month: num(d.startMonth) ?? Number.NaN, end_month: num(d.endMonth) };
      if (d.kind === 'country') {
        return {
          kind: 'country',
          country: d.country,
          ...(d.materials.length ? { materials: d.materials } : {}),
          ...(d.toCountries.length ? { to_countries: d.toCountries } : {}),
          ...(d.toFacilities.length ? { to_facilities: d.toFacilities } : {}),
          ...common,
        };
      }
      return { kind: d.kind, id: d.target, ...common };
    }),
  };
}

export type DraftCheck =
  | { ok: true; value: ScenarioFields; errors: Record<string, never> }
  | { ok: false; errors: Record<string, string> };

/** Messages by dotted path ("name", "disruptions.0.fraction"); the first message per field. */
export function checkDraft(draft: ScenarioDraft): DraftCheck {
  const parsed = scenarioFields.safeParse(inputOf(draft));
  if (parsed.success) return { ok: true, value: parsed.data, errors: {} };
  const errors: Record<string, string> = {};
  // Plainer words for a field left empty than the format rule the schema states.
  draft.disruptions.forEach((d, i) => {
    if (d.kind === 'country' && !d.country.trim()) errors[`disruptions.${i}.country`] = 'Pick a country';
    if ((d.kind === 'facility' || d.kind === 'online') && !d.target.trim()) errors[`disruptions.${i}.id`] = 'Pick a facility';
    if (d.kind === 'flow' && !d.target.trim()) errors[`disruptions.${i}.id`] = 'Pick a flow';
  });
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join('.') || 'scenario';
    errors[path] ??= issue.message;
  }
  return { ok: false, errors };
}

/** The draft's content, without React keys: equal keys mean nothing was typed. */
export function draftKey(draft: ScenarioDraft): string {
  return JSON.stringify({ ...draft, disruptions: draft.disruptions.map(({ key: _key, ...rest }) => rest) });
}

/** Whether the draft differs from the saved scenario (compared as definitions). */
export function draftChanged(draft: ScenarioDraft, saved: Scenario | null): boolean {
  if (!saved) return true;
  return JSON.stringify(normalise(inputOf(draft))) !== JSON.stringify(normalise({ name: saved.name, months: saved.months, notes: saved.notes, disruptions: saved.disruptions }));
}

function normalise(input: ScenarioInput): unknown {
  const parsed = scenarioFields.safeParse(input);
  return parsed.success ? parsed.data : input;
}

/** Whether two definitions say the same thing, whatever the order of their keys (a saved one lists notes first). */
export function sameDefinition(a: ScenarioFields, b: ScenarioFields): boolean {
  return canonicalJson(a) === canonicalJson(b);
}
