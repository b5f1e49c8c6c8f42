/** Pieces both member homes use: alerts waiting for an answer, a list of hearings and a list of cases without an adopter. */
import type { WaitingAlertView } from '#shared/alerts/index.ts';
import type { HomeHearing } from '#shared/coverage/index.ts';
import type { DefenderCase } from '#shared/domain/case.ts';
import { useTranslator } from '../i18n/use-translator.ts';
import { StatusBadges } from '../ui/case-views.tsx';

export function HearingList(props: { hearings: readonly HomeHearing[]; empty: string }) {
  const { t, dateTime, country } = useTranslator();
  if (props.hearings.length === 0) return <p class="empty">{props.empty}</p>;
  return (
    <ul class="home-list">
      {props.hearings.map((h) => (
        <li>
          <a href={`/cases/${h.caseId}`}>{t('coverage.home.caseIn', { name: h.defenderName, country: country(h.country) })}</a>
          <br />
          {h.title} · <time datetime={`${h.at}:00Z`}>{dateTime(new Date(`${h.at}:00Z`), { timeZone: h.timeZone, zoneName: true })}</time>
        </li>
      ))}
    </ul>
  );
}

export function UnadoptedList(props: { cases: readonly DefenderCase[] }) {
  const { t, country } = useTranslator();
  return (
    <ul class="home-list">
      {props.cases.map((c) => (
        <li>
          <a href={`/cases/${c.id}`}>{t('coverage.home.caseIn', { name: c.defenderName, country: country(c.country) })}</a>{' '}
          <StatusBadges statuses={c.riskStatuses} />
        </li>
      ))}
    </ul>
  );
}

/** The urgent alerts waiting for the member's answer, each linked to its answer page, with its deadline in the reader's zone. */
export function WaitingAlertsSection(props: { alerts: readonly WaitingAlertView[] }) {
  const { t, dateTime, country } = useTranslator();
  return (
    <section aria-labelledby="alerts">
      <h2 id="alerts">{t('coverage.home.alerts')}</h2>
      {props.alerts.length === 0 ? <p class="empty">{t('coverage.home.noAlerts')}</p> : (
        <>
          <p>{t('coverage.home.alertsIntro')}</p>
          <ul class="home-list">
            {props.alerts.map((a) => {
              const deadline = dateTime(a.deadline, { zoneName: true });
              return (
                <li data-alert={a.alertId}>
                  <a href={`/alerts/${a.alertId}`}>{t('coverage.home.alertLink', { name: a.defenderName, country: country(a.country) })}</a>
                  <br />
                  {a.late
                    ? <strong class="error">{t('coverage.home.alertLate', { deadline })}</strong>
                    : <time datetime={a.deadline}>{t('coverage.home.alertDeadline', { deadline })}</time>}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
