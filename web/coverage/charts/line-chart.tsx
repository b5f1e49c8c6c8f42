/**
 * Lines over months as server-rendered SVG: one line per series, a marker of
 * its own shape on every month (so the series are told apart without
 * colour), y ticks on whole numbers (the figures are counts). Month labels
 * thin out so that at most six are written under the axis.
 */
import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import { useTranslator } from '../../i18n/use-translator.ts';
import { GRID, INK, seriesColour, seriesDash } from './palette.ts';
import { ChartLabel, labelledBy, Legend, type Series } from './series.tsx';

export interface LinePoint {
  /** The month (YYYY-MM) or other category on the x axis. */
  key: string;
  label: string;
  values: Record<string, number>;
}

export const LINE_WIDTH = 320;
export const LINE_HEIGHT = 200;
const MARGIN = { top: 12, right: 14, bottom: 30, left: 34 };
const MAX_X_LABELS = 6;

function Marker(props: { index: number; x: number; y: number; colour: string }) {
  const { x, y, colour } = props;
  switch (props.index % 4) {
    case 1: return <rect x={x - 3.5} y={y - 3.5} width="7" height="7" fill={colour} />;
    case 2: return <path d={`M${x},${y - 4.5}L${x + 4.5},${y + 3.5}L${x - 4.5},${y + 3.5}Z`} fill={colour} />;
    case 3: return <path d={`M${x},${y - 4.5}L${x + 4.5},${y}L${x},${y + 4.5}L${x - 4.5},${y}Z`} fill={colour} />;
    default: return <circle cx={x} cy={y} r="3.5" fill={colour} />;
  }
}

export function LineChart(props: { id: string; title: string; desc: string; series: readonly Series[]; points: readonly LinePoint[] }) {
  const { number } = useTranslator();
  const { points, series } = props;
  const max = Math.max(1, ...points.flatMap((p) => series.map((s) => p.values[s.key] ?? 0)));
  const x = scalePoint<string>().domain(points.map((p) => p.key)).range([MARGIN.left + 6, LINE_WIDTH - MARGIN.right]);
  const y = scaleLinear().domain([0, max]).nice().range([LINE_HEIGHT - MARGIN.bottom, MARGIN.top]);
  const ticks = y.ticks(4).filter(Number.isInteger);
  const step = Math.ceil(points.length / MAX_X_LABELS);
  const at = (p: LinePoint) => x(p.key) ?? MARGIN.left;
  return (
    <div class="chart">
      <svg class="chart-svg" viewBox={`0 0 ${LINE_WIDTH} ${LINE_HEIGHT}`} role="img" aria-labelledby={labelledBy(props.id)}>
        <ChartLabel id={props.id} title={props.title} desc={props.desc} />
        {ticks.map((tick) => (
          <g class="y-tick">
            <line x1={MARGIN.left} x2={LINE_WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} stroke={GRID} />
            <text x={MARGIN.left - 4} y={y(tick) + 4} font-size="11" text-anchor="end" fill={INK}>{number(tick)}</text>
          </g>
        ))}
        {points.map((p, i) => (i % step === 0
          ? <text class="x-label" x={at(p)} y={LINE_HEIGHT - 10} font-size="11" text-anchor="middle" fill={INK}>{p.label}</text>
          : null))}
        {series.map((s, i) => {
          const path = line<LinePoint>().x(at).y((p) => y(p.values[s.key] ?? 0))(points) ?? '';
          return (
            <g class="series" data-series={s.key}>
              <path d={path} fill="none" stroke={seriesColour(i)} stroke-width="2.5" stroke-dasharray={seriesDash(i)} />
              {points.map((p) => <Marker index={i} x={at(p)} y={y(p.values[s.key] ?? 0)} colour={seriesColour(i)} />)}
            </g>
          );
        })}
      </svg>
      <Legend series={series} shape="line" />
    </div>
  );
}
