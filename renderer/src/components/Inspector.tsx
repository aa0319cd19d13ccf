// The right-hand panel: create, edit and delete the selected record. The draft keeps
// what the user typed; validation runs with the core's zod schemas before anything is
// sent, and the host's field issues land under the fields they name.
import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import type { OpName } from '../../../db/api';
import { CONFIDENCES, FACILITY_STATUSES, MATERIAL_FORMS, STAGES, STAGE_LABELS } from '../../../db/model/enums';
import type { Facility, Flow, SourceLink } from '../../../db/model/schemas';
import { errorData } from '../api/client';
import { capitalize, plural } from '../logic/format';
import {
  FIELDS,
  TYPE_LABELS,
  buildInput,
  changedFields,
  draftFromRecord,
  emptyDraft,
  isDraftDirty,
  issuesToFieldErrors,
  recordName,
  splitList,
  type AnyRecord,
  type Draft,
  type EditableType,
  type FieldErrors,
  type FieldSpec,
} from '../logic/forms';
import { isMac } from '../logic/keys';
import { COUNTRY_OPTIONS, type PickOption } from '../logic/options';
import type { Indexes } from '../logic/rows';
import { useStore } from '../state/context';
import { Combobox } from './Combobox';
import { Icon } from './Icon';
import { LinkedRecords, LinkedSources } from './SourceLinks';
import { useToast } from './Toasts';

const MOD_KEY = typeof navigator !== 'undefined' && isMac(navigator.platform || navigator.userAgent) ? '⌘' : 'Ctrl';

export interface Pickers {
  facilities: readonly PickOption[];
  materials: readonly PickOption[];
  sources: readonly PickOption[];
}

export type InspectorMode = 'empty' | 'edit' | 'create' | 'missing';

/** The open editor, for the window's shortcuts and its "discard changes?" question. */
export interface EditorHandle {
  save(): void;
  /** Read at the moment of asking, so it is never a render behind what was typed. */
  hasUnsavedChanges(): boolean;
}

export interface InspectorProps {
  type: EditableType;
  mode: InspectorMode;
  record: AnyRecord | null;
  pickers: Pickers;
  indexes: Indexes;
  links: readonly SourceLink[];
  /** Field values for a new record (e.g. a flow from the selected facility). */
  createDefaults?: Partial<Draft>;
  onCreated: (id: string) => void;
  onCloseCreate: () => void;
  onDelete: (type: EditableType, id: string) => void;
  onNew: () => void;
  /** Shows another record (a flow's ends; a facility's flows). */
  onOpenRecord: (type: EditableType, id: string) => void;
  onShowFlowsOf: (facilityName: string) => void;
  editorRef: RefObject<EditorHandle | null>;
  formRef: RefObject<HTMLFormElement | null>;
}

const OPS: Record<EditableType, { create: OpName; update: OpName }> = {
  facility: { create: 'facilities.create', update: 'facilities.update' },
  flow: { create: 'flows.create', update: 'flows.update' },
  material: { create: 'materials.create', update: 'materials.update' },
  source: { create: 'sources.create', update: 'sources.update' },
};

export function Inspector(props: InspectorProps) {
  const { type, mode, record } = props;
  const labels = TYPE_LABELS[type];
  if (mode === 'empty' || (mode === 'edit' && !record)) {
    return (
      <aside className="inspector" aria-label="Inspector">
        <div className="inspector-empty">
          <Icon name={type} size={28} className="inspector-empty-icon" />
          <p className="inspector-empty-title">No {labels.one} selected</p>
          <p className="muted">Select a row to see and edit it here, or create a new {labels.one}.</p>
          <button type="button" className="button" onClick={props.onNew}>
            <Icon name="plus" size={14} /> New {labels.one}
          </button>
          <dl className="shortcuts">
            <div>
              <dt><kbd>↑</kbd> <kbd>↓</kbd></dt>
              <dd>Move through rows</dd>
            </div>
            <div>
              <dt><kbd>Enter</kbd></dt>
              <dd>Edit the selected row</dd>
            </div>
            <div>
              <dt><kbd>{MOD_KEY}</kbd> <kbd>S</kbd></dt>
              <dd>Save</dd>
            </div>
            <div>
              <dt><kbd>Esc</kbd></dt>
              <dd>Cancel editing</dd>
            </div>
            <div>
              <dt><kbd>{MOD_KEY}</kbd> <kbd>Z</kbd></dt>
              <dd>Undo the last change</dd>
            </div>
            <div>
              <dt><kbd>{MOD_KEY}</kbd> <kbd>F</kbd></dt>
              <dd>Filter the table</dd>
            </div>
          </dl>
        </div>
      </aside>
    );
  }
  if (mode === 'missing') {
    return (
      <aside className="inspector" aria-label="Inspector">
        <div className="inspector-empty">
          <Icon name="alert" size={28} className="inspector-empty-icon" />
          <p className="inspector-empty-title">This {labels.one} no longer exists</p>
          <p className="muted">It was deleted, perhaps by an undo or in another window.</p>
        </div>
      </aside>
    );
  }
  return (
    <aside className="inspector" aria-label="Inspector">
      <RecordEditor key={`${type}:${mode === 'create' ? 'new' : (record?.id ?? '')}`} {...props} />
    </aside>
  );
}

function RecordEditor({
  type,
  mode,
  record,
  pickers,
  indexes,
  links,
  createDefaults,
  onCreated,
  onCloseCreate,
  onDelete,
  onOpenRecord,
  onShowFlowsOf,
  editorRef,
  formRef,
}: InspectorProps) {
  const store = useStore();
  const notify = useToast();
  const labels = TYPE_LABELS[type];
  const creating = mode === 'create';
  const idBase = useId().replace(/:/g, '');

  // The record the draft was loaded from: its revision goes with the update.
  const [loaded, setLoaded] = useState<AnyRecord | null>(creating ? null : record);
  const base = useMemo(
    () => (loaded ? draftFromRecord(type, loaded) : emptyDraft(type, createDefaults)),
    // createDefaults only matter when the editor opens
    [type, loaded],
  );
  const [draft, setDraftState] = useState<Draft>(base);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempted, setAttempted] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const dirty = creating || isDraftDirty(draft, base);
  const realDirty = isDraftDirty(draft, base);

  // Mirrors draft and loaded as soon as they are set, so "unsaved changes?" never waits for a render.
  const latest = useRef({ loaded, draft });
  const setDraft = (next: Draft) => {
    latest.current = { ...latest.current, draft: next };
    setDraftState(next);
  };
  const showRecord = (next: AnyRecord) => {
    const nextDraft = draftFromRecord(type, next);
    latest.current = { loaded: next, draft: nextDraft };
    setLoaded(next);
    setDraftState(nextDraft);
  };
  const hasUnsavedChanges = useCallback(() => {
    const now = latest.current;
    return isDraftDirty(now.draft, now.loaded ? draftFromRecord(type, now.loaded) : base);
  }, [type, base]);

  // The stored record moved on (undo, another window): follow it unless the user is editing.
  useEffect(() => {
    if (creating || !record || !loaded) return;
    if (record.revision !== loaded.revision || record.updated_at !== loaded.updated_at) {
      if (!realDirty) {
        showRecord(record);
        setErrors({});
        setConflict(null);
      }
    }
  }, [record, loaded, realDirty, creating, type]);

  const setField = (key: string, value: string | boolean) => {
    setNotice(null);
    const next = { ...latest.current.draft, [key]: value };
    if (attempted) setErrors(buildInput(type, next).errors);
    setDraft(next);
  };

  const focusFirstError = () => {
    window.requestAnimationFrame(() => {
      const el = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
      el?.focus();
    });
  };

  const showServerError = (error: unknown) => {
    const data = errorData(error);
    if (data.code === 'conflict' && !creating) {
      setConflict(data.message);
      return;
    }
    if (data.code === 'validation' && data.issues?.length) {
      const mapped = issuesToFieldErrors(type, data.issues);
      const { ['']: general, ...fields } = mapped;
      setErrors(fields);
      setFormError(general ?? (Object.keys(fields).length ? null : data.message));
      focusFirstError();
      return;
    }
    setFormError(data.message);
  };

  const save = useCallback(
    async (force = false) => {
      if (busy) return;
      setAttempted(true);
      setFormError(null);
      setNotice(null);
      const { values, errors: found } = buildInput(type, draft);
      setErrors(found);
      if (!values) {
        if (found['']) setFormError(found['']);
        focusFirstError();
        return;
      }
      setBusy(true);
      try {
        if (creating) {
          const created = (await store.write(OPS[type].create, values as never)) as AnyRecord;
          notify(`Created ${labels.one} ${recordName(type, created, facilityName(indexes))}`, 'success');
          onCreated(created.id);
        } else if (loaded) {
          const changes = changedFields(type, loaded, values);
          if (Object.keys(changes).length === 0) {
            setDraft(draftFromRecord(type, loaded));
            setNotice('No changes to save');
            return;
          }
          const input = force ? { id: loaded.id, changes } : { id: loaded.id, revision: loaded.revision, changes };
          const updated = (await store.write(OPS[type].update, input as never)) as AnyRecord;
          showRecord(updated);
          setConflict(null);
          setAttempted(false);
        }
      } catch (error) {
        showServerError(error);
      } finally {
        setBusy(false);
      }
    },
    [busy, type, draft, creating, loaded, store, indexes],
  );

  useEffect(() => {
    editorRef.current = { save: () => void save(), hasUnsavedChanges };
    return () => {
      editorRef.current = null;
    };
  }, [save, hasUnsavedChanges, editorRef]);

  const cancel = () => {
    if (creating) {
      onCloseCreate();
      return;
    }
    setDraft(base);
    setErrors({});
    setAttempted(false);
    setFormError(null);
    setNotice(null);
  };

  const reloadLatest = async () => {
    try {
      await store.refresh();
    } catch (error) {
      setFormError(errorData(error).message);
      return;
    }
    const snap = store.getSnapshot();
    const list: readonly AnyRecord[] =
      type === 'facility' ? snap.facilities : type === 'flow' ? snap.flows : type === 'material' ? snap.materials : snap.sources;
    const found = list.find((r) => r.id === loaded?.id);
    setConflict(null);
    if (found) {
      showRecord(found);
      setErrors({});
    } else {
      setFormError(`This ${labels.one} no longer exists.`);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Escape' && !e.defaultPrevented) {
      e.preventDefault();
      cancel();
    } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void save();
    }
  };

  const title = creating ? `New ${labels.one}` : loaded ? recordName(type, loaded, facilityName(indexes)) : '';
  const fieldId = (key: string) => `${idBase}-${key}`;

  const fieldGroups = useMemo(() => {
    const groups: FieldSpec[][] = [];
    for (const f of FIELDS[type]) {
      const last = groups[groups.length - 1];
      if (f.row && last && last[0]?.row === f.row) last.push(f);
      else groups.push([f]);
    }
    return groups;
  }, [type]);

  return (
    <form
      ref={formRef}
      className="editor"
      aria-labelledby={`${idBase}-title`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={onKeyDown}
    >
      <header className="editor-header">
        <div className="editor-kicker">
          <Icon name={type} size={14} /> {capitalize(labels.one)}
          {!creating && realDirty ? <span className="badge badge-warn">Unsaved</span> : null}
        </div>
        <h2 id={`${idBase}-title`} className="editor-title" title={title}>
          {title || ' '}
        </h2>
        {!creating && loaded && type === 'flow' ? (
          <div className="editor-links">
            {(['from_id', 'to_id'] as const).map((end) => {
              const id = (loaded as Flow)[end];
              const name = indexes.facilityById.get(id)?.name;
              return name ? (
                <button key={end} type="button" className="link-button" onClick={() => onOpenRecord('facility', id)}>
                  {end === 'from_id' ? 'From' : 'To'}: {name}
                </button>
              ) : null;
            })}
          </div>
        ) : null}
        {!creating && loaded && type === 'facility' ? (
          <div className="editor-links">
            <span className="muted">{plural(indexes.flowCountByFacility.get(loaded.id) ?? 0, 'flow')}</span>
            {(indexes.flowCountByFacility.get(loaded.id) ?? 0) > 0 ? (
              <button type="button" className="link-button" onClick={() => onShowFlowsOf((loaded as Facility).name)}>
                Show in Flows
              </button>
            ) : null}
          </div>
        ) : null}
      </header>

      <div className="editor-body">
        {conflict ? (
          <div className="banner banner-warn" role="alert">
            <p>
              <strong>This {labels.one} was changed since you opened it</strong> (by an undo, another window or another program).
              Your edits are still here.
            </p>
            <div className="banner-actions">
              <button type="button" className="button button-small" onClick={() => void reloadLatest()}>
                Reload latest (discard my edits)
              </button>
              <button type="button" className="button button-small" onClick={() => void save(true)}>
                Save mine anyway
              </button>
            </div>
          </div>
        ) : null}
        {formError ? (
          <div className="banner banner-error" role="alert">
            <Icon name="alert" size={14} /> <span>{formError}</span>
          </div>
        ) : null}

        {fieldGroups.map((group) => (
          <div key={group.map((f) => f.key).join('+')} className={group.length > 1 ? 'field-row' : undefined}>
            {group.map((f) => (
              <Field
                key={f.key}
                spec={f}
                id={fieldId(f.key)}
                value={draft[f.key] ?? ''}
                error={errors[f.key]}
                onChange={(v) => setField(f.key, v)}
                pickers={pickers}
              />
            ))}
          </div>
        ))}

        {!creating && loaded && type !== 'source' ? (
          <LinkedSources recordType={type} recordId={loaded.id} sourceOptions={pickers.sources} indexes={indexes} />
        ) : null}
        {!creating && loaded && type === 'source' ? <LinkedRecords sourceId={loaded.id} links={links} indexes={indexes} /> : null}

        {!creating && loaded ? (
          <p className="editor-meta">
            Revision {loaded.revision} · updated {formatStamp(loaded.updated_at)} · created {formatStamp(loaded.created_at)}
          </p>
        ) : null}
      </div>

      <footer className="editor-footer">
        {!creating && loaded ? (
          <button
            type="button"
            className="button button-ghost-danger"
            onClick={() => onDelete(type, loaded.id)}
            disabled={busy}
          >
            <Icon name="trash" size={14} /> Delete
          </button>
        ) : null}
        <span className="spacer" />
        <span className="editor-notice" role="status">
          {busy ? 'Saving…' : (notice ?? '')}
        </span>
        <button type="button" className="button" onClick={cancel} disabled={busy || (!creating && !dirty)} title="Esc">
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={busy || (!creating && !dirty)} title="Enter or Ctrl+S">
          {creating ? `Create ${labels.one}` : 'Save'}
        </button>
      </footer>
    </form>
  );
}

function facilityName(indexes: Indexes) {
  return (id: string) => indexes.facilityById.get(id)?.name ?? id;
}

function formatStamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

const ENUM_OPTIONS: Partial<Record<FieldSpec['kind'], readonly { value: string; label: string }[]>> = {
  stage: STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s] })),
  status: FACILITY_STATUSES.map((s) => ({ value: s, label: capitalize(s) })),
  confidence: CONFIDENCES.map((s) => ({ value: s, label: capitalize(s) })),
  form: MATERIAL_FORMS.map((s) => ({ value: s, label: capitalize(s) })),
};

interface FieldProps {
  spec: FieldSpec;
  id: string;
  value: string | boolean;
  error: string | undefined;
  onChange: (value: string | boolean) => void;
  pickers: Pickers;
}

function Field({ spec, id, value, error, onChange, pickers }: FieldProps) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = error ? errorId : spec.hint ? hintId : undefined;
  const text = typeof value === 'string' ? value : '';
  const invalid = Boolean(error);

  let control: ReactNode;
  switch (spec.kind) {
    case 'textarea':
      control = (
        <textarea
          id={id}
          className="input textarea"
          rows={3}
          value={text}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value)}
        />
      );
      break;
    case 'boolean':
      return (
        <div className="field field-check">
          <label htmlFor={id} className="check">
            <input id={id} type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked)} />
            <span>{spec.label}</span>
          </label>
        </div>
      );
    case 'stage':
    case 'status':
    case 'confidence':
    case 'form': {
      const options = ENUM_OPTIONS[spec.kind] ?? [];
      control = (
        <select
          id={id}
          className="input select"
          value={text}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          aria-required={spec.required || undefined}
          onChange={(e) => onChange(e.target.value)}
        >
          {text === '' ? (
            <option value="" disabled>
              Choose…
            </option>
          ) : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      );
      break;
    }
    case 'country':
    case 'facility':
    case 'material': {
      const options =
        spec.kind === 'country' ? COUNTRY_OPTIONS : spec.kind === 'facility' ? pickers.facilities : pickers.materials;
      control = (
        <Combobox
          id={id}
          name={spec.label.toLowerCase()}
          value={text}
          onChange={onChange}
          options={options}
          allowEmpty={!spec.required}
          required={spec.required}
          invalid={invalid}
          describedBy={describedBy}
          placeholder={
            spec.kind === 'country' ? 'Type a country name or code' : spec.kind === 'facility' ? 'Type to find a facility' : 'Type to find a material'
          }
          missingLabel={(v) => `Unknown (${v})`}
        />
      );
      break;
    }
    case 'list':
    case 'elements': {
      const items = splitList(text, spec.kind === 'elements' ? /[;,\s]+/ : /[;\n]/);
      control = (
        <>
          <input
            id={id}
            type="text"
            className="input"
            value={text}
            placeholder={spec.placeholder}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
            onChange={(e) => onChange(e.target.value)}
          />
          {items.length ? (
            <ul className="chips" aria-label={`${spec.label} as entered`}>
              {items.map((t) => (
                <li key={t} className="chip">
                  {t}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      );
      break;
    }
    case 'number':
    case 'integer':
      control = (
        <input
          id={id}
          type="text"
          inputMode={spec.kind === 'integer' ? 'numeric' : 'decimal'}
          className="input input-number"
          value={text}
          placeholder={spec.placeholder}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value)}
        />
      );
      break;
    default:
      control = (
        <input
          id={id}
          type="text"
          className="input"
          value={text}
          placeholder={spec.placeholder}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          aria-required={spec.required || undefined}
          onChange={(e) => onChange(e.target.value)}
        />
      );
  }

  return (
    <div className={`field${invalid ? ' is-invalid' : ''}`}>
      <div className="field-label-row">
        <label htmlFor={id} className="field-label">
          {spec.label}
        </label>
        {spec.required ? (
          <span className="required" aria-hidden="true" title="Required">
            *
          </span>
        ) : null}
      </div>
      {control}
      {error ? (
        <p id={errorId} className="field-error">
          <Icon name="alert" size={12} /> {error}
        </p>
      ) : null}
      {spec.hint && !error ? (
        <p id={hintId} className="field-hint">
          {spec.hint}
        </p>
      ) : null}
    </div>
  );
}

