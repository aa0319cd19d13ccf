// The Report page: a print preview of the workspace report (A4 sheets on screen) with its
// options and "Save as PDF" (Chromium's print dialog). Printing shows the report alone
// (report.css @media print).
import { useMemo, useRef, useState, type CSSProperties } from 'react';
import { printToPdf } from '../platform/pdf';
import { useStore, useWorkspace } from '../state/context';
import { recordNames } from '../../../db/model/disruption-text';
import { useScenarios } from '../analysis/scenarios/useScenarios';
import { useChainImage } from './diagram/useChainImage';
import { pdfFileName, reportDate } from './logic/meta';
import { reportOems } from './logic/provenance';
import { workspaceSummary } from './logic/summary';
import { ReportDocument } from './ReportDocument';
import { ScenarioPicker } from './ScenarioPicker';
import { usePreviewScale } from './usePreviewScale';
import { useReportAnalyses } from './useReportAnalyses';
import { useReportScenarios } from './useReportScenarios';
import './report.css';

export function ReportPage() {
  const store = useStore();
  const ws = useWorkspace();
  const [includePlanned, setIncludePlanned] = useState(false);
  const [includeSensitive, setIncludeSensitive] = useState(false);

  const oems = useMemo(() => reportOems(ws.facilities, includePlanned), [ws.facilities, includePlanned]);
  const summary = useMemo(() => workspaceSummary(ws, { includeSensitive }), [ws, includeSensitive]);
  const analyses = useReportAnalyses(store, ws.version, oems, includePlanned);
  const saved = useScenarios();
  const [leftOut, setLeftOut] = useState<ReadonlySet<string>>(() => new Set());
  const chosen = useMemo(() => (saved.list ?? []).filter((s) => !leftOut.has(s.id)), [saved.list, leftOut]);
  const scenarioRuns = useReportScenarios(store, ws.version, chosen, includePlanned);
  const names = useMemo(() => recordNames(ws.facilities, ws.materials, ws.flows), [ws.facilities, ws.materials, ws.flows]);
  const toggleScenario = (id: string) =>
    setLeftOut((out) => {
      const next = new Set(out);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const image = useChainImage(ws, ws.version);
  const [loadedImage, setLoadedImage] = useState<string | null>(null);
  const imageSettled = image.status === 'failed' || (image.status === 'done' && loadedImage === image.url);
  const scenariosSettled = (saved.list !== null || saved.error !== null) && scenarioRuns !== null;
  const ready = analyses !== null && scenariosSettled && imageSettled;
  // The date the figures were computed: they are recomputed when the records or options change.
  const date = useMemo(() => reportDate(new Date()), [ws.version, includePlanned]);
  const workspaceName = ws.info?.name || 'Workspace';
  const preview = useRef<HTMLDivElement>(null);
  const scale = usePreviewScale(preview);

  return (
    <div className="report-page">
      <div className="report-toolbar">
        <h1 className="view-title">Report</h1>
        <label className="report-option">
          <input type="checkbox" checked={includePlanned} onChange={(e) => setIncludePlanned(e.target.checked)} />
          Include planned facilities
        </label>
        <label className="report-option">
          <input type="checkbox" checked={includeSensitive} onChange={(e) => setIncludeSensitive(e.target.checked)} />
          List sensitive sources
        </label>
        <ScenarioPicker scenarios={saved.list} leftOut={leftOut} onToggle={toggleScenario} />
        <span className="report-status muted small" role="status">
          {ready ? 'Ready to print' : 'Preparing the report…'}
        </span>
        <button type="button" className="button button-primary" disabled={!ready} onClick={() => printToPdf(pdfFileName(workspaceName, new Date()))}>
          Save as PDF
        </button>
      </div>
      {/* it scrolls: focusable, so the keyboard can scroll it too; --report-scale fits the sheet to its width (screen only) */}
      <div
        ref={preview}
        className="report-preview"
        tabIndex={0}
        role="region"
        aria-label="Report preview"
        data-scale={scale}
        style={{ '--report-scale': scale } as CSSProperties}
      >
        <ReportDocument
          workspaceName={workspaceName}
          date={date}
          includePlanned={includePlanned}
          summary={summary}
          analyses={analyses}
          oems={oems}
          scenarios={{ runs: scenarioRuns, error: saved.error?.message ?? null, names }}
          image={image}
          facilities={ws.facilities}
          ready={ready}
          onImageLoad={() => setLoadedImage(image.status === 'done' ? image.url : null)}
        />
      </div>
    </div>
  );
}
