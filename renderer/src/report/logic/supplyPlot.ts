// Geometry of the report's supply chart (sections/SupplyPlot.tsx): supply ratio (0 to 100%)
// against month, in SVG units of about a millimetre at the printed width, so its text keeps
// its size on paper.

export const PLOT = { width: 180, height: 62, left: 11, right: 3, top: 3, bottom: 8 } as const;

const innerWidth = PLOT.width - PLOT.left - PLOT.right;
const innerHeight = PLOT.height - PLOT.top - PLOT.bottom;

/** x of a month (1..months); a run of one month sits in the middle. */
export function monthX(month: number, months: number): number {
  if (months <= 1) return PLOT.left + innerWidth / 2;
  return PLOT.left + ((month - 1) / (months - 1)) * innerWidth;
}

/** y of a supply ratio, clamped to 0..1 (the chart shows shortage, not surplus). */
export function ratioY(ratio: number): number {
  const clamped = Number.isFinite(ratio) ? Math.max(0, Math.min(1, ratio)) : 0;
  return PLOT.top + (1 - clamped) * innerHeight;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** A line's points, month 1 first, as an SVG points list. */
export function linePoints(ratios: readonly number[]): string {
  return ratios.map((ratio, i) => `${round(monthX(i + 1, ratios.length))},${round(ratioY(ratio))}`).join(' ');
}

/** The months labelled on the axis: all up to 12, else every 2nd, 3rd, 6th or 12th, from month 1, and the last. */
export function monthTicks(months: number): number[] {
  if (months < 1) return [];
  const step = [1, 2, 3, 6, 12, 24].find((s) => Math.ceil(months / s) <= 12) ?? Math.ceil(months / 12);
  const ticks: number[] = [];
  for (let m = 1; m <= months; m += step) ticks.push(m);
  if (ticks[ticks.length - 1] !== months) {
    // The last month is labelled; a tick too close before it gives way.
    if (months - ticks[ticks.length - 1]! <= step / 2) ticks.pop();
    ticks.push(months);
  }
  return ticks;
}
