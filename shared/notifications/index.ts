/** What other features may use of shared/notifications/ (they import nothing else from it). */
export {
  DEFAULT_NOTIFICATION_SETTINGS, DELIVERIES, NOTIFICATION_KINDS, notificationSettingsSchema,
  type Delivery, type NotificationKind, type NotificationSettings,
} from './settings.ts';
export type { DigestNote } from './notification-store.ts';
export type { NotificationEvent, NotificationQueue } from './notification-event.ts';
