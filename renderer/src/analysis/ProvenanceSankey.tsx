// The routes that carry a target's material, as a Sankey: columns are stages, nodes are
// countries (the diagram's colours), band widths are tonnes per year.
import { useMemo } from 'react';
import { EChart } from './charts/EChart';
import { TOOLTIP_BASE, tooltipNode } from './charts/tooltip';
import { tonnes } from './logic/format';
import type { SankeyModel } from './logic/sankey';

/** Margins of the node area, px: room for a centred header over the first column, and the target's label. */
const SANKEY_LEFT = 44;
const SANKEY_RIGHT = 170;
const NODE_WIDTH = 12;

export function ProvenanceSankey({ model, label }: { model: SankeyModel; label: string }) {
  const option = useMemo(() => {
    const byId = new Map(model.nodes.map((n) => [n.id, n]));
    return {
      tooltip: {
        ...TOOLTIP_BASE,
        trigger: 'item',
        formatter: (p: { dataType: string; data: { name?: string; source?: string; target?: string; value?: number } }) => {
          if (p.dataType === 'edge') {
            const from = byId.get(p.data.source ?? '')?.title ?? '';
            const to = byId.get(p.data.target ?? '')?.title ?? '';
            return tooltipNode(`${from} → ${to}`, [{ text: 'Carries', value: `${tonnes(p.data.value ?? 0)}/yr` }]);
          }
          const node = byId.get(p.data.name ?? '');
          return tooltipNode(node?.title ?? '', [{ text: 'Through this node', value: `${tonnes(p.data.value ?? 0)}/yr` }]);
        },
      },
      series: [
        {
          type: 'sankey',
          left: SANKEY_LEFT,
          right: SANKEY_RIGHT,
          top: 22,
          bottom: 6,
          nodeWidth: NODE_WIDTH,
          nodeGap: 7,
          nodeAlign: 'left',
          layoutIterations: 32,
          draggable: false,
          emphasis: { focus: 'adjacency' },
          data: model.nodes.map((n) => ({ name: n.id, depth: n.depth, itemStyle: { color: n.color, borderColor: n.color } })),
          links: model.links.map((l) => ({ source: l.source, target: l.target, value: Math.round(l.tonnes * 100) / 100 })),
          lineStyle: { color: 'gradient', opacity: 0.35, curveness: 0.5 },
          label: { fontSize: 11, color: '#17202c', width: SANKEY_RIGHT - 12, overflow: 'truncate', formatter: (p: { name: string }) => byId.get(p.name)?.label ?? '' },
        },
      ],
    };
  }, [model]);
  const last = Math.max(1, model.columns.length - 1);
  // ECharts spreads the columns evenly between the margins; each header is centred over its column.
  const spacing = `((100% - ${SANKEY_LEFT + SANKEY_RIGHT + NODE_WIDTH}px) / ${last})`;
  return (
    <div className="sankey-wrap">
      <ol className="sankey-columns" aria-hidden="true">
        {model.columns.map((text, i) => (
          <li key={text} style={{ width: `calc(${spacing} - 4px)`, left: `calc(${SANKEY_LEFT + NODE_WIDTH / 2}px + ${spacing} * ${i} - ${spacing} / 2 + 2px)` }}>
            {text}
          </li>
        ))}
      </ol>
      <EChart option={option} label={label} className="chart-sankey" testId="provenance-sankey" />
    </div>
  );
}
