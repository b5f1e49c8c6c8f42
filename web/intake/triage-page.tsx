/** The coordinators' triage page: counts by status and by age, the median time to first triage, and the reports newest first. */
import type { Viewer } from '#shared/domain/member.ts';
import { AGE_BANDS, minutesToFirstTriage, REPORT_STATUSES, STATS_WINDOW, type ReportStatus, type ReportSummary, type TriageStats } from '#shared/intake/index.ts';
import type { Translator } from '#shared/i18n/translator.ts';
import { useTranslator } from '../i18n/use-translator.ts';
import { Layout } from '../ui/layout.tsx';

/** A wait in the unit that reads best: minutes under two hours, hours under two days, then days. */
export function waitText(t: Translator['t'], minutes: number): string {
  if (minutes < 120) return t('intake.triage.wait.minutes', { minutes: Math.round(minutes) });
  if (minutes < 48 * 60) return t('intake.triage.wait.hours', { hours: Math.round(minutes / 60) });
  return t('intake.triage.wait.days', { days: Math.round(minutes / 1440) });
}

function Figures(props: { stats: TriageStats }) {
  const { t, number } = useTranslator();
  const { stats } = props;
  const median = stats.medianMinutesToFirstTriage;
  return (
    <section aria-labelledby="figures">
      <h2 id="figures" class="sr-only">{t('intake.triage.byStatus')}</h2>
      <dl class="panel" aria-label={t('intake.triage.byStatus')} id="counts-by-status">
        {REPORT_STATUSES.map((s) => (<><dt>{t(`intake.status.${s}`)}</dt><dd data-status={s}>{number(stats.byStatus[s])}</dd></>))}
      </dl>
      <h3>{t('intake.triage.openByAge')}</h3>
      <dl class="panel" id="open-by-age">
        {AGE_BANDS.map((b) => (<><dt>{t(`intake.triage.age.${b}`)}</dt><dd data-age={b}>{number(stats.openByAge[b])}</dd></>))}
      </dl>
      <p id="median-first-triage">
        {median === undefined ? t('intake.triage.median.none') : t('intake.triage.median', { duration: waitText(t, median) })}
      </p>
      {stats.truncated && <p class="muted">{t('intake.triage.truncated', { count: STATS_WINDOW })}</p>}
    </section>
  );
}

export function TriagePage(props: { viewer: Viewer; stats: TriageStats; reports: ReportSummary[]; status?: ReportStatus }) {
  const { t, country, dateTime } = useTranslator();
  return (
    <Layout title={t('intake.triage.title')} viewer={props.viewer}>
      <h1>{t('intake.triage.title')}</h1>
      <Figures stats={props.stats} />
      <nav aria-label={t('intake.triage.filter')}>
        <ul class="actions" role="list">
          <li>{props.status === undefined ? <strong aria-current="page">{t('intake.triage.filter.all')}</strong> : <a href="/reports">{t('intake.triage.filter.all')}</a>}</li>
          {REPORT_STATUSES.map((s) => (
            <li>{s === props.status
              ? <strong aria-current="page">{t(`intake.status.${s}`)}</strong>
              : <a href={`/reports?status=${s}`}>{t(`intake.status.${s}`)}</a>}</li>
          ))}
        </ul>
      </nav>
      {props.reports.length === 0 ? <p class="empty">{t('intake.triage.empty')}</p> : (
        <div class="table-wrap" role="region" aria-label={t('intake.triage.title')} tabindex={0}>
          <table class="cases" id="reports">
            <thead>
              <tr>
                <th scope="col">{t('intake.triage.reference')}</th><th scope="col">{t('intake.triage.received')}</th>
                <th scope="col">{t('intake.triage.status')}</th><th scope="col">{t('intake.triage.danger')}</th>
                <th scope="col">{t('intake.triage.country')}</th><th scope="col">{t('intake.triage.firstTriage')}</th>
              </tr>
            </thead>
            <tbody>
              {props.reports.map((r) => {
                const wait = minutesToFirstTriage(r);
                return (
                  <tr>
                    <th scope="row"><a href={`/reports/${r.id}`}>{r.reference}</a></th>
                    <td><time datetime={r.receivedAt}>{dateTime(r.receivedAt)}</time></td>
                    <td>{t(`intake.status.${r.status}`)}</td>
                    <td>{t(`intake.danger.${r.immediateDanger}`)}</td>
                    <td>{r.country ? country(r.country) : ''}</td>
                    <td>{wait === undefined ? t('intake.triage.notYet') : waitText(t, wait)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}
