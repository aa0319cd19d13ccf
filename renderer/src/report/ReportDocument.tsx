// The report itself, as it prints: title block, summary, data checks, concentration, chokepoints,
// provenance of the OEMs, the saved scenarios chosen, and the diagram. `data-report-ready` turns "true" once every
// analysis has settled and the diagram image has loaded, so printing never catches it half drawn.
import type { Facility } from '../../../db/model/schemas';
import type { RecordNames } from '../../../db/model/disruption-text';
import type { ChainImageState } from './diagram/useChainImage';
import type { WorkspaceSummary } from './logic/summary';
import { ChecksSection } from './sections/ChecksSection';
import { ChokepointSection } from './sections/ChokepointSection';
import { ConcentrationSection } from './sections/ConcentrationSection';
import { DiagramSection } from './sections/DiagramSection';
import { ProvenanceSection } from './sections/ProvenanceSection';
import { ScenarioSection } from './sections/ScenarioSection';
import { SummarySection } from './sections/SummarySection';
import type { ReportAnalyses } from './useReportAnalyses';
import type { ScenarioRun } from './useReportScenarios';

interface Props {
  workspaceName: string;
  date: string;
  includePlanned: boolean;
  summary: WorkspaceSummary;
  analyses: ReportAnalyses | null;
  oems: readonly Facility[];
  /** The chosen saved scenarios' runs (null while they run); `error`: the list could not be read. */
  scenarios: { runs: ScenarioRun[] | null; error: string | null; names: RecordNames };
  image: ChainImageState;
  facilities: readonly Facility[];
  ready: boolean;
  onImageLoad: () => void;
}

function Pending({ what }: { what: string }) {
  return (
    <p className="report-note" role="status">
      Computing {what}…
    </p>
  );
}

export function ReportDocument({ workspaceName, date, includePlanned, summary, analyses, oems, scenarios, image, facilities, ready, onImageLoad }: Props) {
  return (
    <article className="report-document" data-testid="report" data-report-ready={ready ? 'true' : 'false'} aria-labelledby="report-title" aria-busy={!ready}>
      <header className="report-title-block">
        <p className="report-kicker">Lodestone · supply-chain report</p>
        <h1 id="report-title" className="report-title">
          {workspaceName}
        </h1>
        <p className="report-date">
          Drawn up {date}. {includePlanned ? 'Analyses include planned and idle facilities.' : 'Analyses count operating facilities and flows only.'}
        </p>
      </header>

      <SummarySection summary={summary} />

      {!analyses ? (
        <Pending what="the analyses" />
      ) : (
        <>
          {analyses.checks.ok ? <ChecksSection result={analyses.checks.value} /> : <p className="report-note">The data checks could not be run: {analyses.checks.message}</p>}
          {analyses.concentration.ok ? (
            <ConcentrationSection overview={analyses.concentration.value} />
          ) : (
            <p className="report-note">Concentration could not be computed: {analyses.concentration.message}</p>
          )}
          {analyses.chokepoints === null ? (
            <p className="report-note">No chokepoints to show: the workspace has no operating OEM.</p>
          ) : analyses.chokepoints.ok ? (
            <ChokepointSection result={analyses.chokepoints.value} oems={oems.length} />
          ) : (
            <p className="report-note">Chokepoints could not be computed: {analyses.chokepoints.message}</p>
          )}
          <ProvenanceSection provenance={analyses.provenance} />
        </>
      )}

      {scenarios.error ? <p className="report-note">The saved scenarios could not be read: {scenarios.error}</p> : null}
      {scenarios.runs === null ? (
        <Pending what="the scenarios" />
      ) : scenarios.runs.length ? (
        <ScenarioSection runs={scenarios.runs} oemIds={oems.map((o) => o.id)} names={scenarios.names} includePlanned={includePlanned} />
      ) : null}

      <DiagramSection image={image} facilities={facilities} onImageLoad={onImageLoad} />
    </article>
  );
}
