/**
 * A member's choice for each kind of notification: an email at once, a line
 * in the weekly digest instead, or nothing. Stored with the digest
 * preferences on the member's item (`preferences.notifications`); a member
 * who never chose gets every email at once.
 */
import { z } from 'zod';
import type { Member } from '../domain/member.ts';
import { DEFAULT_NOTIFICATION_SETTINGS, DELIVERIES, type NotificationKind, type NotificationSettings } from '../domain/notification-settings.ts';

export * from '../domain/notification-settings.ts';

const delivery = (kind: NotificationKind) => z.enum(DELIVERIES).default(DEFAULT_NOTIFICATION_SETTINGS[kind]);

/** Every kind optional in what is sent (its default fills in), strict about anything else. */
export const notificationSettingsSchema = z
  .object({
    newRequest: delivery('newRequest'),
    hearingReminder: delivery('hearingReminder'),
    overdueRequest: delivery('overdueRequest'),
    actionVerified: delivery('actionVerified'),
    applicationDeadline: delivery('applicationDeadline'),
  })
  .strict();

/** The member's settings with the defaults filled in; anything unreadable falls back to the defaults. */
export function notificationSettingsOf(member: Member): NotificationSettings {
  const stored = (member as Member & { preferences?: { notifications?: unknown } }).preferences?.notifications;
  const parsed = notificationSettingsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : DEFAULT_NOTIFICATION_SETTINGS;
}
