// One disruption in the scenario editor: its kind, what it hits (a facility, a country's
// exports, optionally only some materials or destinations, or a flow), how much and when.
import { Combobox } from '../../components/Combobox';
import { Icon } from '../../components/Icon';
import { COUNTRY_OPTIONS, type PickOption } from '../../logic/options';
import { ChipPicker } from '../ChipPicker';
import type { DisruptionDraft, DisruptionKind } from '../logic/scenarioDraft';

export interface DisruptionPickers {
  facilities: readonly PickOption[];
  flows: readonly PickOption[];
  materials: readonly PickOption[];
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
];

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

        {draft.kind === 'country' ? (
          <div className="form-field disruption-target">
            <label className="field-label" htmlFor={field('country')}>
              Country
            </label>
            <Combobox
              id={field('country')}
              name="country"
              value={draft.country}
              options={COUNTRY_OPTIONS}
              onChange={(country) => onChange({ country })}
              invalid={invalid('country')}
              describedBy={described('country')}
              placeholder="Whose exports stop"
            />
            {err('country')}
          </div>
        ) : (
          <div className="form-field disruption-target">
            <label className="field-label" htmlFor={field('target')}>
              {draft.kind === 'facility' ? 'Facility' : 'Flow'}
            </label>
            <Combobox
              id={field('target')}
              name={draft.kind}
              value={draft.target}
              options={draft.kind === 'facility' ? pickers.facilities : pickers.flows}
              onChange={(target) => onChange({ target })}
              invalid={invalid('id')}
              describedBy={described('target', 'id')}
              placeholder={draft.kind === 'facility' ? 'Which facility stops' : 'Which flow is cut'}
            />
            {err('target', 'id')}
          </div>
        )}

        <div className="form-field form-field-small">
          <label className="field-label" htmlFor={field('fraction')}>
            Fraction
          </label>
          <input
            id={field('fraction')}
            className="input input-number"
            type="text"
            inputMode="decimal"
            value={draft.fraction}
            onChange={(e) => onChange({ fraction: e.target.value })}
            aria-invalid={invalid('fraction') || undefined}
            aria-describedby={described('fraction') ?? field('fraction-hint')}
          />
          {err('fraction') ?? (
            <span className="field-hint" id={field('fraction-hint')}>
              0 to 1; 1 stops all of it
            </span>
          )}
        </div>
        <div className="form-field form-field-small">
          <label className="field-label" htmlFor={field('start')}>
            Start month
          </label>
          <input
            id={field('start')}
            className="input input-number"
            type="text"
            inputMode="numeric"
            value={draft.startMonth}
            onChange={(e) => onChange({ startMonth: e.target.value })}
            aria-invalid={invalid('start_month') || undefined}
            aria-describedby={described('start', 'start_month')}
          />
          {err('start', 'start_month')}
        </div>
        <div className="form-field form-field-small">
          <label className="field-label" htmlFor={field('end')}>
            End month
          </label>
          <input
            id={field('end')}
            className="input input-number"
            type="text"
            inputMode="numeric"
            placeholder="Never"
            value={draft.endMonth}
            onChange={(e) => onChange({ endMonth: e.target.value })}
            aria-invalid={invalid('end_month') || undefined}
            aria-describedby={described('end', 'end_month')}
          />
          {err('end', 'end_month')}
        </div>
      </div>

      {draft.kind === 'country' ? (
        <div className="disruption-grid disruption-lists">
          <div className="form-field">
            <label className="field-label" htmlFor={field('materials')}>
              Materials
            </label>
            <ChipPicker
              id={field('materials')}
              label="Materials"
              values={draft.materials}
              onChange={(materials) => onChange({ materials })}
              options={pickers.materials}
              emptyChip="All materials"
              placeholder="Only these materials…"
              nameOf={(v) => pickers.nameOf('material', v)}
              invalid={invalid('materials')}
              describedBy={described('materials')}
            />
            {err('materials')}
          </div>
          <div className="form-field">
            <label className="field-label" htmlFor={field('to-countries')}>
              To countries
            </label>
            <ChipPicker
              id={field('to-countries')}
              label="To countries"
              values={draft.toCountries}
              onChange={(toCountries) => onChange({ toCountries })}
              options={COUNTRY_OPTIONS}
              emptyChip="Every other country"
              placeholder="Only exports to…"
              nameOf={(v) => pickers.nameOf('country', v)}
              invalid={invalid('to_countries')}
              describedBy={described('to-countries', 'to_countries')}
            />
            {err('to-countries', 'to_countries')}
          </div>
          <div className="form-field">
            <label className="field-label" htmlFor={field('to-facilities')}>
              To facilities
            </label>
            <ChipPicker
              id={field('to-facilities')}
              label="To facilities"
              values={draft.toFacilities}
              onChange={(toFacilities) => onChange({ toFacilities })}
              options={pickers.facilities}
              emptyChip="Any facility"
              placeholder="Only exports to…"
              nameOf={(v) => pickers.nameOf('facility', v)}
              invalid={invalid('to_facilities')}
              describedBy={described('to-facilities', 'to_facilities')}
            />
            {err('to-facilities', 'to_facilities')}
          </div>
        </div>
      ) : null}
    </fieldset>
  );
}
