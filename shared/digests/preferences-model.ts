/**
 * A member's digest preferences as stored, and their defaults: the model of
 * ./preferences.ts without its schemas (no zod), for the adapters, which a
 * cold start reads. ./preferences.ts re-exports it.
 */
import type { Theme } from '../domain/case-model.ts';
import { UI_LANGUAGES, type UiLanguage } from '../i18n/languages.ts';
import { DEFAULT_NOTIFICATION_SETTINGS, type NotificationSettings } from '../domain/notification-settings.ts';

export const DIGEST_LANGUAGES = UI_LANGUAGES;
export type DigestLanguage = UiLanguage;

export { LANGUAGE_NAMES } from '../i18n/languages.ts';

/** What the digest reads (stored under `preferences`). */
export interface DigestPreferences {
  weeklyDigest: boolean;
  countries: string[];
  themes: Theme[];
  language: DigestLanguage;
  /** Notification emails, kind by kind (shared/notifications): at once, in this digest, or off. */
  notifications: NotificationSettings;
}

/** Everything a member sets on the settings page and through GET/PUT /api/me/preferences. */
export interface MemberPreferences extends DigestPreferences {
  /** Absent until the member (or their digest language) chose one: the browser's language applies meanwhile. */
  uiLanguage?: UiLanguage;
  timeZone: string;
}

export const DEFAULT_PREFERENCES: DigestPreferences = {
  weeklyDigest: true, countries: [], themes: [], language: 'en', notifications: DEFAULT_NOTIFICATION_SETTINGS,
};
