import { describe, expect, it } from 'vitest';
import { A4_WIDTH_PX, MIN_PREVIEW_SCALE, previewScale } from './previewFit';

describe('previewScale', () => {
  it('keeps the sheet at its size when there is room, never enlarging it', () => {
    expect(previewScale(A4_WIDTH_PX)).toBe(1);
    expect(previewScale(2000)).toBe(1);
  });

  it('shrinks it to the width available, rounded down so it never overflows by a fraction', () => {
    const scale = previewScale(676);
    expect(scale).toBeCloseTo(676 / A4_WIDTH_PX, 2);
    expect(scale * A4_WIDTH_PX).toBeLessThanOrEqual(676);
  });

  it('stops shrinking where the text would be too small to read', () => {
    expect(previewScale(200)).toBe(MIN_PREVIEW_SCALE);
  });

  it('leaves the sheet alone before the preview is laid out', () => {
    expect(previewScale(0)).toBe(1);
    expect(previewScale(Number.NaN)).toBe(1);
  });
});
