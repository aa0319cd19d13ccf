// The form for one record: header, banners, fields, linked sources or records, and the
// save and delete buttons. Its state lives in useRecordDraft.
import { useEffect, useId, useMemo, type KeyboardEvent, type ReactNode } from 'react';
import { Icon } from '../components/Icon';
import { LinkedRecords, LinkedSources } from '../components/SourceLinks';
import { fieldRows } from '../logic/fields';
import { FIELDS, TYPE_LABELS, recordName } from '../logic/forms';
import { formatStamp } from '../logic/format';
import { facilityNamer } from '../logic/records';
import { ConflictBanner } from './ConflictBanner';
import { EditorFooter } from './EditorFooter';
import { EditorHeader } from './EditorHeader';
import { Field } from './Field';
import { RecordHistory } from './RecordHistory';
import type { InspectorProps } from './types';
import { useRecordDraft } from './useRecordDraft';

export function RecordEditor({
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
  findings,
}: InspectorProps & { findings?: ReactNode }) {
  const creating = mode === 'create';
  const idBase = useId().replace(/:/g, '');
  const editor = useRecordDraft({ type, creating, record, createDefaults, indexes, onCreated, formRef });
  const { loaded, draft, errors, save, hasUnsavedChanges } = editor;
  const dirty = creating || editor.unsaved;

  useEffect(() => {
    editorRef.current = { save: () => void save(), hasUnsavedChanges };
    return () => {
      editorRef.current = null;
    };
  }, [save, hasUnsavedChanges, editorRef]);

  const cancel = () => (creating ? onCloseCreate() : editor.revert());

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Escape' && !e.defaultPrevented) {
      e.preventDefault();
      cancel();
    } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void save();
    }
  };

  const title = creating ? `New ${TYPE_LABELS[type].one}` : loaded ? recordName(type, loaded, facilityNamer(indexes)) : '';
  const rows = useMemo(() => fieldRows(FIELDS[type]), [type]);
  const stored = creating ? null : loaded;

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
      <EditorHeader
        type={type}
        titleId={`${idBase}-title`}
        title={title}
        record={stored}
        unsaved={!creating && editor.unsaved}
        indexes={indexes}
        onOpenRecord={onOpenRecord}
        onShowFlowsOf={onShowFlowsOf}
      />

      <div className="editor-body">
        {editor.conflict ? (
          <ConflictBanner type={type} onReload={() => void editor.reloadLatest()} onSaveMine={() => void save(true)} />
        ) : null}
        {editor.formError ? (
          <div className="banner banner-error" role="alert">
            <Icon name="alert" size={14} /> <span>{editor.formError}</span>
          </div>
        ) : null}
        {stored ? findings : null}

        {rows.map((row) => (
          <div key={row.map((f) => f.key).join('+')} className={row.length > 1 ? 'field-row' : undefined}>
            {row.map((f) => (
              <Field
                key={f.key}
                spec={f}
                id={`${idBase}-${f.key}`}
                value={draft[f.key] ?? ''}
                error={errors[f.key]}
                onChange={(v) => editor.setField(f.key, v)}
                pickers={pickers}
              />
            ))}
          </div>
        ))}

        {stored && type !== 'source' ? (
          <LinkedSources recordType={type} recordId={stored.id} sourceOptions={pickers.sources} indexes={indexes} />
        ) : null}
        {stored && type === 'source' ? <LinkedRecords sourceId={stored.id} links={links} indexes={indexes} /> : null}

        {stored ? (
          <>
            <p className="editor-meta">
              Revision {stored.revision} · updated {formatStamp(stored.updated_at)} · created {formatStamp(stored.created_at)}
            </p>
            <RecordHistory type={type} id={stored.id} />
          </>
        ) : null}
      </div>

      <EditorFooter
        type={type}
        creating={creating}
        busy={editor.busy}
        dirty={dirty}
        notice={editor.notice}
        onDelete={stored ? () => onDelete(type, stored.id) : null}
        onCancel={cancel}
      />
    </form>
  );
}
