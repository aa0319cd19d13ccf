// Stacked bars, one per stage: the share of the targets' inbound mass that passed through
// each country's facilities at that stage. Colours are the diagram's country colours; the
// share that did not pass through the stage tops the bar in a pale, dashed segment.
import { useMemo } from 'react';
import { EChart } from './charts/EChart';
import { TOOLTIP_BASE, tooltipNode } from './charts/tooltip';
import { percent } from './logic/format';
import { NOT_THROUGH, type DependenceModel } from './logic/dependence';

const NOT_THROUGH_STYLE = { color: '#f3f5f8', borderColor: '#aab3bf', borderWidth: 1, borderType: 'dashed' as const };
const percentLabel = (color: string) => ({
  show: true,
  color,
  fontSize: 11,
  fontWeight: 600,
  formatter: (p: { value: number }) => (p.value >= 9 ? `${Math.round(p.value)}%` : ''),
});
const asPercent = (shares: readonly number[]) => shares.map((x) => Math.round(x * 1000) / 10);

export function DependenceChart({ model, label }: { model: DependenceModel; label: string }) {
  const option = useMemo(
    () => ({
      grid: { left: 8, right: 12, top: 44, bottom: 4, containLabel: true },
      legend: { top: 0, left: 0, itemWidth: 12, itemHeight: 12, textStyle: { fontSize: 12, color: '#3d4857' } },
      tooltip: {
        ...TOOLTIP_BASE,
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: (params: { dataIndex: number }[]) => {
          const i = params[0]?.dataIndex ?? 0;
          const lines = model.series
            .filter((s) => s.shares[i]! > 0)
            .map((s) => ({ color: s.color, text: s.name, value: percent(s.shares[i]!) }));
          const rest = model.notThrough[i] ?? 0;
          if (rest > 0) lines.push({ color: NOT_THROUGH_STYLE.color, text: `Not through a ${model.stages[i]!.label.toLowerCase()} facility`, value: percent(rest) });
          return tooltipNode(`${model.stages[i]?.label ?? ''}: share of inbound by country`, lines);
        },
      },
      xAxis: { type: 'category', data: model.stages.map((s) => s.label), axisTick: { show: false }, axisLabel: { fontSize: 12, color: '#17202c' } },
      yAxis: { type: 'value', max: 100, interval: 25, axisLabel: { formatter: '{value}%', color: '#5a6574' }, splitLine: { lineStyle: { color: '#eef1f5' } } },
      series: [
        ...model.series.map((s) => ({
          type: 'bar',
          name: s.name,
          stack: 'share',
          barMaxWidth: 64,
          data: asPercent(s.shares),
          itemStyle: { color: s.color, borderColor: '#ffffff', borderWidth: 1 },
          label: percentLabel('#ffffff'),
          emphasis: { focus: 'series' },
        })),
        ...(model.notThrough.some((x) => x > 0)
          ? [
              {
                type: 'bar',
                name: NOT_THROUGH,
                stack: 'share',
                barMaxWidth: 64,
                data: asPercent(model.notThrough),
                itemStyle: NOT_THROUGH_STYLE,
                label: percentLabel('#5a6574'),
                emphasis: { focus: 'series' },
              },
            ]
          : []),
      ],
    }),
    [model],
  );
  return <EChart option={option} label={label} className="chart-dependence" testId="dependence-chart" />;
}
