/**
 * The risk level over time as server-rendered SVG: a step line (a level holds
 * until the next change) on a time axis, levels as the rows. d3-scale places
 * the points and d3-shape draws the steps; no script, so the CSP stays strict.
 * The same changes are listed in a table beside it for those who do not see it.
 */
import { scalePoint, scaleTime } from 'd3-scale';
import { curveStepAfter, line } from 'd3-shape';
import { RISK_LEVELS, type LevelChange, type RiskLevel } from '#shared/risk/index.ts';
import { useTranslator } from '../i18n/use-translator.ts';

const WIDTH = 640;
const HEIGHT = 200;
const MARGIN = { top: 12, right: 16, bottom: 28, left: 88 };
/** Okabe–Ito: told apart with colour-blindness too; the row labels say the level anyway. */
const LEVEL_COLOUR: Record<RiskLevel, string> = { low: '#009E73', medium: '#E69F00', high: '#D55E00', critical: '#CC79A7' };

export function LevelChart(props: { name: string; history: LevelChange[]; now: Date }) {
  const { t, date } = useTranslator();
  const points = props.history;
  if (points.length === 0) return <p class="muted">{t('risk.history.empty')}</p>;
  const first = new Date(points[0]!.at);
  const end = props.now > first ? props.now : new Date(first.getTime() + 86_400_000);
  const x = scaleTime().domain([first, end]).range([MARGIN.left, WIDTH - MARGIN.right]);
  const y = scalePoint<RiskLevel>().domain([...RISK_LEVELS].reverse()).range([MARGIN.top, HEIGHT - MARGIN.bottom]).padding(0.5);
  // The last level holds until now: one more point at the right edge.
  const series: [Date, RiskLevel][] = [...points.map((p) => [new Date(p.at), p.level] as [Date, RiskLevel]), [end, points.at(-1)!.level]];
  const path = line<[Date, RiskLevel]>().x(([d]) => x(d)).y(([, level]) => y(level)!).curve(curveStepAfter)(series) ?? '';
  const current = points.at(-1)!.level;
  const title = t('risk.history.chartTitle', { name: props.name });
  const desc = t('risk.history.chartDesc', {
    count: points.length, from: date(points[0]!.at), to: date(end.toISOString()), level: t(`risk.level.${current}`),
  });
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="risk-chart-title risk-chart-desc" preserveAspectRatio="xMinYMin meet">
        <title id="risk-chart-title">{title}</title>
        <desc id="risk-chart-desc">{desc}</desc>
        {RISK_LEVELS.map((level) => (
          <g>
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(level)} y2={y(level)} stroke="#ccc" stroke-dasharray="2 3" />
            <text x={MARGIN.left - 8} y={y(level)} text-anchor="end" dominant-baseline="middle" font-size="12">{t(`risk.level.${level}`)}</text>
          </g>
        ))}
        <path d={path} fill="none" stroke="#0072B2" stroke-width="2.5" />
        {points.map((p) => (
          <circle cx={x(new Date(p.at))} cy={y(p.level)} r="4.5" fill={LEVEL_COLOUR[p.level]} stroke="#000" stroke-width="1" />
        ))}
        {x.ticks(4).map((tick) => (
          <text x={x(tick)} y={HEIGHT - 8} text-anchor="middle" font-size="11">{date(tick.toISOString())}</text>
        ))}
      </svg>
      <table>
        <caption>{t('risk.history.title')}</caption>
        <thead><tr><th scope="col">{t('risk.history.when')}</th><th scope="col">{t('risk.history.level')}</th></tr></thead>
        <tbody>
          {points.map((p) => <tr><td>{date(p.at)}</td><td>{t(`risk.level.${p.level}`)}</td></tr>)}
        </tbody>
      </table>
    </figure>
  );
}
