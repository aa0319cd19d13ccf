// Stage names above the chain layout's columns, pinned to the top of the canvas and
// following horizontal pan and zoom. Moved through `setViewport` (no React render per step).
import { forwardRef, useImperativeHandle, useLayoutEffect, useRef } from 'react';
import { STAGE_LABELS, type Stage } from '../../../db/model/enums';
import type { ChainColumn } from './model/chainLayout';
import type { MapLayerHandle } from './MapLayer';

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
    svg.setAttribute('visibility', gap < 110 ? 'hidden' : 'visible');
    const texts = svg.querySelectorAll('text');
    texts?.forEach((t, i) => {
      const c = columns[i];
      if (!c) return;
      t.setAttribute('x', String(((c.x + c.xEnd) / 2) * v.zoom + v.pan.x));
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
