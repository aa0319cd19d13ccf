// The Snapshots page: exchange work with colleagues (export, import and merge, history) and
// with other tools (graph formats, CSV). Files dropped anywhere on the page are taken: a
// .lodestone file is imported, CSV files go to the CSV import.
import { useState, type DragEvent } from 'react';
import { TabList } from '../components/TabList';
import { CsvImportPanel } from './CsvImportPanel';
import { ExportPanel } from './ExportPanel';
import { FormatsPanel } from './FormatsPanel';
import { HistoryPanel } from './HistoryPanel';
import { ImportPanel } from './ImportPanel';
import { csvKindOfFileName } from './logic/csvMapping';
import { useSnapshotsRequests } from './incoming';
import { CSV_KINDS, useCsvImport } from './useCsvImport';
import { useSnapshotImport } from './useSnapshotImport';
import './snapshots.css';

const SECTIONS = [
  { id: 'export', label: 'Export' },
  { id: 'import', label: 'Import' },
  { id: 'history', label: 'History' },
  { id: 'formats', label: 'Other formats' },
  { id: 'csv', label: 'CSV import' },
] as const;
type Section = (typeof SECTIONS)[number]['id'];
const SECTION_IDS: readonly Section[] = SECTIONS.map((s) => s.id);

const hasFiles = (e: DragEvent) => e.dataTransfer.types.includes('Files');

export function SnapshotsPage() {
  const [section, setSection] = useState<Section>('export');
  const [dragging, setDragging] = useState(false);
  const snapshot = useSnapshotImport();
  const csv = useCsvImport();
  // Menu and palette commands, and snapshot files opened from the operating system.
  useSnapshotsRequests((request) => {
    setSection(request.section);
    if (request.snapshot) void snapshot.pick(request.snapshot);
    for (const f of request.csv?.slice(0, CSV_KINDS.length) ?? []) void csv.setFile(csvKindOfFileName(f.name), f);
  });

  const onDrop = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    setDragging(false);
    const files = [...e.dataTransfer.files];
    const csvFiles = files.filter((f) => /\.csv$/i.test(f.name));
    if (csvFiles.length) {
      setSection('csv');
      for (const f of csvFiles.slice(0, CSV_KINDS.length)) void csv.setFile(csvKindOfFileName(f.name), f);
      return;
    }
    const first = files[0];
    if (first) {
      setSection('import');
      void snapshot.pick(first);
    }
  };

  return (
    <div
      className={`snap-page${dragging ? ' is-dragging' : ''}`}
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <div className="view-header">
        <h1 className="view-title">Snapshots</h1>
        <span className="muted small">Share work as files; merge a colleague's; export for other tools.</span>
      </div>
      <TabList
        label="Snapshot tasks"
        tabs={SECTION_IDS}
        current={section}
        onChoose={setSection}
        className="snap-tabs"
        tabClassName={(_, chosen) => `snap-tab${chosen ? ' is-current' : ''}`}
        tabAttributes={(id) => ({ id: `snap-tab-${id}`, 'aria-controls': `snap-section-${id}` })}
      >
        {(id) => SECTIONS.find((s) => s.id === id)!.label}
      </TabList>
      <div className="snap-body">
        {/* Every section stays mounted (hidden when not shown) so a diff or a mapping survives a look at another. */}
        <div role="tabpanel" id="snap-section-export" aria-labelledby="snap-tab-export" hidden={section !== 'export'}>
          <ExportPanel />
        </div>
        <div role="tabpanel" id="snap-section-import" aria-labelledby="snap-tab-import" hidden={section !== 'import'}>
          <ImportPanel flow={snapshot} />
        </div>
        <div role="tabpanel" id="snap-section-history" aria-labelledby="snap-tab-history" hidden={section !== 'history'}>
          <HistoryPanel active={section === 'history'} />
        </div>
        <div role="tabpanel" id="snap-section-formats" aria-labelledby="snap-tab-formats" hidden={section !== 'formats'}>
          <FormatsPanel />
        </div>
        <div role="tabpanel" id="snap-section-csv" aria-labelledby="snap-tab-csv" hidden={section !== 'csv'}>
          <CsvImportPanel csv={csv} />
        </div>
      </div>
      {dragging ? (
        <div className="snap-drop-hint" aria-hidden="true">
          Drop a .lodestone snapshot or CSV files
        </div>
      ) : null}
    </div>
  );
}
