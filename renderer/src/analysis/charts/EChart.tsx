// One ECharts chart in a React component: created on mount, given each new option, resized
// with its box, disposed on unmount. The chart is an image to assistive technology; each
// panel gives the same numbers as a table beside it.
import { useEffect, useRef } from 'react';
import { echarts, type EChartsCoreOption } from './echarts';

interface Props {
  option: EChartsCoreOption;
  /** What the chart shows, for screen readers. */
  label: string;
  className?: string;
  testId?: string;
  onClick?: (params: { dataType?: string; name?: string; data?: unknown; seriesName?: string }) => void;
}

export function EChart({ option, label, className, testId, onClick }: Props) {
  const boxRef = useRef<HTMLDivElement | null>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  const clickRef = useRef(onClick);
  clickRef.current = onClick;

  useEffect(() => {
    const box = boxRef.current!;
    // Animation off: the SVG renderer would otherwise add a <style> element (the CSP refuses it).
    const chart = echarts.init(box, null, { renderer: 'svg' });
    chartRef.current = chart;
    chart.on('click', (params) => clickRef.current?.(params as never));
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(box);
    return () => {
      resize.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    chartRef.current?.setOption({ animation: false, ...option }, { notMerge: true });
  }, [option]);

  return <div ref={boxRef} className={`chart${className ? ` ${className}` : ''}`} role="img" aria-label={label} data-testid={testId} />;
}
