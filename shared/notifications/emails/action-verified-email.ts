/** "Your action has been verified": to the member who logged it (an MP's action or a mission action). */
import type { DefenderCase } from '../../domain/case.ts';
import type { Member } from '../../domain/member.ts';
import type { Translator } from '../../i18n/translator.ts';
import type { OutgoingEmail } from '../../ports/mailer.ts';
import { notificationEmail } from './frame.ts';

/** `actionKey`: the vocabulary key of the action's type (`vocabulary.euAction.…` or `vocabulary.parliamentaryAction.…`). */
export function actionVerifiedEmail(t: Translator, member: Member, c: DefenderCase, action: { actionKey: string; date: string }, appUrl: string): OutgoingEmail {
  return notificationEmail(t, {
    to: member.email,
    name: member.name,
    subject: t.t('notifications.actionVerified.subject'),
    body: t.t('notifications.actionVerified.body', { defender: c.defenderName, action: t.label(action.actionKey), date: t.date(action.date, 'long') }),
    link: { label: t.t('notifications.actionVerified.link'), url: `${appUrl}/cases/${c.id}` },
    settingsUrl: `${appUrl}/settings`,
  });
}
