/**
 * Actions per month by MPs and by missions: a line chart over the period
 * beside the table of each month's actions, requests and urgent alerts.
 */
import type { MonthFigures } from '#shared/coverage/index.ts';
import { useTranslator } from '../i18n/use-translator.ts';
import { LineChart } from './charts/index.ts';
import { monthLabels } from './month-label.ts';

export function MonthlyActivitySection(props: { months: readonly MonthFigures[]; idPrefix?: string }) {
  const translator = useTranslator();
  const { t, number } = translator;
  const label = monthLabels(translator);
  const id = `${props.idPrefix ?? ''}per-month`;
  const { months } = props;
  if (months.length === 0) return null;
  const mp = months.reduce((s, m) => s + m.mpActions, 0);
  const missions = months.reduce((s, m) => s + m.missionActions, 0);
  const busiest = months.reduce((a, b) => (b.mpActions + b.missionActions > a.mpActions + a.missionActions ? b : a));
  const from = label.long(months[0]!.month);
  const to = label.long(months.at(-1)!.month);
  const cols = {
    mp: t('coverage.monthly.mp'), missions: t('coverage.monthly.missions'), requests: t('coverage.monthly.requests'),
    answered: t('coverage.monthly.answered'), alerts: t('coverage.monthly.alerts'),
  };
  return (
    <section class="chart-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('coverage.monthly.title')}</h2>
      <div class="chart-pair">
        <LineChart
          id={id}
          title={t('coverage.monthly.chartTitle', { from, to })}
          desc={mp + missions === 0
            ? t('coverage.monthly.chartDescQuiet', { months: months.length })
            : t('coverage.monthly.chartDesc', { mp, missions, months: months.length, busiest: label.long(busiest.month) })}
          series={[{ key: 'mpActions', label: cols.mp }, { key: 'missionActions', label: cols.missions }]}
          points={months.map((m) => ({ key: m.month, label: label.short(m.month), values: { mpActions: m.mpActions, missionActions: m.missionActions } }))}
        />
        <div class="table-wrap" role="region" aria-label={t('coverage.monthly.tableLabel')} tabindex={0}>
          <table class="cases cards-when-narrow figures-table">
            <caption>{t('coverage.monthly.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('coverage.monthly.month')}</th><th scope="col">{cols.mp}</th><th scope="col">{cols.missions}</th>
                <th scope="col">{cols.requests}</th><th scope="col">{cols.answered}</th><th scope="col">{cols.alerts}</th>
              </tr>
            </thead>
            <tbody>
              {months.map((m) => (
                <tr data-month={m.month}>
                  <th scope="row">{label.long(m.month)}</th>
                  <td data-label={cols.mp}>{number(m.mpActions)}</td>
                  <td data-label={cols.missions}>{number(m.missionActions)}</td>
                  <td data-label={cols.requests}>{number(m.requests)}</td>
                  <td data-label={cols.answered}>{number(m.answeredRequests)}</td>
                  <td data-label={cols.alerts}>{number(m.alerts)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}
