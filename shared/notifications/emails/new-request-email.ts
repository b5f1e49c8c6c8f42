/** "New action request for the missions in {country}": to each diplomat posted there who may see the case. */
import type { DefenderCase } from '../../domain/case.ts';
import type { Member } from '../../domain/member.ts';
import type { Translator } from '../../i18n/translator.ts';
import type { ActionRequest } from '../../missions/index.ts';
import type { OutgoingEmail } from '../../ports/mailer.ts';
import { notificationEmail } from './frame.ts';

export function newRequestEmail(t: Translator, member: Member, c: DefenderCase, r: ActionRequest, appUrl: string): OutgoingEmail {
  const country = t.country(r.country);
  return notificationEmail(t, {
    to: member.email,
    name: member.name,
    subject: t.t('notifications.newRequest.subject', { country }),
    body: t.t('notifications.newRequest.body', {
      country, defender: c.defenderName, action: t.label(`vocabulary.euAction.${r.actionType}`), due: t.date(r.dueDate, 'long'),
    }),
    link: { label: t.t('notifications.newRequest.link'), url: `${appUrl}/requests` },
    settingsUrl: `${appUrl}/settings`,
  });
}
