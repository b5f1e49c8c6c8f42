/**
 * "Hearing in two days": to each member on the hearing's observer roster, with the court's local time and,
 * when their clocks differ, the member's own beside it (the words pages and the digest use).
 */
import type { DefenderCase } from '../../domain/case.ts';
import type { Member } from '../../domain/member.ts';
import type { TimelineEvent } from '../../domain/timeline.ts';
import type { Translator } from '../../i18n/translator.ts';
import type { OutgoingEmail } from '../../ports/mailer.ts';
import { hearingTimes } from '../../calendar/index.ts';
import { notificationEmail } from './frame.ts';

export function hearingReminderEmail(t: Translator, member: Member, c: DefenderCase, hearing: TimelineEvent, appUrl: string): OutgoingEmail {
  return notificationEmail(t, {
    to: member.email,
    name: member.name,
    subject: t.t('notifications.hearingReminder.subject', { defender: c.defenderName }),
    body: t.t('notifications.hearingReminder.body', {
      defender: c.defenderName, court: hearing.court ?? '', when: hearingTimes(t, hearing.hearingAt!, hearing.timeZone, { dateStyle: 'full' }).text,
    }),
    link: { label: t.t('notifications.hearingReminder.link'), url: `${appUrl}/cases/${c.id}` },
    settingsUrl: `${appUrl}/settings`,
  });
}
