// The record editor's state: the draft as typed, its errors, and saving it. The draft
// keeps what the user typed; validation runs with the core's zod schemas before anything
// is sent, and the host's field issues land under the fields they name.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { errorData } from '../api/client';
import { useToast } from '../components/Toasts';
import {
  TYPE_LABELS,
  buildInput,
  changedFields,
  draftFromRecord,
  emptyDraft,
  isDraftDirty,
  recordName,
  type AnyRecord,
  type Draft,
  type EditableType,
  type FieldErrors,
} from '../logic/forms';
import { SAVE_OPS } from '../logic/ops';
import { facilityNamer, recordsOfType } from '../logic/records';
import type { Indexes } from '../logic/rows';
import { saveFailure } from '../logic/saveErrors';
import { useStore } from '../state/context';

interface Options {
  type: EditableType;
  creating: boolean;
  /** The stored record as the workspace has it now (null when creating). */
  record: AnyRecord | null;
  createDefaults?: Partial<Draft> | undefined;
  indexes: Indexes;
  onCreated: (id: string) => void;
  formRef: RefObject<HTMLFormElement | null>;
}

export function useRecordDraft({ type, creating, record, createDefaults, indexes, onCreated, formRef }: Options) {
  const store = useStore();
  const notify = useToast();
  const labels = TYPE_LABELS[type];

  // The record the draft was loaded from: its revision goes with the update.
  const [loaded, setLoaded] = useState<AnyRecord | null>(creating ? null : record);
  const base = useMemo(
    () => (loaded ? draftFromRecord(type, loaded) : emptyDraft(type, createDefaults)),
    // createDefaults only matter when the editor opens
    [type, loaded],
  );
  const [draft, setDraft] = useState<Draft>(base);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempted, setAttempted] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  // Mirrors draft and loaded as soon as they are set, so "unsaved changes?" never waits for a render.
  const latest = useRef({ loaded, draft });
  const showDraft = (next: Draft) => {
    latest.current = { ...latest.current, draft: next };
    setDraft(next);
  };
  const showRecord = (next: AnyRecord) => {
    const nextDraft = draftFromRecord(type, next);
    latest.current = { loaded: next, draft: nextDraft };
    setLoaded(next);
    setDraft(nextDraft);
  };
  // The record as the workspace holds it now. A save puts the stored record in the tables
  // before its own call returns (the rest of the refresh is still on its way): a draft equal
  // to the stored record is saved, even if this editor has not heard back yet.
  const stored = useRef(record);
  useLayoutEffect(() => {
    stored.current = record;
  }, [record]);
  const hasUnsavedChanges = useCallback(() => {
    const now = latest.current;
    if (!isDraftDirty(now.draft, now.loaded ? draftFromRecord(type, now.loaded) : base)) return false;
    return !(stored.current && now.loaded && !isDraftDirty(now.draft, draftFromRecord(type, stored.current)));
  }, [type, base]);

  const unsaved = isDraftDirty(draft, base);

  // The stored record moved on (undo, another window, or this editor's save): follow it
  // unless the user is editing something it does not already hold.
  useEffect(() => {
    if (creating || !record || !loaded) return;
    if (record.revision !== loaded.revision || record.updated_at !== loaded.updated_at) {
      if (!unsaved || !isDraftDirty(latest.current.draft, draftFromRecord(type, record))) {
        showRecord(record);
        setErrors({});
        setConflict(null);
      }
    }
  }, [record, loaded, unsaved, creating, type]);

  const setField = (key: string, value: string | boolean) => {
    setNotice(null);
    const next = { ...latest.current.draft, [key]: value };
    if (attempted) setErrors(buildInput(type, next).errors);
    showDraft(next);
  };

  const focusFirstError = () => {
    window.requestAnimationFrame(() => {
      const el = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
      el?.focus();
    });
  };

  const showServerError = (error: unknown) => {
    const failure = saveFailure(type, creating, errorData(error));
    if (failure.kind === 'conflict') setConflict(failure.message);
    else if (failure.kind === 'fields') {
      setErrors(failure.errors);
      setFormError(failure.formError);
      focusFirstError();
    } else setFormError(failure.message);
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
          const created = (await store.write(SAVE_OPS[type].create, values as never)) as AnyRecord;
          notify(`Created ${labels.one} ${recordName(type, created, facilityNamer(indexes))}`, 'success');
          onCreated(created.id);
        } else if (loaded) {
          const changes = changedFields(type, loaded, values);
          if (Object.keys(changes).length === 0) {
            showDraft(draftFromRecord(type, loaded));
            setNotice('No changes to save');
            return;
          }
          const input = force ? { id: loaded.id, changes } : { id: loaded.id, revision: loaded.revision, changes };
          const updated = (await store.write(SAVE_OPS[type].update, input as never)) as AnyRecord;
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

  /** Back to the stored record (what Esc does while editing). */
  const revert = () => {
    showDraft(base);
    setErrors({});
    setAttempted(false);
    setFormError(null);
    setNotice(null);
  };

  /** After a conflict: take the workspace's version and drop the edits. */
  const reloadLatest = async () => {
    try {
      await store.refresh();
    } catch (error) {
      setFormError(errorData(error).message);
      return;
    }
    const found = recordsOfType(store.getSnapshot(), type).find((r) => r.id === loaded?.id);
    setConflict(null);
    if (found) {
      showRecord(found);
      setErrors({});
    } else {
      setFormError(`This ${labels.one} no longer exists.`);
    }
  };

  return { loaded, draft, errors, formError, conflict, busy, notice, unsaved, setField, save, revert, reloadLatest, hasUnsavedChanges };
}
