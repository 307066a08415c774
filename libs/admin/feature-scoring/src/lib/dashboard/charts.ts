import { provideEchartsCore } from 'ngx-echarts';
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// Only the parts the dashboard draws, so the chunk stays small.
echarts.use([BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/** ngx-echarts with the trimmed echarts build; charts render as SVG (crisp text, Vietnamese fonts). */
export const provideCharts = () => provideEchartsCore({ echarts });

export const CHART_INIT = { renderer: 'svg' as const };
