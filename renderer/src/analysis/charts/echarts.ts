// ECharts with only the parts the Analysis view uses (keeps the bundle small), drawn as
// SVG so chart text stays text (selectable, readable by tests and screen readers).
import { BarChart, LineChart, SankeyChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, SankeyChart, GridComponent, LegendComponent, TooltipComponent, MarkLineComponent, SVGRenderer]);

export { echarts };
export type { EChartsCoreOption } from 'echarts/core';
