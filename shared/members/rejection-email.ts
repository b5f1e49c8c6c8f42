/**
 * The answer to a rejected join request: the join page promises that a
 * coordinator writes back, so the applicant is told, with the coordinator's
 * reason, in the language they asked in.
 */
import type { UiLanguage } from '../i18n/languages.ts';
import { translatorFor } from '../i18n/translator.ts';
import { renderEmail } from '../mail/layout.ts';
import type { OutgoingEmail } from '../ports/mailer.ts';

export function rejectionEmail(to: string, name: string, reason: string, language: UiLanguage = 'en'): OutgoingEmail {
  const translator = translatorFor(language);
  const { t } = translator;
  const { html, text } = renderEmail(translator, {
    title: t('emails.rejection.title'),
    preheader: t('emails.rejection.preheader'),
    blocks: [
      { kind: 'text', text: t('emails.rejection.greeting', { name }) },
      { kind: 'text', text: t('emails.rejection.body') },
      { kind: 'text', text: t('emails.rejection.reason', { reason }) },
      { kind: 'text', text: t('emails.rejection.again') },
    ],
    footer: { lines: [t('emails.rejection.why')] },
  });
  return { to, subject: t('emails.rejection.subject'), text, html, headers: { 'Content-Language': language } };
}
