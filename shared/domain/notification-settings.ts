/**
 * A member's choice for each kind of notification: an email at once, a line
 * in the weekly digest instead, or nothing; a member who never chose gets
 * every email at once. The vocabulary and the defaults only, without zod: they
 * are part of a member's stored preferences (shared/digests/preferences-model.ts),
 * which the adapters read at a cold start. shared/notifications/settings.ts
 * re-exports them with the schema.
 */

export const NOTIFICATION_KINDS = ['newRequest', 'hearingReminder', 'overdueRequest', 'actionVerified', 'applicationDeadline'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const DELIVERIES = ['now', 'digest', 'off'] as const;
export type Delivery = (typeof DELIVERIES)[number];

export type NotificationSettings = Record<NotificationKind, Delivery>;

export const DEFAULT_NOTIFICATION_SETTINGS: NotificationSettings = {
  newRequest: 'now', hearingReminder: 'now', overdueRequest: 'now', actionVerified: 'now', applicationDeadline: 'now',
};
