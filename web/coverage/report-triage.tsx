/**
 * Reports and their triage age: the open intake reports by time since
 * receipt (a bar chart beside its table), the oldest one's age, and the
 * median time to a first triage step over the period's reports. Ages are
 * worked out at the read from the stored receipt times. The whole network's
 * reports, whatever the country chosen: the page says so.
 */
import type { ReportFigures } from '#shared/coverage/index.ts';
import { AGE_BANDS, type AgeBand } from '#shared/intake/index.ts';
import type { Translator } from '#shared/i18n/translator.ts';
import { useTranslator } from '../i18n/use-translator.ts';
import { BarChart } from './charts/index.ts';

/** A duration in the unit that reads best, in the triage page's words: minutes under two hours, hours under two days, then days. */
export function durationText(t: Translator['t'], minutes: number): string {
  if (minutes < 120) return t('intake.triage.wait.minutes', { minutes: Math.round(minutes) });
  if (minutes < 48 * 60) return t('intake.triage.wait.hours', { hours: Math.round(minutes / 60) });
  return t('intake.triage.wait.days', { days: Math.floor(minutes / 1440) });
}

function Figure(props: { id: string; term: string; value: string }) {
  return <div class="figure"><dt>{props.term}</dt><dd id={props.id}><span class="figure-value">{props.value}</span></dd></div>;
}

export function ReportTriageSection(props: { reports: ReportFigures }) {
  const { t, number, list } = useTranslator();
  const { reports } = props;
  const id = 'report-triage';
  const band = (b: AgeBand) => t(`intake.triage.age.${b}`);
  const cols = { age: t('coverage.reports.ageColumn'), open: t('coverage.reports.openColumn') };
  return (
    <section class="chart-section" aria-labelledby={`${id}-heading`} id={id}>
      <h2 id={`${id}-heading`}>{t('coverage.reports.title')}</h2>
      <p class="coverage-hint">{t('coverage.reports.scope')}</p>
      <dl class="figures">
        <Figure id="reports-open" term={t('coverage.reports.open')} value={number(reports.open)} />
        <Figure id="reports-oldest" term={t('coverage.reports.oldest')}
          value={reports.oldestOpenMinutes === null ? t('coverage.reports.noneOpen') : durationText(t, reports.oldestOpenMinutes)} />
        <Figure id="reports-median" term={t('coverage.reports.median')}
          value={reports.medianMinutesToFirstTriage === null ? t('coverage.figures.none') : durationText(t, reports.medianMinutesToFirstTriage)} />
        <Figure id="reports-received" term={t('coverage.reports.received')}
          value={t('coverage.reports.receivedValue', { received: reports.received, triaged: reports.triaged })} />
      </dl>
      {reports.open > 0 && (
        <div class="chart-pair">
          <BarChart
            id={id}
            title={t('coverage.reports.chartTitle')}
            desc={t('coverage.reports.chartDesc', {
              list: list(AGE_BANDS.map((b) => t('coverage.reports.descItem', { band: band(b), count: reports.openByAge[b] }))),
            })}
            series={[{ key: 'open', label: cols.open }]}
            rows={AGE_BANDS.map((b) => ({ key: b, label: band(b), values: { open: reports.openByAge[b] } }))}
          />
          <div class="table-wrap" role="region" aria-label={t('coverage.reports.tableLabel')} tabindex={0}>
            <table class="cases cards-when-narrow figures-table">
              <caption>{t('coverage.reports.caption')}</caption>
              <thead><tr><th scope="col">{cols.age}</th><th scope="col">{cols.open}</th></tr></thead>
              <tbody>
                {AGE_BANDS.map((b) => (
                  <tr data-age={b}><th scope="row">{band(b)}</th><td data-label={cols.open}>{number(reports.openByAge[b])}</td></tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
      <p><a href="/reports">{t('coverage.reports.link')}</a></p>
    </section>
  );
}
