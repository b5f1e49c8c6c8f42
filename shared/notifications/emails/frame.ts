/**
 * The parts every notification email shares: the greeting, one paragraph,
 * one link, the reminder not to forward case details, and the footer that
 * points to the settings. Text and HTML carry the same words; every value is
 * escaped in the HTML.
 */
import { escapeHtml } from '../../mail/html.ts';
import type { Translator } from '../../i18n/translator.ts';
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
  const greeting = t.t('notifications.email.greeting', { name: parts.name });
  const doNotForward = t.t('notifications.email.doNotForward');
  const text = [
    greeting, '', parts.body, '', parts.link.label, parts.link.url, '', doNotForward, '',
    t.t('notifications.email.footer', { url: parts.settingsUrl }),
  ].join('\n');
  // One sentence in both parts: in the HTML its words are escaped and the address becomes a link.
  const marker = '\u0000settings\u0000';
  const footer = escapeHtml(t.t('notifications.email.footer', { url: marker }))
    .replace(marker, `<a href="${escapeHtml(parts.settingsUrl)}" style="color:#0b5394">${escapeHtml(parts.settingsUrl)}</a>`);
  const html = `<!doctype html><html lang="${escapeHtml(t.language)}"><body style="font-family:Arial,sans-serif;color:#1a1a1a">
<p>${escapeHtml(greeting)}</p>
<p>${escapeHtml(parts.body)}</p>
<p><a href="${escapeHtml(parts.link.url)}" style="color:#0b5394">${escapeHtml(parts.link.label)}</a></p>
<p style="color:#555">${escapeHtml(doNotForward)}</p>
<p style="color:#555;font-size:12px">${footer}</p>
</body></html>`;
  return { to: parts.to, subject: parts.subject, text, html, headers: { 'Content-Language': t.language } };
}
