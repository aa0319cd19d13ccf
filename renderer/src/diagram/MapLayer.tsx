// The world map under the diagram's map layout: country outlines (shipped with the app,
// nothing fetched) in an SVG layer that follows cytoscape's pan and zoom. The parent moves
// it through `setViewport` on every viewport event, without a React render.
import { forwardRef, memo, useImperativeHandle, useMemo, useRef } from 'react';
import { UNPLACED_STRIP, WORLD_HEIGHT, WORLD_WIDTH, worldOutlinePaths } from './model/projection';

export interface MapLayerHandle {
  setViewport(viewport: { zoom: number; pan: { x: number; y: number } }): void;
}

const Outlines = memo(function Outlines() {
  const paths = useMemo(() => worldOutlinePaths(), []);
  return (
    <>
      <rect className="diagram-map-sea" x={0} y={0} width={WORLD_WIDTH} height={WORLD_HEIGHT} rx={40} />
      {paths.map((d, i) => (
        <path key={i} d={d} />
      ))}
      <text className="diagram-map-note" x={UNPLACED_STRIP.x} y={UNPLACED_STRIP.labelY}>
        {UNPLACED_STRIP.label}
      </text>
    </>
  );
});

export const MapLayer = forwardRef<MapLayerHandle, { initial: { zoom: number; pan: { x: number; y: number } } }>(function MapLayer({ initial }, ref) {
  const groupRef = useRef<SVGGElement | null>(null);
  const transformOf = (v: { zoom: number; pan: { x: number; y: number } }) => `translate(${v.pan.x} ${v.pan.y}) scale(${v.zoom})`;
  useImperativeHandle(ref, () => ({
    setViewport(v) {
      groupRef.current?.setAttribute('transform', transformOf(v));
    },
  }));
  return (
    <svg className="diagram-map" aria-hidden="true" data-testid="diagram-map">
      <g ref={groupRef} transform={transformOf(initial)}>
        <Outlines />
      </g>
    </svg>
  );
});
