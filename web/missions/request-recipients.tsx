/**
 * On the request form: who will receive the request, before it is sent.
 * The diplomats posted in the chosen country, and on a restricted case only
 * those it names; a request that would reach nobody is refused when sent.
 */
import type { DefenderCase } from '#shared/domain/case.ts';
import { useTranslator } from '../i18n/use-translator.ts';
import { recipientsOf, type PostingRoster } from '#shared/missions/recipients.ts';

export function RequestRecipients(props: { case: Pick<DefenderCase, 'id' | 'visibility' | 'namedMemberIds'>; country: string; roster?: PostingRoster }) {
  const { t, country } = useTranslator();
  const posted = props.roster?.diplomats ?? [];
  const recipients = recipientsOf(props.roster, props.case);
  const where = country(props.country);
  const summary = recipients.length > 0
    ? t('missions.recipients.some', { count: recipients.length, country: where })
    : posted.length === 0
      ? t('missions.recipients.nobodyPosted', { country: where })
      : t('missions.recipients.noneNamed', { count: posted.length, country: where });
  return (
    <div class="notice" id="recipients">
      <p>{summary}</p>
      {recipients.length > 0 && (
        <ul>{recipients.map((d) => <li>{d.mission ? t('missions.recipients.diplomat', { name: d.name, mission: d.mission }) : d.name}</li>)}</ul>
      )}
      <form method="get" action={`/cases/${props.case.id}/action-requests/new`} class="inline">
        <label for="preview-country">{t('missions.recipients.another')}</label>{' '}
        <input id="preview-country" name="country" size={2} maxlength={2} value={props.country} aria-describedby="preview-country-hint" />
        <span id="preview-country-hint" class="muted">{t('missions.recipients.codeHint')}</span>{' '}
        <button type="submit">{t('missions.recipients.show')}</button>
      </form>
    </div>
  );
}
