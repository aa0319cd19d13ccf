// The "Sources" section of a record's inspector (link and unlink citations), and the
// "Linked records" list of a source.
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import type { SourceLink } from '../../../db/model/schemas';
import { errorData } from '../api/client';
import { plural } from '../logic/format';
import { recordName } from '../logic/forms';
import type { PickOption } from '../logic/options';
import { facilityNamer, recordById } from '../logic/records';
import type { Indexes } from '../logic/rows';
import { useStore, useWorkspace } from '../state/context';
import { Combobox } from './Combobox';
import { Icon } from './Icon';
import { useToast } from './Toasts';

interface LinkedSourcesProps {
  recordType: 'facility' | 'flow' | 'material';
  recordId: string;
  sourceOptions: readonly PickOption[];
  indexes: Indexes;
}

export function LinkedSources({ recordType, recordId, sourceOptions, indexes }: LinkedSourcesProps) {
  const store = useStore();
  const { version } = useWorkspace();
  const notify = useToast();
  const headingId = useId();
  const pickerId = useId();
  const [links, setLinks] = useState<SourceLink[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [choice, setChoice] = useState('');
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      const found = await store.read('sources.links', { record_type: recordType, record_id: recordId });
      setLinks(found);
      setLoadError(null);
    } catch (error) {
      setLoadError(errorData(error).message);
    }
  }, [store, recordType, recordId]);

  useEffect(() => {
    void load();
  }, [load, version]);

  const linkedIds = useMemo(() => new Set((links ?? []).map((l) => l.source_id)), [links]);
  const available = useMemo(() => sourceOptions.filter((o) => !linkedIds.has(o.value)), [sourceOptions, linkedIds]);

  const link = async () => {
    if (!choice) return;
    setBusy(true);
    try {
      await store.write('sources.link', { source_id: choice, record_type: recordType, record_id: recordId });
      setChoice('');
      await load();
    } catch (error) {
      notify(`Could not link the source: ${errorData(error).message}`, 'error');
    } finally {
      setBusy(false);
    }
  };

  const unlink = async (l: SourceLink) => {
    setBusy(true);
    try {
      await store.write('sources.unlink', { id: l.id });
      await load();
    } catch (error) {
      notify(`Could not unlink the source: ${errorData(error).message}`, 'error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="subsection" aria-labelledby={headingId}>
      <h3 id={headingId} className="subsection-title">
        <Icon name="source" size={14} /> Sources
        {links ? <span className="count-pill">{links.length}</span> : null}
      </h3>
      {loadError ? <p className="field-error">{loadError}</p> : null}
      {links && links.length === 0 ? <p className="muted small">No sources cited for this record yet.</p> : null}
      {links && links.length > 0 ? (
        <ul className="link-list">
          {links.map((l) => {
            const source = indexes.sourceById.get(l.source_id);
            const title = source?.title ?? l.source_id;
            return (
              <li key={l.id} className="link-item">
                <div className="link-text">
                  <span className="link-title">{title}</span>
                  {source ? (
                    <span className="link-detail">
                      {[source.publisher, source.published].filter(Boolean).join(' · ')}
                      {source.sensitive ? <span className="badge badge-warn">Sensitive</span> : null}
                    </span>
                  ) : null}
                </div>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Unlink source ${title}`}
                  title="Unlink"
                  disabled={busy}
                  onClick={() => void unlink(l)}
                >
                  <Icon name="close" size={14} />
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      {sourceOptions.length === 0 ? (
        <p className="muted small">No sources in this workspace yet: add one in the Sources view to cite it here.</p>
      ) : (
        <div className="link-add">
          <label htmlFor={pickerId} className="visually-hidden">
            Source to link
          </label>
          <Combobox
            id={pickerId}
            name="source to link"
            value={choice}
            onChange={setChoice}
            options={available}
            allowEmpty
            placeholder="Find a source to cite"
          />
          <button type="button" className="button" disabled={!choice || busy} onClick={() => void link()}>
            <Icon name="link" size={14} /> Link
          </button>
        </div>
      )}
    </section>
  );
}

interface LinkedRecordsProps {
  sourceId: string;
  links: readonly SourceLink[];
  indexes: Indexes;
}

export function LinkedRecords({ sourceId, links, indexes }: LinkedRecordsProps) {
  const headingId = useId();
  const mine = useMemo(() => links.filter((l) => l.source_id === sourceId), [links, sourceId]);
  const shown = mine.slice(0, 100);
  const name = (l: SourceLink): string => {
    const record = recordById(indexes, l.record_type, l.record_id);
    return record ? recordName(l.record_type, record, facilityNamer(indexes)) : l.record_id;
  };
  return (
    <section className="subsection" aria-labelledby={headingId}>
      <h3 id={headingId} className="subsection-title">
        <Icon name="link" size={14} /> Linked records <span className="count-pill">{mine.length}</span>
      </h3>
      {mine.length === 0 ? (
        <p className="muted small">No record cites this source yet. Link it from a facility, flow or material.</p>
      ) : (
        <ul className="link-list">
          {shown.map((l) => (
            <li key={l.id} className="link-item">
              <span className="badge">{l.record_type}</span>
              <span className="link-title">{name(l)}</span>
            </li>
          ))}
        </ul>
      )}
      {mine.length > shown.length ? <p className="muted small">and {plural(mine.length - shown.length, 'more record')}</p> : null}
    </section>
  );
}
