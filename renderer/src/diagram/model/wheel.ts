// How much one wheel event zooms. Cytoscape's own wheel zoom moves about 1-3% per mouse
// notch (it rescales what it takes for "inaccurate" wheels), so a person scrolls for ages;
// this is d3-zoom's rule instead: a notch (100 px) about 13%, a pinch on a touchpad
// (a wheel event with ctrlKey) ten times faster per pixel, lines and pages scaled to pixels.
export interface WheelLike {
  deltaY: number;
  /** 0 pixels, 1 lines, 2 pages (WheelEvent.deltaMode). */
  deltaMode: number;
  ctrlKey: boolean;
}

export function wheelZoomFactor(event: WheelLike): number {
  const perUnit = event.deltaMode === 1 ? 0.05 : event.deltaMode === 2 ? 1 : 0.002;
  const exponent = -event.deltaY * perUnit * (event.ctrlKey ? 10 : 1);
  // One event never more than doubles or halves the zoom (a stuck or huge delta).
  return Math.pow(2, Math.max(-1, Math.min(1, exponent)));
}
