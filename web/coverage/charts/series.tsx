/**
 * What every chart shares: its series and the legend that names them. The
 * legend is HTML beside the SVG (it wraps at 360 px and is read as text);
 * each swatch is a small SVG drawn with the series' colour and dash.
 */
import { seriesColour, seriesDash } from './palette.ts';

export interface Series {
  /** The field of each row's `values` this series draws. */
  key: string;
  /** What the reader sees in the legend and the table. */
  label: string;
}

export function Legend(props: { series: readonly Series[]; shape: 'bar' | 'line' }) {
  return (
    <ul class="chart-legend">
      {props.series.map((s, i) => (
        <li>
          <svg width="22" height="12" viewBox="0 0 22 12" aria-hidden="true" focusable="false">
            {props.shape === 'bar'
              ? <rect x="3" y="1" width="16" height="10" fill={seriesColour(i)} />
              : <line x1="1" y1="6" x2="21" y2="6" stroke={seriesColour(i)} stroke-width="2.5" stroke-dasharray={seriesDash(i)} />}
          </svg>
          {s.label}
        </li>
      ))}
    </ul>
  );
}

/** The title and description every chart's SVG starts with, and the ids its `aria-labelledby` names. */
export function ChartLabel(props: { id: string; title: string; desc: string }) {
  return (
    <>
      <title id={`${props.id}-title`}>{props.title}</title>
      <desc id={`${props.id}-desc`}>{props.desc}</desc>
    </>
  );
}

export const labelledBy = (id: string) => `${id}-title ${id}-desc`;
