// What the validators share: the workspace, the problems found, the report, the names they
// resolve against and the plans they make.
import type { ImportReport } from '../../api';
import type { Workspace } from '../../workspace';
import { FacilityNames } from './facility-names';
import { MaterialNames } from './material-names';
import { Tally, type Plans } from './plans';
import type { Problems } from './problems';
import { SourceTitles } from './source-titles';

export interface ImportContext {
  ws: Workspace;
  problems: Problems;
  report: ImportReport;
  materials: MaterialNames;
  /** Loaded only when facilities or flows are imported. */
  facilities: FacilityNames;
  sources: SourceTitles;
  plans: Plans;
  tally: Tally;
}

export function importContext(ws: Workspace, problems: Problems, report: ImportReport): ImportContext {
  return {
    ws,
    problems,
    report,
    materials: new MaterialNames(ws),
    facilities: new FacilityNames(),
    sources: new SourceTitles(ws),
    plans: { materials: [], facilities: [], flows: [] },
    tally: new Tally(ws, report),
  };
}
