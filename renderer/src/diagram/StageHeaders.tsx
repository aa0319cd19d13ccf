// Stage names above the chain layout's columns, pinned to the top of the canvas and
// following horizontal pan and zoom; side stages (stockpile, trader, recycler) on a second
// line. Which name each column shows is model/stageHeaders.ts's rule, on widths measured in
// the headers' own font. Moved through `setViewport` (no React render per step).
import { forwardRef, useImperativeHandle, useLayoutEffect, useMemo, useRef } from 'react';
import type { ChainColumn } from './model/chainLayout';
import { chainHeaders, needsSecondLine, placeHeaders } from './model/stageHeaders';
import type { MapLayerHandle } from './MapLayer';

/** Baseline of the first line, and the distance to the second (px; the font is 11px). */
const FIRST_BASELINE = 16;
const LINE_STEP = 14;

interface Props {
  columns: readonly ChainColumn[];
  initial: { zoom: number; pan: { x: number; y: number } };
}

/** Drawn widths of texts in the font of `sample` (uppercase and letter spacing included), cached. */
function textMeasurer(sample: SVGTextElement): (text: string) => number {
  const style = getComputedStyle(sample);
  const context = document.createElement('canvas').getContext('2d');
  if (context) context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const spacing = Number.parseFloat(style.letterSpacing) || 0;
  const upper = style.textTransform === 'uppercase';
  const widths = new Map<string, number>();
  return (text) => {
    let width = widths.get(text);
    if (width === undefined) {
      const shown = upper ? text.toUpperCase() : text;
      // Without a canvas, a generous guess: 0.7 em per character.
      width = (context ? context.measureText(shown).width : shown.length * Number.parseFloat(style.fontSize) * 0.7) + spacing * shown.length;
      widths.set(text, width);
    }
    return width;
  };
}

export const StageHeaders = forwardRef<MapLayerHandle, Props>(function StageHeaders({ columns, initial }, ref) {
  const svgRef = useRef<SVGSVGElement | null>(null);
  const measureRef = useRef<((text: string) => number) | null>(null);
  const last = useRef(initial);
  const headers = useMemo(() => chainHeaders(columns), [columns]);
  const lines = needsSecondLine(headers) ? 2 : 1;

  const place = (v: { zoom: number; pan: { x: number; y: number } }) => {
    last.current = v;
    const svg = svgRef.current;
    if (!svg) return;
    const texts = Array.from(svg.querySelectorAll('text'));
    if (!texts[0]) return;
    measureRef.current ??= textMeasurer(texts[0]);
    const placed = placeHeaders(headers, (x) => x * v.zoom + v.pan.x, measureRef.current);
    texts.forEach((t, i) => {
      const spot = placed[i];
      if (!spot) {
        t.setAttribute('visibility', 'hidden');
        return;
      }
      t.setAttribute('visibility', 'visible');
      t.setAttribute('x', String(spot.x));
      t.setAttribute('y', String(FIRST_BASELINE + spot.line * LINE_STEP));
      if (t.textContent !== spot.text) t.textContent = spot.text;
    });
  };
  useImperativeHandle(ref, () => ({ setViewport: place }));
  useLayoutEffect(() => place(last.current));
  return (
    <svg
      ref={svgRef}
      className="diagram-stage-headers"
      style={{ height: FIRST_BASELINE + 8 + (lines - 1) * LINE_STEP }}
      aria-hidden="true"
      data-testid="diagram-stage-headers"
    >
      {/* One text per column; place() gives each a placed header (or hides the spare ones). */}
      {headers.map((h, i) => (
        <text key={i} y={FIRST_BASELINE} textAnchor="middle">
          {h.text}
        </text>
      ))}
    </svg>
  );
});
