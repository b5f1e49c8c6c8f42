/**
 * The urgent alert email, in the recipient's language: what happened, what
 * is asked and by when, the link to answer, and RFC 8058 one-click
 * unsubscribe headers that stop alerts (only alerts) for this member.
 */
import { escapeHtml } from '../mail/html.ts';
import { translatorFor } from '../i18n/translator.ts';
import type { OutgoingEmail } from '../ports/mailer.ts';
import type { Alert, AlertRecipient } from './alert.ts';
import { askedActionLabel } from './asked-label.ts';

export interface AlertEmailLinks {
  answerUrl: string;
  unsubscribeUrl: string;
}

export function alertEmail(alert: Alert, to: Pick<AlertRecipient, 'email' | 'language'>, links: AlertEmailLinks): OutgoingEmail {
  const i18n = translatorFor(to.language);
  const country = i18n.country(alert.country);
  const deadline = i18n.dateTime(alert.deadline, { timeZone: 'UTC', zoneName: true });
  const actions = alert.askedActions.map((code) => askedActionLabel(i18n, code));
  const subject = i18n.t('alerts.email.subject', { name: alert.defenderName, country });
  const lines = [
    i18n.t('alerts.email.intro', { name: alert.defenderName, country }),
    '',
    `${i18n.t('alerts.email.happened')}`, alert.happened, '',
    `${i18n.t('alerts.email.asked')}`, ...actions.map((a) => `- ${a}`), alert.asked, '',
    i18n.t('alerts.email.deadline', { deadline }), '',
    i18n.t('alerts.email.answer', { url: links.answerUrl }), '',
    i18n.t('alerts.email.confidential'), '',
    i18n.t('alerts.email.unsubscribe', { url: links.unsubscribeUrl }),
  ];
  const para = (s: string) => `<p>${escapeHtml(s).replace(/\n/g, '<br>')}</p>`;
  const html = [
    `<!doctype html><html lang="${to.language}"><body>`,
    para(i18n.t('alerts.email.intro', { name: alert.defenderName, country })),
    `<h2>${escapeHtml(i18n.t('alerts.email.happened'))}</h2>`, para(alert.happened),
    `<h2>${escapeHtml(i18n.t('alerts.email.asked'))}</h2>`,
    actions.length ? `<ul>${actions.map((a) => `<li>${escapeHtml(a)}</li>`).join('')}</ul>` : '', para(alert.asked),
    para(i18n.t('alerts.email.deadline', { deadline })),
    `<p><a href="${escapeHtml(links.answerUrl)}">${escapeHtml(i18n.t('alerts.email.answerLink'))}</a></p>`,
    para(i18n.t('alerts.email.confidential')),
    `<p><a href="${escapeHtml(links.unsubscribeUrl)}">${escapeHtml(i18n.t('alerts.email.unsubscribeLink'))}</a></p>`,
    '</body></html>',
  ].join('\n');
  return {
    to: to.email, subject, text: lines.join('\n'), html,
    headers: { 'List-Unsubscribe': `<${links.unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}
