// The analyses the report prints, asked of the host: the data checks, concentration at every
// stage, chokepoints for all OEMs, and the provenance of each OEM. Re-asked when the workspace's
// records change; each part settles on its own (a failed one is printed as its message).
import { useEffect, useState } from 'react';
import type { ChokepointsResult, ConcentrationOverview, ProvenanceResult } from '../../../db/model/analysis';
import type { DataChecksResult } from '../../../db/model/checks';
import type { Facility } from '../../../db/model/schemas';
import type { WorkspaceStore } from '../state/workspace';

export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

export interface OemProvenance {
  oem: Facility;
  outcome: Outcome<ProvenanceResult>;
}

export interface ReportAnalyses {
  checks: Outcome<DataChecksResult>;
  concentration: Outcome<ConcentrationOverview>;
  chokepoints: Outcome<ChokepointsResult> | null;
  provenance: OemProvenance[];
}

/** Routes listed per OEM. */
const ROUTES_PER_OEM = 3;
/** Provenance requests in flight at once (a workspace may have hundreds of OEMs). */
const PARALLEL = 4;

/** A request's value, or its failure as a message to print in its place. */
export async function outcome<T>(promise: Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await promise };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

async function provenanceOfEach(store: WorkspaceStore, oems: readonly Facility[], includePlanned: boolean): Promise<OemProvenance[]> {
  const out: OemProvenance[] = new Array(oems.length);
  let next = 0;
  const worker = async () => {
    while (next < oems.length) {
      const i = next++;
      const oem = oems[i]!;
      out[i] = { oem, outcome: await outcome(store.read('analysis.provenance', { facility: oem.id, max_routes: ROUTES_PER_OEM, include_planned: includePlanned })) };
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, oems.length) }, worker));
  return out;
}

/** null until every part has settled for the current records and options. */
export function useReportAnalyses(store: WorkspaceStore, version: number, oems: readonly Facility[], includePlanned: boolean): ReportAnalyses | null {
  const [state, setState] = useState<{ key: string; value: ReportAnalyses } | null>(null);
  const key = `${version}:${includePlanned}`;

  useEffect(() => {
    let live = true;
    const include_planned = includePlanned;
    void Promise.all([
      outcome(store.read('analysis.checks', { include_planned })),
      outcome(store.read('analysis.concentrationAll', { include_planned })),
      // No OEM, no chokepoints to look for (the host would refuse an empty target set).
      oems.length ? outcome(store.read('analysis.chokepoints', { include_planned, limit: 100 })) : Promise.resolve(null),
      provenanceOfEach(store, oems, includePlanned),
    ]).then(([checks, concentration, chokepoints, provenance]) => {
      if (live) setState({ key, value: { checks, concentration, chokepoints, provenance } });
    });
    return () => {
      live = false;
    };
    // `oems` follows the records, which `version` stands for.
  }, [store, key]);

  return state?.key === key ? state.value : null;
}
