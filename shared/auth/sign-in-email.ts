/**
 * The sign-in email, in the member's language: the title, the one-time link
 * as a button (and as text), how long it works, and what to do if it was
 * not you.
 */
import type { UiLanguage } from '../i18n/languages.ts';
import { translatorFor } from '../i18n/translator.ts';
import { renderEmail } from '../mail/layout.ts';
import type { OutgoingEmail } from '../ports/mailer.ts';

export function signInEmail(to: string, link: string, minutes: number, language: UiLanguage = 'en'): OutgoingEmail {
  const translator = translatorFor(language);
  const { t } = translator;
  const { html, text } = renderEmail(translator, {
    title: t('emails.signIn.title'),
    preheader: t('emails.signIn.preheader', { minutes }),
    blocks: [
      { kind: 'text', text: t('emails.signIn.body', { minutes }) },
      { kind: 'button', href: link, label: t('emails.signIn.button') },
      { kind: 'text', text: t('emails.signIn.notYou') },
    ],
    footer: { lines: [t('emails.signIn.why')] },
  });
  return { to, subject: t('emails.signIn.subject'), text, html, headers: { 'Content-Language': language } };
}
