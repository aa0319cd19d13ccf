// Stage names above the chain layout's columns, pinned to the top of the canvas and
// following horizontal pan and zoom. Moved through `setViewport` (no React render per step).
import { forwardRef, useImperativeHandle, useLayoutEffect, useRef } from 'react';
import { STAGE_LABELS, type Stage } from '../../../db/model/enums';
import type { ChainColumn } from './model/chainLayout';
import type { MapLayerHandle } from './MapLayer';

/** Names that fit a narrow column, for the whole chain fitted into a window. */
export const SHORT_LABELS: Readonly<Record<Stage, string>> = {
  mine: 'Mine',
  concentrator: 'Conc.',
  separation: 'Sep.',
  metal: 'Metal',
  alloy: 'Alloy',
  magnet: 'Magnet',
  component: 'Comp.',
  oem: 'OEM',
  recycler: 'Recycl.',
  stockpile: 'Stock',
  trader: 'Trade',
  other: 'Other',
};
/** Column spacing on screen (px) below which the short names are used, and below which none. */
const FULL_NAMES_FROM = 110;
const SHORT_NAMES_FROM = 48;

interface Props {
  columns: readonly ChainColumn[];
  initial: { zoom: number; pan: { x: number; y: number } };
}

export const StageHeaders = forwardRef<MapLayerHandle, Props>(function StageHeaders({ columns, initial }, ref) {
  const svgRef = useRef<SVGSVGElement | null>(null);
  const last = useRef(initial);
  const place = (v: { zoom: number; pan: { x: number; y: number } }) => {
    last.current = v;
    const svg = svgRef.current;
    if (!svg) return;
    // Too close to read side by side: hide them rather than print them over each other.
    const centres = columns.map((c) => (c.x + c.xEnd) / 2).sort((a, b) => a - b);
    let gap = Infinity;
    for (let i = 1; i < centres.length; i++) gap = Math.min(gap, (centres[i]! - centres[i - 1]!) * v.zoom);
    svg.setAttribute('visibility', gap < SHORT_NAMES_FROM ? 'hidden' : 'visible');
    const short = gap < FULL_NAMES_FROM;
    const texts = svg.querySelectorAll('text');
    texts?.forEach((t, i) => {
      const c = columns[i];
      if (!c) return;
      t.setAttribute('x', String(((c.x + c.xEnd) / 2) * v.zoom + v.pan.x));
      const name = c.stages.map((stage) => (short ? SHORT_LABELS[stage as Stage] : STAGE_LABELS[stage as Stage]) ?? stage).join(short ? '/' : ' · ');
      if (t.textContent !== name) t.textContent = name;
    });
  };
  useImperativeHandle(ref, () => ({ setViewport: place }));
  useLayoutEffect(() => place(last.current));
  return (
    <svg ref={svgRef} className="diagram-stage-headers" aria-hidden="true" data-testid="diagram-stage-headers">
      {columns.map((c) => (
        <text key={c.slot} y={16} textAnchor="middle">
          {c.stages.map((s) => STAGE_LABELS[s as Stage] ?? s).join(' · ')}
        </text>
      ))}
    </svg>
  );
});
