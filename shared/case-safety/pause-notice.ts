/**
 * The private notice sent when publicity is paused: stop public action now,
 * in the recipient's language. It names the case only by the defender's name
 * as members know it, and carries no reason (the reason may itself be
 * sensitive; it stays in the consent ledger). The button opens the case
 * page, which recipients keep while the case is paused
 * (`pausedFollowerIds`). The same guidance is the banner on that page.
 */
import type { UiLanguage } from '../i18n/languages.ts';
import { translatorFor } from '../i18n/translator.ts';
import { renderEmail } from '../mail/layout.ts';
import type { OutgoingEmail } from '../ports/mailer.ts';

export function pauseNoticeEmail(to: string, defenderName: string, caseUrl: string, language: UiLanguage = 'en'): OutgoingEmail {
  const translator = translatorFor(language);
  const { t } = translator;
  const name = defenderName;
  const { html, text } = renderEmail(translator, {
    title: t('emails.pause.title', { name }),
    preheader: t('emails.pause.preheader'),
    blocks: [
      { kind: 'callout', text: t('emails.pause.stop') },
      { kind: 'text', text: t('emails.pause.risk') },
      { kind: 'button', href: caseUrl, label: t('emails.pause.button') },
      { kind: 'text', text: t('emails.pause.doNotForward') },
    ],
    footer: { lines: [t('emails.pause.why')] },
  });
  return {
    to, subject: t('emails.pause.subject', { name }), text, html,
    headers: { Sensitivity: 'Private', 'Content-Language': language },
  };
}
