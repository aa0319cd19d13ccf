// The report's concentration table: every chain stage with its capacity and throughput
// figures side by side (the Analysis page shows one basis at a time; paper shows both).
import type { ConcentrationOverview } from '../../../../db/model/analysis';
import type { Stage } from '../../../../db/model/enums';
import { concentrationRows, type ConcentrationRow } from '../../analysis/logic/concentration';
import { CHAIN_STAGES, stageName } from '../../analysis/logic/stages';

export interface ReportConcentrationRow {
  stage: Stage;
  label: string;
  /** Null when no facility of the stage has a value on that basis. */
  capacity: ConcentrationRow | null;
  throughput: ConcentrationRow | null;
}

export function reportConcentrationRows(overview: ConcentrationOverview, topCount = 3): ReportConcentrationRow[] {
  const capacity = new Map(concentrationRows(overview, 'capacity', topCount).map((r) => [r.stage, r]));
  const throughput = new Map(concentrationRows(overview, 'throughput', topCount).map((r) => [r.stage, r]));
  return CHAIN_STAGES.filter((stage) => capacity.has(stage) || throughput.has(stage)).map((stage) => ({
    stage,
    label: stageName(stage),
    capacity: capacity.get(stage) ?? null,
    throughput: throughput.get(stage) ?? null,
  }));
}
