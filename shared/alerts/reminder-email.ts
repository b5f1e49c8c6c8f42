/** The one reminder to a member who said "I will act" and has logged nothing a day before the deadline. */
import { escapeHtml } from '../mail/html.ts';
import { translatorFor } from '../i18n/translator.ts';
import type { OutgoingEmail } from '../ports/mailer.ts';
import type { Alert, AlertRecipient } from './alert.ts';
import type { AlertEmailLinks } from './alert-email.ts';

export function reminderEmail(alert: Alert, to: Pick<AlertRecipient, 'email' | 'language'>, links: AlertEmailLinks): OutgoingEmail {
  const i18n = translatorFor(to.language);
  const deadline = i18n.dateTime(alert.deadline, { timeZone: 'UTC', zoneName: true });
  const body = i18n.t('alerts.reminder.body', { name: alert.defenderName, deadline });
  const answer = i18n.t('alerts.email.answer', { url: links.answerUrl });
  return {
    to: to.email,
    subject: i18n.t('alerts.reminder.subject', { name: alert.defenderName }),
    text: [body, '', answer, '', i18n.t('alerts.email.unsubscribe', { url: links.unsubscribeUrl })].join('\n'),
    html: `<!doctype html><html lang="${to.language}"><body><p>${escapeHtml(body)}</p><p><a href="${escapeHtml(links.answerUrl)}">${escapeHtml(i18n.t('alerts.email.answerLink'))}</a></p></body></html>`,
    headers: { 'List-Unsubscribe': `<${links.unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}
