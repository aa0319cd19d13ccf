// Stage order and labels for the analysis charts: the main chain (mine to component) in
// the dependence chart and tables; every stage, side nodes placed where they feed in, for
// the Sankey's columns.
import { STAGE_LABELS, type Stage } from '../../../../db/model/enums';

export const stageName = (stage: Stage): string => STAGE_LABELS[stage] ?? stage;

/** The stages of the chain, in order (the concentration table's rows). */
export const CHAIN_STAGES: readonly Stage[] = ['mine', 'concentrator', 'separation', 'metal', 'alloy', 'magnet', 'component'];

/** Mine to magnet: where the material is made (the dependence chart and the "whole chain" comparison). */
export const MATERIAL_STAGES: readonly Stage[] = ['mine', 'concentrator', 'separation', 'metal', 'alloy', 'magnet'];

/** Stage names that may break across lines in narrow column headers (soft hyphen). */
export const stageHeader = (stage: Stage): string => (stage === 'concentrator' ? 'Concen\u00adtrator' : stageName(stage));

/** Column of each stage in a left-to-right flow picture (traders before separation, stockpiles before metal). */
export const FLOW_RANK: Readonly<Record<Stage, number>> = {
  mine: 0, concentrator: 1, trader: 2, separation: 3, stockpile: 4, metal: 5, alloy: 6, magnet: 7, component: 8, oem: 9, recycler: 10, other: 11,
};

