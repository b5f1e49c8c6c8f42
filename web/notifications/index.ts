/** What other web features may use of web/notifications/: the settings page's fields. */
export { NotificationSettingsFields, notificationSettingsInput } from './notification-settings-fields.tsx';
export { notifyAfterAnswer } from './notify-after-answer.ts';
