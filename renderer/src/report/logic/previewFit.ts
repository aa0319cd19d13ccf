// How much the on-screen preview shrinks an A4 sheet so that it fits the width it is given,
// as print previews do, instead of cutting off its right side behind a horizontal scroll.

/** 210 mm at CSS's 96 px per inch. */
export const A4_WIDTH_PX = (210 / 25.4) * 96;

/** Below this the text is too small to read: the preview scrolls sideways instead. */
export const MIN_PREVIEW_SCALE = 0.6;

/** The scale of the sheet for `available` CSS pixels of width: at most 1 (never enlarged). */
export function previewScale(available: number, pageWidth = A4_WIDTH_PX): number {
  if (!(available > 0)) return 1; // not laid out yet
  return Math.min(1, Math.max(MIN_PREVIEW_SCALE, Math.floor((available / pageWidth) * 1000) / 1000));
}
