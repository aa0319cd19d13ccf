// Export a snapshot: the whole workspace or a part (countries, materials, stages), an
// author label, and whether notes and sensitive sources go too. Shows what will be in the
// file before it is made, then saves it (a download; see platform/files.ts).
import { useMemo, useState } from 'react';
import { STAGES } from '../../../db/model/enums';
import { useCheckReviews } from '../analysis/checks/useCheckReviews';
import { useScenarios } from '../analysis/scenarios/useScenarios';
import { errorData } from '../api/client';
import { useToast } from '../components/Toasts';
import { formatNumber, plural } from '../logic/format';
import { base64ToBytes } from '../platform/base64';
import { saveFile } from '../platform/files';
import { useStore, useWorkspace } from '../state/context';
import { MultiPicker } from './MultiPicker';
import { exportCounts, isWholeWorkspace, type ExportSelection } from './logic/exportCounts';
import { countryItems, materialItems, STAGE_ITEMS } from './logic/pickItems';
import { useRememberedText } from './useRememberedText';

const NONE: ExportSelection = { countries: [], materials: [], stages: [], includeSensitive: true };

export function ExportPanel() {
  const store = useStore();
  const ws = useWorkspace();
  const notify = useToast();
  const [selection, setSelection] = useState<ExportSelection>(NONE);
  const [author, setAuthor] = useRememberedText('lodestone.snapshot-author');
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<{ name: string; bytes: number } | null>(null);

  const countries = useMemo(() => countryItems(ws.facilities), [ws.facilities]);
  const materials = useMemo(() => materialItems(ws.materials), [ws.materials]);
  const reviews = useCheckReviews().list;
  const scenarios = useScenarios().list;
  const counts = useMemo(
    () =>
      exportCounts(
        {
          facilities: ws.facilities,
          flows: ws.flows,
          materials: ws.materials,
          sources: ws.sources,
          source_links: ws.links,
          check_reviews: reviews ?? [],
          scenarios: scenarios ?? [],
        },
        selection,
      ),
    [ws.facilities, ws.flows, ws.materials, ws.sources, ws.links, reviews, scenarios, selection],
  );
  const patch = (p: Partial<ExportSelection>) => {
    setSelection((s) => ({ ...s, ...p }));
    setSaved(null);
  };

  const exportNow = async () => {
    setBusy(true);
    setSaved(null);
    try {
      const result = await store.read('snapshot.export', {
        filter: {
          countries: [...selection.countries],
          materials: [...selection.materials],
          stages: [...selection.stages],
          include_sensitive: selection.includeSensitive,
        },
        author: author.trim(),
      });
      // A cancelled save dialog (desktop) saves nothing, so nothing is reported as saved.
      if (!(await saveFile({ name: result.file_name, bytes: base64ToBytes(result.data), type: 'application/gzip' }))) return;
      setSaved({ name: result.file_name, bytes: result.bytes });
    } catch (error) {
      notify(`Could not export the snapshot: ${errorData(error).message}`, 'error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="snap-panel"
      aria-label="Export a snapshot"
      onSubmit={(e) => {
        e.preventDefault();
        void exportNow();
      }}
    >
      <p className="snap-lead">
        A snapshot is one <code>.lodestone</code> file for a colleague: the whole workspace, or only the countries, materials and
        stages they need. Flows go only where both ends are in it.
      </p>
      <div className="snap-pickers">
        <MultiPicker label="Countries" items={countries} chosen={selection.countries} onChange={(c) => patch({ countries: c })} />
        <MultiPicker label="Materials" items={materials} chosen={selection.materials} onChange={(m) => patch({ materials: m })} />
        <MultiPicker label="Stages" items={STAGE_ITEMS} chosen={selection.stages} onChange={(s) => patch({ stages: STAGES.filter((stage) => s.includes(stage)) })} />
      </div>
      <div className="snap-row">
        <label className="snap-field">
          <span className="snap-field-label">Author</span>
          <input className="input" value={author} maxLength={200} placeholder="Your name or team" onChange={(e) => setAuthor(e.target.value)} />
        </label>
        <label className="check">
          <input type="checkbox" checked={!selection.includeSensitive} onChange={(e) => patch({ includeSensitive: !e.target.checked })} />
          <span>Leave out notes, sensitive sources and check reviews</span>
        </label>
      </div>
      <div className="snap-summary" data-testid="export-summary" aria-live="polite">
        <strong>{isWholeWorkspace(selection) ? 'The whole workspace:' : 'This part of the workspace:'}</strong>{' '}
        {plural(counts.facilities, 'facility', 'facilities')}, {plural(counts.flows, 'flow')}, {plural(counts.materials, 'material')},{' '}
        {plural(counts.sources, 'source')}
        {counts.reviews > 0 ? `, ${plural(counts.reviews, 'check review')}` : ''}
        {counts.scenarios > 0 ? `, ${plural(counts.scenarios, 'saved scenario')}` : ''}
        {selection.includeSensitive ? '' : ', without notes or check reviews'}
      </div>
      <div className="snap-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Exporting…' : 'Export snapshot'}
        </button>
        {busy ? <progress className="snap-progress" aria-label="Exporting the snapshot" /> : null}
        {saved ? (
          <span className="snap-done" role="status">
            Saved {saved.name} ({formatNumber(Math.max(1, Math.round(saved.bytes / 1024)))} KB)
          </span>
        ) : null}
      </div>
    </form>
  );
}
