// The scenario form: name, months, notes and disruptions, each field checked as it is
// typed (by the schema the host applies); Save writes it (undoable), Run simulates it.
import { useId } from 'react';
import { Icon } from '../../components/Icon';
import { newDisruption, type DisruptionDraft, type ScenarioDraft } from '../logic/scenarioDraft';
import { DisruptionFields, type DisruptionPickers } from './DisruptionFields';

interface Props {
  draft: ScenarioDraft;
  onChange: (draft: ScenarioDraft) => void;
  /** Messages by dotted path, already filtered to what should show. */
  errors: Readonly<Record<string, string>>;
  saved: boolean;
  dirty: boolean;
  saving: boolean;
  onSave: () => void;
  onRun: () => void;
  onDelete: () => void;
  onRevert: () => void;
  pickers: DisruptionPickers;
}

export function ScenarioEditor({ draft, onChange, errors, saved, dirty, saving, onSave, onRun, onDelete, onRevert, pickers }: Props) {
  const id = useId();
  const setDisruption = (i: number, patch: Partial<DisruptionDraft>) =>
    onChange({ ...draft, disruptions: draft.disruptions.map((d, j) => (j === i ? { ...d, ...patch } : d)) });
  const errorAt = (path: string) => errors[path] ?? Object.entries(errors).find(([p]) => p.startsWith(`${path}.`))?.[1];
  const fieldError = (name: string) =>
    errors[name] ? (
      <span className="field-error" id={`${id}-${name}-error`}>
        {errors[name]}
      </span>
    ) : null;

  return (
    <form
      className="scenario-editor"
      aria-label="Scenario"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
    >
      <div className="scenario-fields">
        <div className="form-field form-field-grow">
          <label className="field-label" htmlFor={`${id}-name`}>
            Name
          </label>
          <input
            id={`${id}-name`}
            className="input"
            value={draft.name}
            onChange={(e) => onChange({ ...draft, name: e.target.value })}
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={errors.name ? `${id}-name-error` : undefined}
          />
          {fieldError('name')}
        </div>
        <div className="form-field form-field-small">
          <label className="field-label" htmlFor={`${id}-months`}>
            Months
          </label>
          <input
            id={`${id}-months`}
            className="input input-number"
            type="text"
            inputMode="numeric"
            value={draft.months}
            onChange={(e) => onChange({ ...draft, months: e.target.value })}
            aria-invalid={errors.months ? true : undefined}
            aria-describedby={errors.months ? `${id}-months-error` : undefined}
          />
          {fieldError('months')}
        </div>
      </div>
      <div className="form-field">
        <label className="field-label" htmlFor={`${id}-notes`}>
          Notes
        </label>
        <textarea id={`${id}-notes`} className="input textarea scenario-notes" rows={2} value={draft.notes} onChange={(e) => onChange({ ...draft, notes: e.target.value })} />
      </div>

      {draft.disruptions.map((d, i) => (
        <DisruptionFields
          key={d.key}
          index={i}
          draft={d}
          onChange={(patch) => setDisruption(i, patch)}
          onRemove={() => onChange({ ...draft, disruptions: draft.disruptions.filter((_, j) => j !== i) })}
          errorOf={(field) => errorAt(`disruptions.${i}.${field}`)}
          pickers={pickers}
        />
      ))}
      {errors.disruptions ? <p className="field-error">{errors.disruptions}</p> : null}
      <button type="button" className="button button-small button-quiet add-disruption" onClick={() => onChange({ ...draft, disruptions: [...draft.disruptions, newDisruption()] })}>
        <Icon name="plus" size={14} /> Add a disruption
      </button>

      <div className="scenario-actions">
        <button type="submit" className="button button-primary" disabled={saving || (saved && !dirty)}>
          {saved ? 'Save' : 'Save scenario'}
        </button>
        <button type="button" className="button" onClick={onRun}>
          Run
        </button>
        {saved && dirty ? (
          <button type="button" className="button button-quiet" onClick={onRevert}>
            Revert
          </button>
        ) : null}
        <span className="spacer" />
        {saved ? (
          <button type="button" className="button button-ghost-danger" onClick={onDelete}>
            <Icon name="trash" size={14} /> Delete
          </button>
        ) : null}
      </div>
    </form>
  );
}
