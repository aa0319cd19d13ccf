// One disruption in the scenario editor: its kind, what it hits (a facility, a country's
// exports, optionally only some materials or destinations, or a flow), how much and when;
// or its answer, a planned facility coming online.
import { useMemo, type ReactNode } from 'react';
import { Combobox } from '../../components/Combobox';
import { Icon } from '../../components/Icon';
import { COUNTRY_OPTIONS, type PickOption } from '../../logic/options';
import { ChipPicker, type ChipPickerProps } from '../ChipPicker';
import { plural } from '../../logic/format';
import { withHeavy } from '../logic/heavyMaterials';
import type { DisruptionDraft, DisruptionKind } from '../logic/scenarioDraft';

export interface DisruptionPickers {
  facilities: readonly PickOption[];
  /** Planned and under-construction facilities: the ones that can come online. */
  coming: readonly PickOption[];
  flows: readonly PickOption[];
  materials: readonly PickOption[];
  /** Ids of the materials that carry a heavy rare earth (logic/heavyMaterials.ts). */
  heavyMaterials: readonly string[];
  /** For an export ban to these destinations: how many flows it cuts directly, and their suppliers that import from the country (logic/banReach.ts). */
  banReach: (country: string, materials: readonly string[], destinations: readonly string[]) => { direct: number; suppliers: string[] };
  nameOf: (kind: 'facility' | 'material' | 'country', value: string) => string;
}

interface Props {
  index: number;
  draft: DisruptionDraft;
  onChange: (patch: Partial<DisruptionDraft>) => void;
  onRemove: () => void;
  /** Message for a field path under this disruption ("fraction", "id", ...), if it should show. */
  errorOf: (field: string) => string | undefined;
  pickers: DisruptionPickers;
}

const KINDS: readonly { kind: DisruptionKind; label: string }[] = [
  { kind: 'country', label: 'Country export ban' },
  { kind: 'facility', label: 'Facility outage' },
  { kind: 'flow', label: 'Flow cut' },
  { kind: 'online', label: 'Facility comes online' },
];

/** What the disruption's own target picker says for each kind that names one record. */
const TARGETS: Record<Exclude<DisruptionKind, 'country'>, { label: string; placeholder: string }> = {
  facility: { label: 'Facility', placeholder: 'Which facility stops' },
  flow: { label: 'Flow', placeholder: 'Which flow is cut' },
  online: { label: 'Facility', placeholder: 'Which planned facility starts' },
};

export function DisruptionFields({ index, draft, onChange, onRemove, errorOf, pickers }: Props) {
  const base = `disruption-${draft.key}`;
  const field = (name: string) => `${base}-${name}`;
  const err = (name: string, path = name) => {
    const message = errorOf(path);
    return message ? (
      <span className="field-error" id={field(`${name}-error`)}>
        {message}
      </span>
    ) : null;
  };
  const invalid = (path: string) => errorOf(path) !== undefined;
  const described = (name: string, path = name) => (invalid(path) ? field(`${name}-error`) : undefined);
  /** A labelled control with its error (or, when there is none, its hint) below it. */
  const labelled = (name: string, path: string, label: string, control: ReactNode, className: string, hint?: string) => (
    <div className={className}>
      <label className="field-label" htmlFor={field(name)}>
        {label}
      </label>
      {control}
      {err(name, path) ??
        (hint ? (
          <span className="field-hint" id={field(`${name}-hint`)}>
            {hint}
          </span>
        ) : null)}
    </div>
  );
  const numberField = (name: string, path: string, label: string, key: 'fraction' | 'startMonth' | 'endMonth', options: { decimal?: boolean; placeholder?: string; hint?: string } = {}) =>
    labelled(
      name,
      path,
      label,
      <input
        id={field(name)}
        className="input input-number"
        type="text"
        inputMode={options.decimal ? 'decimal' : 'numeric'}
        placeholder={options.placeholder}
        value={draft[key]}
        onChange={(e) => onChange({ [key]: e.target.value })}
        aria-invalid={invalid(path) || undefined}
        aria-describedby={described(name, path) ?? (options.hint ? field(`${name}-hint`) : undefined)}
      />,
      'form-field form-field-small',
      options.hint,
    );
  // What the disruption hits: a country's exports, or one facility or flow.
  const target =
    draft.kind === 'country'
      ? {
          name: 'country',
          path: 'country',
          label: 'Country',
          value: draft.country,
          options: COUNTRY_OPTIONS,
          onChange: (country: string) => onChange({ country }),
          placeholder: 'Whose exports stop',
        }
      : {
          name: 'target',
          path: 'id',
          ...TARGETS[draft.kind],
          value: draft.target,
          options: draft.kind === 'facility' ? pickers.facilities : draft.kind === 'online' ? pickers.coming : pickers.flows,
          onChange: (target: string) => onChange({ target }),
        };
  const opening = draft.kind === 'online';
  const chipField = (name: string, path: string, label: string, picker: Omit<ChipPickerProps, 'id' | 'label' | 'invalid' | 'describedBy'>, after?: ReactNode) =>
    labelled(
      name,
      path,
      label,
      <>
        <ChipPicker id={field(name)} label={label} {...picker} invalid={invalid(path)} describedBy={described(name, path)} />
        {after}
      </>,
      'form-field',
    );
  // A ban on heavy rare earths names every material that carries one: one click, not nine.
  const heavyMissing = pickers.heavyMaterials.filter((id) => !draft.materials.includes(id)).length;
  // A ban "to" facilities that buy nothing from the country directly cuts nothing: say so,
  // and offer their suppliers elsewhere, through whom it reaches them.
  const reach = useMemo(
    () => (draft.kind === 'country' && draft.country && draft.toFacilities.length ? pickers.banReach(draft.country, draft.materials, draft.toFacilities) : null),
    [draft.kind, draft.country, draft.materials, draft.toFacilities, pickers],
  );
  const suppliersMissing = reach ? reach.suppliers.filter((id) => !draft.toFacilities.includes(id)) : [];
  const countryName = pickers.nameOf('country', draft.country);

  return (
    <fieldset className="disruption" data-testid="disruption">
      <legend className="disruption-legend">Disruption {index + 1}</legend>
      <button type="button" className="icon-button disruption-remove" aria-label={`Remove disruption ${index + 1}`} title="Remove this disruption" onClick={onRemove}>
        <Icon name="trash" size={14} />
      </button>
      <div className="disruption-grid">
        <label className="form-field" htmlFor={field('kind')}>
          <span className="field-label">Kind</span>
          <select id={field('kind')} className="input select" value={draft.kind} onChange={(e) => onChange({ kind: e.target.value as DisruptionKind, target: '' })}>
            {KINDS.map((k) => (
              <option key={k.kind} value={k.kind}>
                {k.label}
              </option>
            ))}
          </select>
        </label>

        {labelled(
          target.name,
          target.path,
          target.label,
          <Combobox
            id={field(target.name)}
            name={draft.kind}
            value={target.value}
            options={target.options}
            onChange={target.onChange}
            invalid={invalid(target.path)}
            describedBy={described(target.name, target.path)}
            placeholder={target.placeholder}
          />,
          'form-field disruption-target',
        )}

        {opening
          ? numberField('fraction', 'fraction', 'Share of recorded volumes', 'fraction', { decimal: true, hint: '0 to 1; 1 runs at its full recorded volumes' })
          : numberField('fraction', 'fraction', 'Fraction', 'fraction', { decimal: true, hint: '0 to 1; 1 stops all of it' })}
        {numberField('start', 'start_month', opening ? 'Online from month' : 'Start month', 'startMonth')}
        {numberField('end', 'end_month', opening ? 'Until month' : 'End month', 'endMonth', { placeholder: opening ? 'Stays open' : 'Never' })}
      </div>

      {draft.kind === 'country' ? (
        <div className="disruption-grid disruption-lists">
          {chipField('materials', 'materials', 'Materials', {
            values: draft.materials,
            onChange: (materials) => onChange({ materials }),
            options: pickers.materials,
            emptyChip: 'All materials',
            placeholder: 'Only these materials…',
            nameOf: (v) => pickers.nameOf('material', v),
          }, pickers.heavyMaterials.length ? (
            <button
              type="button"
              className="link-button field-action"
              disabled={heavyMissing === 0}
              title={pickers.heavyMaterials.map((id) => pickers.nameOf('material', id)).join(', ')}
              onClick={() => onChange({ materials: withHeavy(draft.materials, pickers.heavyMaterials) })}
            >
              {heavyMissing === 0 ? 'Every heavy rare-earth material is in' : `Add the ${plural(heavyMissing, 'heavy rare-earth material')} (Y, Gd to Lu)`}
            </button>
          ) : null)}
          {chipField('to-countries', 'to_countries', 'To countries', {
            values: draft.toCountries,
            onChange: (toCountries) => onChange({ toCountries }),
            options: COUNTRY_OPTIONS,
            emptyChip: 'Every other country',
            placeholder: 'Only exports to…',
            nameOf: (v) => pickers.nameOf('country', v),
          })}
          {chipField('to-facilities', 'to_facilities', 'To facilities', {
            values: draft.toFacilities,
            onChange: (toFacilities) => onChange({ toFacilities }),
            options: pickers.facilities,
            emptyChip: 'Any facility',
            placeholder: 'Only exports to…',
            nameOf: (v) => pickers.nameOf('facility', v),
          }, reach ? (
            <>
              {reach.direct === 0 ? (
                <span className="field-hint ban-reach-note" data-testid="ban-reach-note">
                  No flow from {countryName} goes to {draft.toFacilities.length === 1 ? 'it' : 'them'} directly, so this cuts nothing
                  {suppliersMissing.length ? '; add their suppliers to reach them through other countries.' : '.'}
                </span>
              ) : null}
              {suppliersMissing.length ? (
                <button
                  type="button"
                  className="link-button field-action"
                  title={`The facilities upstream of them that import from ${countryName}. The ban then stops those imports whoever they serve, not only these.`}
                  onClick={() => onChange({ toFacilities: [...draft.toFacilities, ...suppliersMissing] })}
                >
                  Add their {plural(suppliersMissing.length, 'supplier')} importing from {countryName}
                </button>
              ) : null}
            </>
          ) : null)}
        </div>
      ) : null}
    </fieldset>
  );
}
