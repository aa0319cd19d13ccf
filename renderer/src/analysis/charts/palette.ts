// Colours for charts whose lines are facilities, not countries (countries have their own
// colours): Okabe-Ito, then Tol, so neighbouring lines stay apart, also for colour-blind readers.
export const LINE_COLORS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#332288', '#882255', '#117733', '#999933', '#44AA99', '#AA4499'];

export const lineColor = (index: number): string => LINE_COLORS[index % LINE_COLORS.length]!;
