/** "ECtHR time limit": to the coordinators who recorded or last edited an application not lodged yet. */
import type { DefenderCase } from '../../domain/case.ts';
import type { Member } from '../../domain/member.ts';
import type { Translator } from '../../i18n/translator.ts';
import type { OutgoingEmail } from '../../ports/mailer.ts';
import { notificationEmail } from './frame.ts';

export function applicationDeadlineEmail(
  t: Translator, member: Member, c: DefenderCase, dates: { deadline: string; decision: string; days: number }, appUrl: string,
): OutgoingEmail {
  return notificationEmail(t, {
    to: member.email,
    name: member.name,
    subject: t.t('notifications.applicationDeadline.subject', { defender: c.defenderName, days: dates.days }),
    body: t.t('notifications.applicationDeadline.body', {
      defender: c.defenderName, deadline: t.date(dates.deadline, 'long'), decision: t.date(dates.decision, 'long'),
    }),
    link: { label: t.t('notifications.applicationDeadline.link'), url: `${appUrl}/cases/${c.id}#proceedings` },
    settingsUrl: `${appUrl}/settings`,
  });
}
