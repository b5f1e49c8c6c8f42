/**
 * The parts every notification email shares, on the common email layout
 * (shared/mail/layout.ts): the greeting, one paragraph, one button, the
 * reminder not to forward case details, and the footer that points to the
 * settings. Text and HTML carry the same words; the layout escapes every value.
 */
import type { Translator } from '../../i18n/translator.ts';
import { renderEmail } from '../../mail/layout.ts';
import type { OutgoingEmail } from '../../ports/mailer.ts';

export interface NotificationParts {
  to: string;
  name: string;
  subject: string;
  body: string;
  link: { label: string; url: string };
  settingsUrl: string;
}

export function notificationEmail(t: Translator, parts: NotificationParts): OutgoingEmail {
  const { html, text } = renderEmail(t, {
    title: parts.subject,
    preheader: parts.body,
    blocks: [
      { kind: 'text', text: t.t('notifications.email.greeting', { name: parts.name }) },
      { kind: 'text', text: parts.body },
      { kind: 'button', href: parts.link.url, label: parts.link.label },
      { kind: 'callout', text: t.t('notifications.email.doNotForward') },
    ],
    footer: {
      lines: [t.t('notifications.email.footer', { url: parts.settingsUrl })],
      links: [{ href: parts.settingsUrl, label: t.t('common.nav.settings') }],
    },
  });
  return { to: parts.to, subject: parts.subject, text, html, headers: { 'Content-Language': t.language } };
}
