/**
 * The welcome email: sent when a coordinator approves a join request or
 * invites someone directly. It carries a one-time sign-in link (a button),
 * says how to sign in afterwards, and the network's one rule about case details.
 */
import type { UiLanguage } from '../i18n/languages.ts';
import { translatorFor } from '../i18n/translator.ts';
import { renderEmail } from '../mail/layout.ts';
import type { OutgoingEmail } from '../ports/mailer.ts';

/** Why the person receives it: they asked to join, or a coordinator invited them. */
export type InvitationReason = 'approved' | 'invited';

export function invitationEmail(
  to: string, name: string, signInUrl: string, language: UiLanguage = 'en',
  options: { reason?: InvitationReason; days?: number } = {},
): OutgoingEmail {
  const translator = translatorFor(language);
  const { t } = translator;
  const invited = options.reason === 'invited';
  const { html, text } = renderEmail(translator, {
    title: t('emails.invitation.title'),
    preheader: invited ? t('emails.invitation.preheaderInvited') : t('emails.invitation.preheader'),
    blocks: [
      { kind: 'text', text: t('emails.invitation.greeting', { name }) },
      { kind: 'text', text: t('emails.invitation.welcome') },
      { kind: 'button', href: signInUrl, label: t('emails.invitation.button') },
      { kind: 'text', text: t('emails.invitation.linkOnce', { days: options.days ?? 3 }) },
      { kind: 'text', text: t('emails.invitation.howToSignIn') },
      { kind: 'text', text: t('emails.invitation.confidential') },
    ],
    footer: { lines: [invited ? t('emails.invitation.whyInvited') : t('emails.invitation.why')] },
  });
  return { to, subject: t('emails.invitation.subject'), text, html, headers: { 'Content-Language': language } };
}
