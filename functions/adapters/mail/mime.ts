/**
 * Builds the raw MIME message both mail adapters send, with nodemailer's
 * MailComposer (a maintained MIME library). File and URL access are disabled:
 * message parts are only ever the strings we pass.
 */
import MailComposer from 'nodemailer/lib/mail-composer';
import type { OutgoingEmail } from '#shared/ports/mailer.ts';

export async function buildMime(from: string, email: OutgoingEmail): Promise<Buffer> {
  const composer = new MailComposer({
    from,
    to: email.to,
    subject: email.subject,
    text: email.text,
    ...(email.html ? { html: email.html } : {}),
    headers: email.headers ?? {},
    disableFileAccess: true,
    disableUrlAccess: true,
    // RFC 5322 allows only CRLF line breaks; without this, a multi-line text or html body keeps bare LFs.
    newline: 'windows',
  });
  return composer.compile().build();
}

/** The header block of a raw message, unfolded, as `name → value` (lower-case names). */
export function parseHeaders(raw: string): Record<string, string> {
  const block = raw.split(/\r?\n\r?\n/, 1)[0] ?? '';
  const headers: Record<string, string> = {};
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}
