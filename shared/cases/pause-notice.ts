/**
 * The private notice sent when publicity is paused: stop public action now.
 * It names the case only by the defender's name as members know it, and
 * carries no reason (the reason may itself be sensitive; it stays in the
 * consent ledger).
 */
import { escapeHtml } from '../html.ts';
import type { OutgoingEmail } from '../ports/mailer.ts';

export function pauseNoticeEmail(to: string, defenderName: string, caseUrl: string): OutgoingEmail {
  const text = [
    `Private notice about ${defenderName}`,
    '',
    'Please stop all public action on this case now: no statements, posts, public questions or visible visits until the coordinators tell you otherwise.',
    'Publicity may put the defender at risk at this moment. Private, confidential steps remain possible after checking with the coordinators.',
    '',
    `The case in Tandem: ${caseUrl}`,
    '',
    'Do not forward this message.',
  ].join('\n');
  const html = `<!doctype html><html><body style="font-family:Arial,sans-serif;color:#1a1a1a">
<p style="font-size:18px"><strong>Private notice about ${escapeHtml(defenderName)}</strong></p>
<p>Please <strong>stop all public action on this case now</strong>: no statements, posts, public questions or visible visits until the coordinators tell you otherwise.</p>
<p>Publicity may put the defender at risk at this moment. Private, confidential steps remain possible after checking with the coordinators.</p>
<p><a href="${escapeHtml(caseUrl)}" style="color:#0b5394">The case in Tandem</a></p>
<p style="color:#555">Do not forward this message.</p>
</body></html>`;
  return { to, subject: `Private: pause public action on ${defenderName}`, text, headers: { Sensitivity: 'Private' }, html };
}
