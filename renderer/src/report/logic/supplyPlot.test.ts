import { describe, expect, it } from 'vitest';
import { linePoints, monthTicks, monthX, PLOT, ratioY } from './supplyPlot';

describe('supply plot geometry', () => {
  it('puts month 1 at the left edge of the plot and the last month at its right edge', () => {
    expect(monthX(1, 12)).toBe(PLOT.left);
    expect(monthX(12, 12)).toBe(PLOT.width - PLOT.right);
    expect(monthX(1, 1)).toBeCloseTo((PLOT.left + PLOT.width - PLOT.right) / 2, 9);
  });

  it('puts 100% at the top, 0% at the bottom, half in between; clamps what is outside', () => {
    expect(ratioY(1)).toBe(PLOT.top);
    expect(ratioY(0)).toBe(PLOT.height - PLOT.bottom);
    expect(ratioY(0.5)).toBeCloseTo((PLOT.top + PLOT.height - PLOT.bottom) / 2, 9);
    expect(ratioY(1.4)).toBe(PLOT.top);
    expect(ratioY(-0.2)).toBe(ratioY(0));
    expect(ratioY(Number.NaN)).toBe(ratioY(0));
  });

  it('lists a line as x,y pairs, month by month', () => {
    const points = linePoints([1, 0.5, 0]).split(' ').map((p) => p.split(',').map(Number));
    expect(points).toHaveLength(3);
    expect(points.map(([x]) => x)).toEqual([monthX(1, 3), monthX(2, 3), monthX(3, 3)]);
    expect(points.map(([, y]) => y)).toEqual([ratioY(1), ratioY(0.5), ratioY(0)]);
  });

  it('labels every month up to 12, then fewer, always the first and the last', () => {
    expect(monthTicks(1)).toEqual([1]);
    expect(monthTicks(12)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(monthTicks(13)).toEqual([1, 3, 5, 7, 9, 11, 13]);
    expect(monthTicks(24)).toEqual([1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 24]);
    expect(monthTicks(36)).toEqual([1, 4, 7, 10, 13, 16, 19, 22, 25, 28, 31, 34, 36]);
    expect(monthTicks(120)).toEqual([1, 13, 25, 37, 49, 61, 73, 85, 97, 109, 120]);
    expect(monthTicks(0)).toEqual([]);
  });
});
