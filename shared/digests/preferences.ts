/**
 * A member's digest preferences: the weekly digest on or off, the countries
 * and themes they follow, and the language of the digest. They are stored
 * on the member's item (versioned with it); a member who never saved any
 * gets the defaults: digest on, no interests, English.
 */
import { z } from 'zod';
import { countryCode, THEMES, type Theme } from '../domain/case.ts';
import type { Member } from '../domain/member.ts';
import { DEFAULT_NOTIFICATION_SETTINGS, notificationSettingsSchema, type NotificationSettings } from '../notifications/index.ts';

export const DIGEST_LANGUAGES = ['en', 'fr', 'es'] as const;
export type DigestLanguage = (typeof DIGEST_LANGUAGES)[number];

export const LANGUAGE_NAMES: Record<DigestLanguage, string> = { en: 'English', fr: 'Français', es: 'Español' };

export interface DigestPreferences {
  weeklyDigest: boolean;
  countries: string[];
  themes: Theme[];
  language: DigestLanguage;
  /** Notification emails, kind by kind (shared/notifications): at once, in this digest, or off. */
  notifications: NotificationSettings;
}

export const DEFAULT_PREFERENCES: DigestPreferences = {
  weeklyDigest: true, countries: [], themes: [], language: 'en', notifications: DEFAULT_NOTIFICATION_SETTINGS,
};

const unique = (values: string[]) => new Set(values).size === values.length;

/** A full replacement of the preferences (PUT /api/me/preferences, the settings form). */
export const preferencesSchema = z
  .object({
    weeklyDigest: z.boolean(),
    countries: z.array(countryCode).max(60, 'At most 60 countries.').refine(unique, 'Countries repeat.'),
    themes: z.array(z.enum(THEMES)).max(THEMES.length).refine(unique, 'Themes repeat.'),
    language: z.enum(DIGEST_LANGUAGES),
    /** Optional in a body: each kind left out gets its default. */
    notifications: notificationSettingsSchema.default(DEFAULT_NOTIFICATION_SETTINGS),
  })
  .strict();

/** A member as stored: the preferences ride on the member's item. */
export type MemberRecord = Member & { preferences?: unknown };

/**
 * The member's preferences with the defaults filled in. What is stored was
 * validated on the way in; anything unreadable falls back to the default
 * rather than failing a whole digest run.
 */
export function preferencesOf(member: Member): DigestPreferences {
  const stored = (member as MemberRecord).preferences;
  if (!stored || typeof stored !== 'object') return DEFAULT_PREFERENCES;
  const merged = { ...DEFAULT_PREFERENCES, ...(stored as Partial<DigestPreferences>) };
  const parsed = preferencesSchema.safeParse(merged);
  return parsed.success ? parsed.data : DEFAULT_PREFERENCES;
}
