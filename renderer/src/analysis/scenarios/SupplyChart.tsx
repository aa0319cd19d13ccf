// Supply ratio by month, one line per target facility, with the 0.5 shortfall line marked;
// when another scenario is compared, its line for the same facility dashed in the same colour.
import { useMemo } from 'react';
import { SHORTFALL_RATIO } from '../../../../db/model/analysis';
import { EChart } from '../charts/EChart';
import { lineColor } from '../charts/palette';
import { TOOLTIP_BASE, tooltipNode } from '../charts/tooltip';
import { percent } from '../logic/format';
import type { SupplyLine } from '../logic/scenarioResults';

interface Props {
  lines: readonly SupplyLine[];
  months: number;
  label: string;
  /** The compared scenario's line for each of `lines` (null where it lacks the facility). */
  compared?: { lines: readonly (SupplyLine | null)[] };
}

const COMPARED = ' (compared)';

export function SupplyChart({ lines, months, label, compared }: Props) {
  const option = useMemo(
    () => ({
      grid: { left: 8, right: 20, top: 56, bottom: 26, containLabel: true },
      legend: {
        top: 0,
        left: 0,
        type: 'scroll',
        itemWidth: 14,
        itemHeight: 8,
        textStyle: { fontSize: 11, color: '#3d4857' },
        formatter: (name: string) => shorten(name),
        // The compared lines share their facility's colour: the legend names each facility once.
        data: lines.map((line) => line.name),
      },
      tooltip: {
        ...TOOLTIP_BASE,
        trigger: 'axis',
        formatter: (params: { dataIndex: number; seriesIndex: number; color: string; value: number }[]) => {
          const month = (params[0]?.dataIndex ?? 0) + 1;
          const nameOf = (series: number) =>
            series < lines.length ? (lines[series]?.name ?? '') : `${compared?.lines[series - lines.length]?.name ?? ''}${COMPARED}`;
          const rows = [...params]
            .sort((a, b) => a.value - b.value)
            .map((p) => ({ color: p.color, text: nameOf(p.seriesIndex), value: percent(p.value, 0) }));
          return tooltipNode(`Month ${month}: supply received / planned`, rows);
        },
      },
      xAxis: {
        type: 'category',
        name: 'Month',
        nameLocation: 'middle',
        nameGap: 24,
        boundaryGap: false,
        data: Array.from({ length: months }, (_, i) => String(i + 1)),
        axisLabel: { color: '#5a6574' },
      },
      yAxis: { type: 'value', min: 0, max: 1, interval: 0.25, axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%`, color: '#5a6574' }, splitLine: { lineStyle: { color: '#eef1f5' } } },
      series: [
        ...lines.map((line, i) => ({
          type: 'line',
          color: lineColor(i),
          name: line.name,
          data: line.ratios.map((r) => Math.round(r * 1000) / 1000),
          symbol: 'circle',
          symbolSize: 5,
          lineStyle: { width: 2 },
          emphasis: { focus: 'series' },
          // The shortfall threshold, drawn once.
          ...(i === 0
            ? {
                markLine: {
                  silent: true,
                  symbol: 'none',
                  lineStyle: { color: '#b42318', type: 'dashed', width: 1.5 },
                  label: { formatter: `Shortfall below ${percent(SHORTFALL_RATIO, 0)}`, position: 'insideEndTop', color: '#b42318', fontSize: 11 },
                  data: [{ yAxis: SHORTFALL_RATIO }],
                },
              }
            : {}),
        })),
        // One series per line even where the compared run lacks the facility, so indexes match.
        ...(compared?.lines ?? []).map((line, i) => ({
          type: 'line',
          color: lineColor(i),
          name: `${lines[i]?.name ?? ''}${COMPARED}`,
          data: line ? line.ratios.map((r) => Math.round(r * 1000) / 1000) : [],
          symbol: 'none',
          lineStyle: { width: 1.5, type: 'dashed' },
          emphasis: { focus: 'series' },
        })),
      ],
    }),
    [lines, months, compared],
  );
  return <EChart option={option} label={label} className="chart-supply" testId="supply-chart" />;
}

function shorten(name: string): string {
  return name.length > 34 ? `${name.slice(0, 32)}…` : name;
}
