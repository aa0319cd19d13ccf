// What the import will write: one plan per valid row, and the count of each kind's rows as
// created, updated or unchanged.
import type { ImportReport } from '../../api';
import type { Facility, FacilityFields, Flow, FlowFields, Material, MaterialFields, SourceLink } from '../../model/schemas';
import { sameContent } from '../../store/changes';
import type { Workspace } from '../../workspace';
import type { CsvKind } from '../format';

/** One valid row: the record it creates (existing undefined) or updates, and the sources it newly cites. */
export interface Plan<R, F> {
  line: number;
  id: string;
  existing: R | undefined;
  fields: F;
  sources: string[];
}

export interface Plans {
  materials: Plan<Material, MaterialFields>[];
  facilities: Plan<Facility, FacilityFields>[];
  flows: Plan<Flow, FlowFields>[];
}

export const RECORD_TYPE: Readonly<Record<CsvKind, SourceLink['record_type']>> = { materials: 'material', facilities: 'facility', flows: 'flow' };

export class Tally {
  private existingLinks: Set<string> | undefined;
  private readonly plannedLinks = new Set<string>();

  constructor(
    private readonly ws: Workspace,
    private readonly report: ImportReport,
  ) {}

  /**
   * Counts the plans of a kind as created, updated or unchanged (a new citation counts as an
   * update), keeping in each plan only the citations that are new.
   */
  count(kind: CsvKind, plans: readonly Plan<{ id: string }, object>[]): void {
    for (const plan of plans) {
      let newLink = false;
      if (plan.sources.length) {
        const links = this.loadLinks();
        plan.sources = plan.sources.filter((sourceId) => {
          const key = `${sourceId}\u0000${RECORD_TYPE[kind]}\u0000${plan.id}`;
          if (links.has(key) || this.plannedLinks.has(key)) return false;
          this.plannedLinks.add(key);
          return true;
        });
        newLink = plan.sources.length > 0;
      }
      if (!plan.existing) this.report.created[kind]++;
      else if (newLink || !sameContent(kind, plan.existing as never, { ...plan.existing, ...plan.fields } as never)) this.report.updated[kind]++;
      else this.report.unchanged[kind]++;
    }
  }

  private loadLinks(): Set<string> {
    if (!this.existingLinks) {
      this.existingLinks = new Set();
      const rows = this.ws.db.prepare('SELECT source_id, record_type, record_id FROM source_links').raw(true).all() as string[][];
      for (const [s, t, r] of rows) this.existingLinks.add(`${s}\u0000${t}\u0000${r}`);
    }
    return this.existingLinks;
  }
}
