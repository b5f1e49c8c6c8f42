/** Chart components: server-rendered SVG built with d3-scale and d3-shape, no client script. */
export { BarChart, type BarRow } from './bar-chart.tsx';
export { LineChart, type LinePoint } from './line-chart.tsx';
export type { Series } from './series.tsx';
export { OKABE_ITO, SERIES_COLOURS } from './palette.ts';
