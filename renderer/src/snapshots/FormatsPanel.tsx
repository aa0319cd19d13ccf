// Exports other tools read: GraphML (yEd, Gephi, networkx), GEXF (Gephi), Cytoscape JSON,
// and the three CSV files of the import format. Each is a download.
import { useState } from 'react';
import type { GraphFormat } from '../../../db/model/exchange-types';
import { errorData } from '../api/client';
import { useToast } from '../components/Toasts';
import { textToBytes } from '../platform/base64';
import { saveFile } from '../platform/files';
import { useStore } from '../state/context';

const GRAPH_CHOICES: readonly { format: GraphFormat; label: string; reads: string }[] = [
  { format: 'graphml', label: 'GraphML', reads: 'yEd, Gephi, networkx' },
  { format: 'gexf', label: 'GEXF', reads: 'Gephi' },
  { format: 'cyjs', label: 'Cytoscape JSON', reads: 'Cytoscape desktop, cytoscape.js' },
];

const CSV_FILES = ['facilities', 'flows', 'materials'] as const;

export function FormatsPanel() {
  const store = useStore();
  const notify = useToast();
  const [busy, setBusy] = useState<string | null>(null);

  const run = async (what: string, job: () => Promise<string[]>) => {
    setBusy(what);
    try {
      const names = await job();
      // Nothing named: the save dialog was cancelled.
      if (names.length) notify(`Saved ${names.join(', ')}`, 'success');
    } catch (error) {
      notify(`Could not export ${what}: ${errorData(error).message}`, 'error');
    } finally {
      setBusy(null);
    }
  };

  const exportGraph = (format: GraphFormat, label: string) =>
    run(label, async () => {
      const graph = await store.read('graph.export', { format });
      return (await saveFile({ name: graph.file_name, bytes: textToBytes(graph.text), type: graph.mime_type })) ? [graph.file_name] : [];
    });

  // One button per file: a browser may hold back several downloads from one click.
  const exportCsv = (kind: (typeof CSV_FILES)[number]) =>
    run(`${kind}.csv`, async () => {
      const csv = await store.read('csv.export', {});
      return (await saveFile({ name: `${kind}.csv`, bytes: textToBytes(csv[kind]), type: 'text/csv' })) ? [`${kind}.csv`] : [];
    });

  return (
    <div className="snap-panel" role="group" aria-label="Other formats">
      <p className="snap-lead">The whole workspace for other tools. Facility and flow attributes go with the nodes and edges.</p>
      <ul className="format-list">
        {GRAPH_CHOICES.map((g) => (
          <li key={g.format} className="format-item">
            <button type="button" className="button" disabled={busy !== null} onClick={() => void exportGraph(g.format, g.label)}>
              Export {g.label}
            </button>
            <span className="muted small">Read by {g.reads}</span>
          </li>
        ))}
        <li className="format-item">
          {CSV_FILES.map((kind) => (
            <button key={kind} type="button" className="button" disabled={busy !== null} onClick={() => void exportCsv(kind)}>
              Export {kind}.csv
            </button>
          ))}
          <span className="muted small">CSV in the import format (interfaces.md)</span>
        </li>
      </ul>
      {busy ? <progress className="snap-progress" aria-label={`Exporting ${busy}`} /> : null}
    </div>
  );
}
