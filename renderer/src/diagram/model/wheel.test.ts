import { describe, expect, it } from 'vitest';
import { wheelZoomFactor } from './wheel';

describe('wheelZoomFactor', () => {
  it('zooms about 13% per mouse notch, in for up and out for down', () => {
    expect(wheelZoomFactor({ deltaY: -100, deltaMode: 0, ctrlKey: false })).toBeCloseTo(2 ** 0.2, 10);
    expect(wheelZoomFactor({ deltaY: 100, deltaMode: 0, ctrlKey: false })).toBeCloseTo(2 ** -0.2, 10);
  });
  it('scales lines and pages, and pinches (ctrlKey) faster per pixel', () => {
    expect(wheelZoomFactor({ deltaY: -3, deltaMode: 1, ctrlKey: false })).toBeCloseTo(2 ** 0.15, 10);
    expect(wheelZoomFactor({ deltaY: -5, deltaMode: 0, ctrlKey: true })).toBeCloseTo(2 ** 0.1, 10);
  });
  it('never more than doubles or halves in one event', () => {
    expect(wheelZoomFactor({ deltaY: -100_000, deltaMode: 0, ctrlKey: false })).toBe(2);
    expect(wheelZoomFactor({ deltaY: 5, deltaMode: 2, ctrlKey: false })).toBe(0.5);
    expect(wheelZoomFactor({ deltaY: 0, deltaMode: 0, ctrlKey: false })).toBe(1);
  });
});
