/**
 * The case page's section on urgent alerts (coordinators): the latest alerts
 * with their live roster (delivery time and answer of each recipient) and
 * how long the first answer took, and the link to send a new one.
 */
import type { CaseAlertRoster } from '#shared/alerts/index.ts';
import type { DefenderCase } from '#shared/domain/case.ts';
import { isCoordinator, type Viewer } from '#shared/domain/member.ts';
import { useTranslator } from '../i18n/use-translator.ts';

export function AlertSection(props: { viewer: Viewer; case: Pick<DefenderCase, 'id' | 'pausedAt' | 'state'>; alerts?: CaseAlertRoster[] }) {
  const { t } = useTranslator();
  if (!isCoordinator(props.viewer)) return null;
  const alerts = props.alerts ?? [];
  const c = props.case;
  return (
    <section aria-labelledby="alerts-heading" id="alerts">
      <h2 id="alerts-heading">{t('alerts.section.heading')}</h2>
      {!c.pausedAt && c.state !== 'closed' && <p><a class="button" href={`/cases/${c.id}/alerts/new`}>{t('alerts.section.new')}</a></p>}
      {alerts.length === 0 ? <p class="muted">{t('alerts.section.none')}</p> : alerts.map((a) => <AlertRosterView roster={a} />)}
    </section>
  );
}

function AlertRosterView(props: { roster: CaseAlertRoster }) {
  const { t, dateTime, country } = useTranslator();
  const { alert, recipients } = props.roster;
  const tally = { willAct: 0, done: 0, cannot: 0, none: 0 };
  for (const r of recipients) {
    if (r.answer === 'will_act') tally.willAct += 1;
    else if (r.answer === 'done') tally.done += 1;
    else if (r.answer === 'cannot') tally.cannot += 1;
    else tally.none += 1;
  }
  const seconds = props.roster.secondsToFirstAnswer;
  return (
    <div class="alert-roster" data-alert-id={alert.id}>
      <p>{t('alerts.section.sent', { at: dateTime(alert.createdAt), count: alert.recipientCount, deadline: dateTime(alert.deadline, { zoneName: true }) })}</p>
      <p id={`first-answer-${alert.id}`}>
        {seconds === undefined ? t('alerts.section.noAnswer') : t('alerts.section.firstAnswer', { minutes: Math.max(1, Math.round(seconds / 60)) })}
      </p>
      <p>{t('alerts.section.answers', tally)}</p>
      {recipients.length > 0 && (
        <div class="table-wrap" tabindex={0} role="region" aria-label={t('alerts.section.caption', { at: dateTime(alert.createdAt) })}>
          <table>
            <caption>{t('alerts.section.caption', { at: dateTime(alert.createdAt) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('alerts.section.member')}</th><th scope="col">{t('alerts.section.role')}</th>
                <th scope="col">{t('alerts.section.country')}</th><th scope="col">{t('alerts.section.delivery')}</th>
                <th scope="col">{t('alerts.section.answer')}</th>
              </tr>
            </thead>
            <tbody>
              {recipients.map((r) => (
                <tr>
                  <th scope="row">{r.name}</th>
                  <td>{t(`vocabulary.role.${r.role}`)}</td>
                  <td>{r.country ? country(r.country) : t('alerts.reach.noCountry')}</td>
                  <td>{r.status === 'sent' && r.deliveredAt ? t('alerts.status.sent', { at: dateTime(r.deliveredAt) }) : t(`alerts.status.${r.status === 'sent' ? 'sending' : r.status}`)}</td>
                  <td>{r.answer && r.answeredAt ? t('alerts.answerStatus.given', { answer: t(`alerts.answer.${r.answer}`), at: dateTime(r.answeredAt) }) : t('alerts.answerStatus.none')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
