// What the Vitest global setup hands to tests (db/test/sample-workspace.setup.ts provides,
// tests call `inject`). Renderer tests get the core's view of the sample workspace this way,
// as plain data, without importing SQLite or Node themselves.
import type { ConcentrationOverview, ProvenanceResult } from './db/model/analysis';
import type { Facility, Flow, Material, Source, SourceLink } from './db/model/schemas';

export interface SampleWorkspaceData {
  facilities: Facility[];
  flows: Flow[];
  materials: Material[];
  sources: Source[];
  links: SourceLink[];
  /** analysis.concentrationAll. */
  concentration: ConcentrationOverview;
  /** analysis.provenance of the F-35 final assembly, three routes. */
  f35Provenance: ProvenanceResult;
}

declare module 'vitest' {
  export interface ProvidedContext {
    sampleWorkspace: SampleWorkspaceData;
  }
}
