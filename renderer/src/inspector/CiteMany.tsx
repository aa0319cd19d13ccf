// The bulk editor's "Cite a source": one source cited for every chosen record, in one step.
import { useId, useState, type FormEvent } from 'react';
import { errorData } from '../api/client';
import { Combobox } from '../components/Combobox';
import { Icon } from '../components/Icon';
import { useToast } from '../components/Toasts';
import type { BulkType } from '../logic/bulk';
import { plural } from '../logic/format';
import { TYPE_LABELS } from '../logic/forms';
import type { Pickers } from '../logic/pickers';
import { useStore } from '../state/context';

export function CiteMany({ type, ids, count, pickers }: { type: BulkType; ids: readonly string[]; count: string; pickers: Pickers }) {
  const store = useStore();
  const notify = useToast();
  const idBase = useId().replace(/:/g, '');
  const [sourceId, setSourceId] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { one, many } = TYPE_LABELS[type];

  const cite = async (e: FormEvent) => {
    e.preventDefault();
    if (!sourceId) {
      setError('Choose the source to cite');
      return;
    }
    setBusy(true);
    try {
      const result = await store.write('sources.linkMany', { source_id: sourceId, record_type: type, record_ids: [...ids], note });
      const title = pickers.sources.find((s) => s.value === sourceId)?.label ?? sourceId;
      const already = result.already ? `; ${plural(result.already, one, many)} already cited it` : '';
      notify(`Cited “${title}” for ${plural(result.linked, one, many)}${already}`, 'success');
      setSourceId('');
      setNote('');
      setError(null);
    } catch (err) {
      setError(errorData(err).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="bulk-section" aria-labelledby={`${idBase}-title`} noValidate onSubmit={(e) => void cite(e)}>
      <h3 className="subsection-title" id={`${idBase}-title`}>
        Cite a source
      </h3>
      {pickers.sources.length === 0 ? (
        <p className="muted bulk-note">No sources yet: add one in Sources, then cite it here for all {count}.</p>
      ) : (
        <>
          <div className={`field${error ? ' is-invalid' : ''}`}>
            <label htmlFor={`${idBase}-source`} className="field-label">
              Source
            </label>
            <Combobox
              id={`${idBase}-source`}
              name="source"
              value={sourceId}
              onChange={(v) => {
                setSourceId(v);
                setError(null);
              }}
              options={pickers.sources}
              placeholder="Type to find a source"
              invalid={Boolean(error)}
              describedBy={error ? `${idBase}-error` : undefined}
            />
            {error ? (
              <p id={`${idBase}-error`} className="field-error" role="alert">
                <Icon name="alert" size={12} /> {error}
              </p>
            ) : null}
          </div>
          <div className="field">
            <label htmlFor={`${idBase}-note`} className="field-label">
              Note (page, table)
            </label>
            <input id={`${idBase}-note`} type="text" className="input" value={note} onChange={(e) => setNote(e.target.value)} />
          </div>
          <button type="submit" className="button" disabled={busy}>
            {busy ? `Citing for ${count}…` : `Cite for ${count}`}
          </button>
        </>
      )}
    </form>
  );
}
