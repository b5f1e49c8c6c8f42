/**
 * The page an alert email links to. GET shows the alert and a form and
 * changes nothing (mail scanners follow links); the member's choice is a
 * POST. After "Done" the member continues to the existing action form.
 */
import { ALERT_ANSWERS, askedActionLabel, type MyAlert } from '#shared/alerts/index.ts';
import type { Viewer } from '#shared/domain/member.ts';
import type { FieldError } from '#shared/errors/index.ts';
import { Layout } from '../ui/layout.tsx';
import { useTranslator } from '../i18n/use-translator.ts';
import { ErrorCount, fieldErrors } from './alert-form-fields.tsx';

export function AnswerPage(props: { viewer: Viewer; mine: MyAlert; saved?: boolean; logActionPath?: string; errors?: FieldError[] }) {
  const i18n = useTranslator();
  const { t, dateTime } = i18n;
  const { alert, me } = props.mine;
  const e = fieldErrors(props.errors, ['answer']);
  return (
    <Layout title={t('alerts.answer.title', { name: alert.defenderName })} viewer={props.viewer}>
      <h1>{t('alerts.answer.heading', { name: alert.defenderName })}</h1>
      {props.saved && <p class="notice" role="status">{t('alerts.answer.thanks')}</p>}
      {props.saved && props.logActionPath && <p><a class="button" href={props.logActionPath}>{t('alerts.answer.logAction')}</a></p>}
      <h2>{t('alerts.answer.happened')}</h2>
      {alert.happened.split(/\n+/).map((p) => <p>{p}</p>)}
      <h2>{t('alerts.answer.asked')}</h2>
      {alert.askedActions.length > 0 && <ul>{alert.askedActions.map((code) => <li>{askedActionLabel(i18n, code)}</li>)}</ul>}
      {alert.asked.split(/\n+/).map((p) => <p>{p}</p>)}
      <p><strong>{t('alerts.answer.deadline', { deadline: dateTime(alert.deadline, { zoneName: true }) })}</strong></p>
      {me.answer && me.answeredAt && (
        <p id="current-answer">{t('alerts.answer.current', { answer: t(`alerts.answer.${me.answer}`), at: dateTime(me.answeredAt) })}</p>
      )}
      <ErrorCount count={e.count} />
      <form method="post" action={`/alerts/${alert.id}`} class="stack">
        <fieldset>
          <legend>{t('alerts.answer.legend')}</legend>
          {e.message('answer')}
          {ALERT_ANSWERS.map((a, i) => (
            <label class="check">
              <input type="radio" name="answer" value={a} checked={me.answer === a} required {...(i === 0 ? e.attrs('answer') : {})} /> {t(`alerts.answer.${a}`)}
            </label>
          ))}
          <p class="muted">{t('alerts.answer.doneHint')}</p>
        </fieldset>
        <button type="submit">{t('alerts.answer.submit')}</button>
      </form>
    </Layout>
  );
}
