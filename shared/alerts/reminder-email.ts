/** The one reminder to a member who said "I will act" and has logged nothing a day before the deadline. */
import { memberTimeZone } from '../domain/member-time-zone.ts';
import { translatorFor } from '../i18n/translator.ts';
import { renderEmail } from '../mail/layout.ts';
import type { OutgoingEmail } from '../ports/mailer.ts';
import type { Alert, AlertRecipient } from './alert.ts';
import { alertUnsubscribeHeaders, type AlertEmailLinks } from './alert-email.ts';

export function reminderEmail(alert: Alert, to: Pick<AlertRecipient, 'email' | 'language' | 'timeZone' | 'country'>, links: AlertEmailLinks): OutgoingEmail {
  const translator = translatorFor(to.language, to.timeZone ?? memberTimeZone(undefined, to.country));
  const { t } = translator;
  const deadline = translator.dateTime(alert.deadline, { zoneName: true });
  const body = t('alerts.reminder.body', { name: alert.defenderName, deadline });
  const subject = t('alerts.reminder.subject', { name: alert.defenderName });
  const { html, text } = renderEmail(translator, {
    title: subject,
    preheader: body,
    blocks: [
      { kind: 'text', text: body },
      { kind: 'button', href: links.answerUrl, label: t('alerts.email.answerLink') },
    ],
    footer: {
      lines: [t('alerts.email.why')],
      links: [{ href: links.unsubscribeUrl, label: t('alerts.email.unsubscribeLink') }],
    },
  });
  return { to: to.email, subject, text, html, headers: { ...alertUnsubscribeHeaders(links), 'Content-Language': to.language } };
}
