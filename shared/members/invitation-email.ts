/**
 * The invitation sent when a coordinator approves a join request: welcome,
 * how to sign in (a button to the sign-in page), and the network's one rule
 * about case details.
 */
import type { UiLanguage } from '../i18n/languages.ts';
import { translatorFor } from '../i18n/translator.ts';
import { renderEmail } from '../mail/layout.ts';
import type { OutgoingEmail } from '../ports/mailer.ts';

export function invitationEmail(to: string, name: string, signInUrl: string, language: UiLanguage = 'en'): OutgoingEmail {
  const translator = translatorFor(language);
  const { t } = translator;
  const { html, text } = renderEmail(translator, {
    title: t('emails.invitation.title'),
    preheader: t('emails.invitation.preheader'),
    blocks: [
      { kind: 'text', text: t('emails.invitation.greeting', { name }) },
      { kind: 'text', text: t('emails.invitation.welcome') },
      { kind: 'text', text: t('emails.invitation.howToSignIn') },
      { kind: 'button', href: signInUrl, label: t('emails.invitation.button') },
      { kind: 'text', text: t('emails.invitation.confidential') },
    ],
    footer: { lines: [t('emails.invitation.why')] },
  });
  return { to, subject: t('emails.invitation.subject'), text, html, headers: { 'Content-Language': language } };
}
