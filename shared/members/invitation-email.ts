/** The invitation sent when a coordinator approves a join request. */
import { escapeHtml } from '../mail/html.ts';
import type { OutgoingEmail } from '../ports/mailer.ts';

export function invitationEmail(to: string, name: string, signInUrl: string): OutgoingEmail {
  const text = [
    `Dear ${name},`,
    '',
    'Welcome to Tandem, the network of parliamentarians and diplomats protecting human rights defenders.',
    `Sign in with this email address at ${signInUrl}: we will send you a one-time link each time.`,
    '',
    'Some cases are shared with the network only. Please do not forward case details unless a case is marked public.',
  ].join('\n');
  const html = `<!doctype html><html><body style="font-family:Arial,sans-serif;color:#1a1a1a">
<p>Dear ${escapeHtml(name)},</p>
<p>Welcome to Tandem, the network of parliamentarians and diplomats protecting human rights defenders.</p>
<p><a href="${escapeHtml(signInUrl)}" style="color:#0b5394">Sign in to Tandem</a> with this email address: we will send you a one-time link each time.</p>
<p style="color:#555">Some cases are shared with the network only. Please do not forward case details unless a case is marked public.</p>
</body></html>`;
  return { to, subject: 'Welcome to Tandem', text, html };
}
