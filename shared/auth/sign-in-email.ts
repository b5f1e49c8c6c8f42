/** The sign-in email. Plain words, the link, and what to do if it was not you. */
import type { OutgoingEmail } from '../ports/mailer.ts';
import { escapeHtml } from '../mail/html.ts';

export function signInEmail(to: string, link: string, minutes: number): OutgoingEmail {
  const text = [
    'Sign in to Tandem',
    '',
    `Open this link within ${minutes} minutes to sign in. It works once:`,
    link,
    '',
    'If you did not ask to sign in, ignore this email; nobody can use the link without access to your mailbox.',
  ].join('\n');
  const html = `<!doctype html><html><body style="font-family:Arial,sans-serif;color:#1a1a1a">
<p style="font-size:18px"><strong>Sign in to Tandem</strong></p>
<p>Open this link within ${minutes} minutes to sign in. It works once.</p>
<p><a href="${escapeHtml(link)}" style="color:#0b5394">Sign in to Tandem</a></p>
<p style="color:#555">If you did not ask to sign in, ignore this email.</p>
</body></html>`;
  return { to, subject: 'Your Tandem sign-in link', text, html };
}
