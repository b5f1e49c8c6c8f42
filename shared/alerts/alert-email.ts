/**
 * The urgent alert email, in the recipient's language, on the common email
 * layout: what happened, what is asked and by when, the button to answer, and
 * RFC 8058 one-click unsubscribe headers that stop alerts (only alerts) for
 * this member.
 */
import { memberTimeZone } from '../domain/member-time-zone.ts';
import { translatorFor } from '../i18n/translator.ts';
import { renderEmail } from '../mail/layout.ts';
import type { OutgoingEmail } from '../ports/mailer.ts';
import type { Alert, AlertRecipient } from './alert.ts';
import { askedActionLabel } from './asked-label.ts';

export interface AlertEmailLinks {
  answerUrl: string;
  unsubscribeUrl: string;
}

/** The one-click unsubscribe headers (RFC 8058) of every alert email. */
export const alertUnsubscribeHeaders = (links: AlertEmailLinks): Record<string, string> => ({
  'List-Unsubscribe': `<${links.unsubscribeUrl}>`,
  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
});

export function alertEmail(alert: Alert, to: Pick<AlertRecipient, 'email' | 'language' | 'timeZone' | 'country'>, links: AlertEmailLinks): OutgoingEmail {
  const translator = translatorFor(to.language, to.timeZone ?? memberTimeZone(undefined, to.country));
  const { t } = translator;
  const country = translator.country(alert.country);
  const deadline = translator.dateTime(alert.deadline, { zoneName: true });
  const intro = t('alerts.email.intro', { name: alert.defenderName, country });
  const subject = t('alerts.email.subject', { name: alert.defenderName, country });
  const { html, text } = renderEmail(translator, {
    title: subject,
    preheader: intro,
    blocks: [
      { kind: 'text', text: intro },
      { kind: 'lead', text: t('alerts.email.happened') },
      { kind: 'text', text: alert.happened },
      { kind: 'lead', text: t('alerts.email.asked') },
      ...alert.askedActions.map((code) => ({ kind: 'text' as const, text: `– ${askedActionLabel(translator, code)}` })),
      ...(alert.asked ? [{ kind: 'text' as const, text: alert.asked }] : []),
      { kind: 'callout', text: t('alerts.email.deadline', { deadline }) },
      { kind: 'button', href: links.answerUrl, label: t('alerts.email.answerLink') },
      { kind: 'text', text: t('alerts.email.confidential') },
    ],
    footer: {
      lines: [t('alerts.email.why')],
      links: [{ href: links.unsubscribeUrl, label: t('alerts.email.unsubscribeLink') }],
    },
  });
  return { to: to.email, subject, text, html, headers: { ...alertUnsubscribeHeaders(links), 'Content-Language': to.language } };
}
