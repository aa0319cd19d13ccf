// CSV import through a preview: pick a materials, a facilities and/or a flows file, map
// their columns, see every problem by line, then import all or nothing (one undoable step),
// and see what it did, record by record.
import { useId, useState } from 'react';
import { SHORTCUTS } from '../platform';
import { BatchChangesView } from './BatchChangesView';
import { ChangesToggle } from './ChangesToggle';
import { CsvPreviewTable } from './CsvPreviewTable';
import { csvImportSummary } from './logic/csvSummary';
import { FilePicker } from './FilePicker';
import { CSV_KINDS, type CsvImport } from './useCsvImport';

const TITLES = { materials: 'Materials', facilities: 'Facilities', flows: 'Flows' } as const;

export function CsvImportPanel({ csv }: { csv: CsvImport }) {
  const { files, result } = csv;
  const changesId = useId();
  // the batch whose changes are open: a new import's are closed until asked for
  const [shownBatch, setShownBatch] = useState<number | null>(null);
  const showChanges = result?.ok === true && result.report.batch_id !== null && result.report.batch_id === shownBatch;
  const any = CSV_KINDS.some((k) => files[k]);
  return (
    <div className="snap-panel" role="group" aria-label="CSV import">
      <p className="snap-lead">
        Materials, facilities and flows from CSV files, in the import format or any other: map each column to a Lodestone column, or
        ignore it. Flows may name facilities and materials of the files imported with them; a material they name that exists nowhere is
        created.
      </p>
      <div className="snap-actions">
        {CSV_KINDS.map((kind) => (
          <span key={kind} className="csv-pick">
            <FilePicker label={`${TITLES[kind]} CSV…`} accept=".csv,text/csv" onFiles={(f) => void csv.setFile(kind, f[0]!)} />
            {files[kind] ? (
              <button type="button" className="button button-small button-quiet" onClick={() => csv.remove(kind)} aria-label={`Remove the ${kind} file`}>
                Remove {files[kind].name}
              </button>
            ) : null}
          </span>
        ))}
      </div>

      {CSV_KINDS.map((kind) => {
        const f = files[kind];
        if (!f) return null;
        if (f.failed) {
          return (
            <p key={kind} className="snap-refused" role="alert">
              {f.name}: {f.failed}
            </p>
          );
        }
        if (!f.preview || !f.choices) return <progress key={kind} className="snap-progress" aria-label={`Checking ${f.name}`} />;
        return (
          <CsvPreviewTable
            key={kind}
            title={TITLES[kind]}
            fileName={f.name}
            preview={f.preview}
            choices={f.choices}
            onChoose={(column, choice) => csv.choose(kind, column, choice)}
          />
        );
      })}

      {any ? (
        <div className="snap-actions">
          <button type="button" className="button button-primary" disabled={!csv.ready || csv.importing} onClick={() => void csv.runImport()}>
            {csv.importing ? 'Importing…' : 'Import'}
          </button>
          {csv.checking || csv.importing ? <progress className="snap-progress" aria-label="Checking the CSV files" /> : null}
        </div>
      ) : null}

      {result?.ok ? (
        <div className="snap-result" role="status" data-testid="csv-result">
          <p>
            <strong>Imported:</strong> {csvImportSummary(result.report)}
            {result.report.new_materials.length ? `; new materials: ${result.report.new_materials.join(', ')}` : ''}.
          </p>
          <p className="muted small">
            {SHORTCUTS.modPrefix}Z undoes the import.
            {result.report.batch_id !== null ? (
              <>
                {' '}
                <ChangesToggle open={showChanges} controls={changesId} onToggle={() => setShownBatch(showChanges ? null : result.report.batch_id)} />
              </>
            ) : null}
          </p>
          {showChanges ? <BatchChangesView batchId={shownBatch} id={changesId} noun="import" /> : null}
        </div>
      ) : null}
      {result && !result.ok ? (
        <div className="snap-refused" role="alert">
          <p>
            <strong>Nothing was imported.</strong> {result.message}
          </p>
          {result.issues.length ? (
            <ul>
              {result.issues.slice(0, 50).map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
