/**
 * A horizontal stacked bar chart as server-rendered SVG: one bar per row
 * (a country, say), one segment per series, the row's total at the bar's end.
 * Horizontal, with each label above its bar, so long names in any language
 * fit at 360 px. The viewBox is as wide as a phone screen, so text keeps its
 * size there; on wide screens the stylesheet caps the width.
 */
import { scaleLinear } from 'd3-scale';
import { useTranslator } from '../../i18n/use-translator.ts';
import { GRID, INK, seriesColour } from './palette.ts';
import { ChartLabel, labelledBy, Legend, type Series } from './series.tsx';

export interface BarRow {
  key: string;
  label: string;
  values: Record<string, number>;
}

export const BAR_WIDTH = 320;
const ROW_HEIGHT = 40;
const LEFT = 4;
/** Room for the total after the longest bar. */
const RIGHT = 44;

export function BarChart(props: { id: string; title: string; desc: string; series: readonly Series[]; rows: readonly BarRow[] }) {
  const { number } = useTranslator();
  const total = (row: BarRow) => props.series.reduce((sum, s) => sum + Math.max(0, row.values[s.key] ?? 0), 0);
  const max = Math.max(1, ...props.rows.map(total));
  const x = scaleLinear().domain([0, max]).range([LEFT, BAR_WIDTH - RIGHT]);
  const height = Math.max(1, props.rows.length) * ROW_HEIGHT + 4;
  return (
    <div class="chart">
      <svg class="chart-svg" viewBox={`0 0 ${BAR_WIDTH} ${height}`} role="img" aria-labelledby={labelledBy(props.id)}>
        <ChartLabel id={props.id} title={props.title} desc={props.desc} />
        <line x1={LEFT} y1="0" x2={LEFT} y2={height} stroke={GRID} />
        {props.rows.map((row, r) => {
          const top = r * ROW_HEIGHT;
          let start = 0;
          return (
            <g class="bar-row" data-key={row.key}>
              <text x={LEFT} y={top + 13} font-size="12" fill={INK}>{row.label}</text>
              {props.series.map((s, i) => {
                const value = Math.max(0, row.values[s.key] ?? 0);
                const from = start;
                start += value;
                return value > 0
                  ? <rect class="bar" data-series={s.key} x={x(from)} y={top + 18} width={x(start) - x(from)} height="16" fill={seriesColour(i)} stroke="#ffffff" stroke-width="1" />
                  : null;
              })}
              <text class="bar-total" x={x(start) + 4} y={top + 31} font-size="12" fill={INK}>{number(start)}</text>
            </g>
          );
        })}
      </svg>
      <Legend series={props.series} shape="bar" />
    </div>
  );
}
