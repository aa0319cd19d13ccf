// The inspector with several facilities or flows chosen: set fields on all of them, cite a
// source for all of them, or delete them. Each is one step that Undo takes back whole.
import { useCallback, useId, useMemo, useState, type FormEvent } from 'react';
import { errorData } from '../api/client';
import { Icon } from '../components/Icon';
import { useToast } from '../components/Toasts';
import { bulkChanges, bulkFields, describeChanges, spreadText, tagSpread, TAG_KEYS, valueSpread, type BulkType } from '../logic/bulk';
import { fieldValueText } from '../logic/fieldChanges';
import { plural } from '../logic/format';
import { TYPE_LABELS, type AnyRecord, type FieldErrors, type FieldSpec } from '../logic/forms';
import type { Pickers } from '../logic/pickers';
import { recordById } from '../logic/records';
import type { Indexes } from '../logic/rows';
import { viewOfType } from '../logic/views';
import { SHORTCUTS } from '../platform';
import { useStore } from '../state/context';
import { BulkField, KEEP } from './BulkField';
import { CiteMany } from './CiteMany';

/** Facilities' tags, set apart from the fields: added to each, or taken from each. */
const TAG_FIELDS: readonly FieldSpec[] = [
  { key: TAG_KEYS.add, label: 'Add tags', kind: 'list', placeholder: 'e.g. defence; JV' },
  { key: TAG_KEYS.remove, label: 'Take away tags', kind: 'list', placeholder: 'e.g. legacy' },
];

interface Props {
  type: BulkType;
  /** The chosen records, in table order (two or more). */
  ids: readonly string[];
  indexes: Indexes;
  pickers: Pickers;
  /** Back to the one row the keyboard is on. */
  onClear: () => void;
  onDelete: (ids: readonly string[]) => void;
}

export function BulkEditor({ type, ids, indexes, pickers, onClear, onDelete }: Props) {
  const store = useStore();
  const notify = useToast();
  const idBase = useId().replace(/:/g, '');
  const { one, many } = TYPE_LABELS[type];
  const table = viewOfType(type);
  const count = plural(ids.length, one, many);
  const fields = useMemo(() => bulkFields(type), [type]);

  const records = useMemo(() => ids.map((id) => recordById(indexes, type, id)).filter((r): r is AnyRecord => r !== null), [type, ids, indexes]);
  const valueText = useCallback(
    (field: string, value: unknown): string =>
      field === 'material_id' && typeof value === 'string' ? (indexes.materialById.get(value)?.name ?? value) : fieldValueText(table, field, value),
    [indexes, table],
  );
  // How each field's values spread now: worked out once per choice, not on every keystroke
  // (Ctrl+A on 100,000 flows is 400,000 values).
  const spreads = useMemo(() => {
    const map = new Map(fields.map((f) => [f.key, spreadText(valueSpread(records, (r) => valueText(f.key, (r as unknown as Record<string, unknown>)[f.key])))]));
    if (type === 'facility') {
      const tags = spreadText(tagSpread(records as { tags: string[] }[])) || 'no tags';
      for (const f of TAG_FIELDS) map.set(f.key, tags);
    }
    return map;
  }, [fields, records, valueText, type]);

  // The fields a person has set: key -> text as entered. A key not here keeps each record's value.
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const choose = (key: string, text: string | undefined) => {
    setChosen((c) => {
      const next = { ...c };
      if (text === undefined) delete next[key];
      else next[key] = text;
      return next;
    });
    setErrors((e) => {
      const { [key]: _gone, '': _form, ...rest } = e;
      return rest;
    });
  };

  const apply = async (e: FormEvent) => {
    e.preventDefault();
    const { changes, addTags, removeTags, errors: found } = bulkChanges(type, chosen);
    setErrors(found);
    if (!changes) return;
    setBusy(true);
    try {
      const result =
        type === 'facility'
          ? await store.write('facilities.updateMany', { ids: [...ids], changes, add_tags: addTags, remove_tags: removeTags } as never)
          : await store.write('flows.updateMany', { ids: [...ids], changes } as never);
      const what = describeChanges(fields, changes, valueText, { add: addTags, remove: removeTags });
      const already = result.unchanged ? `; ${plural(result.unchanged, one, many)} already had ${result.unchanged === 1 ? 'it' : 'them'}` : '';
      notify(`Set ${what} on ${plural(result.updated, one, many)}${already}`, 'success');
      setChosen({});
    } catch (error) {
      const data = errorData(error);
      setErrors({ '': data.message });
    } finally {
      setBusy(false);
    }
  };

  const changing = Object.keys(chosen).length;
  return (
    <div className="editor bulk-editor">
      <header className="editor-header">
        <div className="editor-kicker">
          <Icon name={type} size={14} /> Several {many}
        </div>
        <h2 className="editor-title" id={`${idBase}-title`}>
          {count} chosen
        </h2>
        <div className="editor-links">
          <button type="button" className="link-button" onClick={onClear} title="Esc in the table">
            Choose just one
          </button>
        </div>
      </header>

      <div className="editor-body">
        <form id={`${idBase}-form`} aria-label={`Set fields on ${count}`} noValidate onSubmit={(e) => void apply(e)}>
          <h3 className="subsection-title">Set fields</h3>
          <p className="muted bulk-note">A field left at “{KEEP}” stays as each {one} has it.</p>
          {errors[''] ? (
            <div className="banner banner-error" role="alert">
              <Icon name="alert" size={14} /> <span>{errors['']}</span>
            </div>
          ) : null}
          {(type === 'facility' ? [...fields, ...TAG_FIELDS] : fields).map((f) => (
            <BulkField
              key={f.key}
              spec={f}
              id={`${idBase}-${f.key}`}
              text={chosen[f.key]}
              error={errors[f.key]}
              now={spreads.get(f.key) ?? ''}
              pickers={pickers}
              onChange={(text) => choose(f.key, text)}
            />
          ))}
          <div className="bulk-actions">
            <button type="submit" className="button button-primary" disabled={busy || changing === 0}>
              {busy ? `Applying to ${count}…` : `Apply to ${count}`}
            </button>
            {changing ? (
              <button type="button" className="button" onClick={() => (setChosen({}), setErrors({}))} disabled={busy}>
                Keep all as is
              </button>
            ) : null}
          </div>
        </form>

        <CiteMany type={type} ids={ids} count={count} pickers={pickers} />

        <section className="bulk-section" aria-labelledby={`${idBase}-delete`}>
          <h3 className="subsection-title" id={`${idBase}-delete`}>
            Delete
          </h3>
          <p className="muted bulk-note">
            {type === 'facility' ? 'Their flows and source links go with them. ' : 'Their source links go with them. '}
            One step: {SHORTCUTS.modPrefix}Z brings them all back.
          </p>
          <button type="button" className="button button-ghost-danger" onClick={() => onDelete(ids)}>
            <Icon name="trash" size={14} /> Delete {count}…
          </button>
        </section>
      </div>
    </div>
  );
}
