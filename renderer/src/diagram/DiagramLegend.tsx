// The legend beside the diagram: country colours, stage shapes, and how status, capacity,
// volume and data-check warnings are drawn (their haloes turned on and off here). Swatches
// are small SVGs (fill attributes, no inline styles).
import { useState } from 'react';
import type { Facility, Flow, Material } from '../../../db/model/schemas';
import { FLAG_COLOR, FLAG_OPACITY, legendEntries, materialColor, type NodeShape } from './model/style';

const SHAPE_PATHS: Partial<Record<NodeShape, string>> = {
  triangle: 'M7 1 L13 13 L1 13 Z',
  diamond: 'M7 1 L13 7 L7 13 L1 7 Z',
  hexagon: 'M4 1.5 L10 1.5 L13 7 L10 12.5 L4 12.5 L1 7 Z',
  rectangle: 'M2 2 H12 V12 H2 Z',
  pentagon: 'M7 1 L13 5.5 L10.7 13 L3.3 13 L1 5.5 Z',
  star: 'M7 1 L8.8 5.2 L13 5.5 L9.8 8.4 L10.8 13 L7 10.6 L3.2 13 L4.2 8.4 L1 5.5 L5.2 5.2 Z',
  'round-rectangle': 'M4 2 H10 Q12 2 12 4 V10 Q12 12 10 12 H4 Q2 12 2 10 V4 Q2 2 4 2 Z',
  vee: 'M1 2 L7 6 L13 2 L7 13 Z',
  barrel: 'M3 1.5 H11 Q13.5 7 11 12.5 H3 Q0.5 7 3 1.5 Z',
  tag: 'M1 2 H9 L13 7 L9 12 H1 Z',
  octagon: 'M4.5 1 H9.5 L13 4.5 V9.5 L9.5 13 H4.5 L1 9.5 V4.5 Z',
};

function Shape({ shape, fill, stroke }: { shape: NodeShape; fill: string; stroke?: string }) {
  const d = SHAPE_PATHS[shape];
  return (
    <svg className="legend-swatch" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
      {d ? <path d={d} fill={fill} stroke={stroke ?? 'none'} /> : <circle cx="7" cy="7" r="6" fill={fill} stroke={stroke ?? 'none'} />}
    </svg>
  );
}

interface Props {
  facilities: readonly Facility[];
  flows: readonly Flow[];
  materials: readonly Material[];
  /** The haloes of the data checks' open warnings: on or off, and how many are shown (null: not known yet, or off). */
  warnings: { shown: boolean; onToggle(): void; count: number | null; busy: boolean };
}

export function DiagramLegend({ facilities, flows, materials, warnings }: Props) {
  const [open, setOpen] = useState(true);
  const { countries, stages } = legendEntries(facilities);
  const used = new Set(flows.map((f) => f.material_id));
  const shownMaterials = materials.filter((m) => used.has(m.id)).slice(0, 10);
  return (
    <aside className={`diagram-legend${open ? '' : ' is-closed'}`} aria-label="Legend">
      <button type="button" className="legend-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        Legend
      </button>
      {open ? (
        <div className="legend-body">
          <p className="legend-heading">Data checks</p>
          <ul className="legend-list">
            <li data-testid="legend-warnings">
              <label className="legend-check" title="Halo the facilities and flows with an open data-check warning. The Analysis page's Checks tab lists them; select one to read its warning in the inspector">
                <input type="checkbox" checked={warnings.shown} onChange={warnings.onToggle} />
                <svg className="legend-swatch" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
                  <circle cx="7" cy="7" r="7" fill={FLAG_COLOR} fillOpacity={FLAG_OPACITY} />
                  <circle cx="7" cy="7" r="3.5" fill="#6b7785" />
                </svg>
                Open warning
                {warnings.count !== null ? (
                  <span className="legend-count" aria-busy={warnings.busy || undefined}>
                    {warnings.count.toLocaleString('en-US')}
                  </span>
                ) : null}
              </label>
            </li>
          </ul>
          <p className="legend-heading">Country (colour)</p>
          <ul className="legend-list">
            {countries.slice(0, 12).map((c) => (
              <li key={c.code}>
                <Shape shape="ellipse" fill={c.color} /> {c.name} <span className="legend-count">{c.count}</span>
              </li>
            ))}
            {countries.length > 12 ? <li className="legend-more">and {countries.length - 12} more</li> : null}
          </ul>
          <p className="legend-heading">Stage (shape)</p>
          <ul className="legend-list">
            {stages.map((s) => (
              <li key={s.stage}>
                <Shape shape={s.shape} fill="#6b7785" /> {s.label}
              </li>
            ))}
          </ul>
          {shownMaterials.length ? (
            <>
              <p className="legend-heading">Material (flow colour)</p>
              <ul className="legend-list">
                {shownMaterials.map((m) => (
                  <li key={m.id}>
                    <svg className="legend-swatch" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
                      <path d="M1 7 H13" stroke={materialColor(m.id, materials)} strokeWidth="3" />
                    </svg>{' '}
                    {m.name}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <p className="legend-heading">Drawing</p>
          <ul className="legend-list">
            <li>
              <Shape shape="ellipse" fill="#c9d1da" stroke="#6b7785" /> Dashed, pale: planned, idle, closed
            </li>
            <li>Node size: capacity · line width: volume</li>
          </ul>
        </div>
      ) : null}
    </aside>
  );
}
