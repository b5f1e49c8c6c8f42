/**
 * A member's preferences: the weekly digest on or off, the countries and
 * themes they follow, the language of the digest, and, for pages, the
 * language and time zone. The digest's part is stored on the member's item
 * under `preferences` (versioned with it); the page language and the zone are
 * the member's own attributes (`Member.uiLanguage`, `Member.timeZone`), which
 * the session snapshots. A member who never saved any gets the defaults:
 * digest on, no interests, English; pages in the language they last chose
 * (otherwise their digest language, once they saved one; otherwise their
 * browser's); the zone they saved, else their country's main zone, else UTC.
 */
import { z } from 'zod';
import { countryCode, THEMES } from '../domain/case.ts';
import type { Member } from '../domain/member.ts';
import { isUiLanguage, UI_LANGUAGES, type UiLanguage } from '../i18n/languages.ts';
import { mainTimeZoneOf } from '../domain/country-zones.ts';
import { canonicalTimeZone, isListedTimeZone } from '../domain/zoned-time.ts';
import { DEFAULT_NOTIFICATION_SETTINGS, notificationSettingsSchema } from '../notifications/index.ts';
import { DEFAULT_PREFERENCES, DIGEST_LANGUAGES, type DigestPreferences, type MemberPreferences } from './preferences-model.ts';

export * from './preferences-model.ts';

const unique = (values: string[]) => new Set(values).size === values.length;

/**
 * A zone of the runtime's list (`Intl.supportedValuesOf('timeZone')`, UTC), in its spelling: browsers
 * report current names (`Europe/Kyiv`) where the runtime may list older ones (`Europe/Kiev`).
 */
export const memberTimeZone = (name: unknown): string | undefined => {
  const zone = typeof name === 'string' && name.length <= 64 ? canonicalTimeZone(name) : undefined;
  return zone && isListedTimeZone(zone) ? zone : undefined;
};

const memberTimeZoneSchema = z.string().transform((name, ctx) => {
  const zone = memberTimeZone(name);
  if (zone) return zone;
  // A member's own zone: the calendar's `validation.field.timeZone` speaks of a court's.
  ctx.addIssue({ code: 'custom', message: 'Not a time zone.', params: { key: 'validation.preferences.timeZone' } });
  return z.NEVER;
});

const digestShape = {
  weeklyDigest: z.boolean(),
  countries: z.array(countryCode).max(60, 'At most 60 countries.').refine(unique, { message: 'Countries repeat.', params: { key: 'validation.repeats' } }),
  themes: z.array(z.enum(THEMES)).max(THEMES.length).refine(unique, { message: 'Themes repeat.', params: { key: 'validation.repeats' } }),
  language: z.enum(DIGEST_LANGUAGES),
  /** Optional in a body: each kind left out gets its default. */
  notifications: notificationSettingsSchema.default(DEFAULT_NOTIFICATION_SETTINGS),
};

/** The digest's part as stored; what is read back is checked with it. */
export const digestPreferencesSchema = z.object(digestShape).strict();

/**
 * A full replacement of the preferences (PUT /api/me/preferences, the settings
 * form). `uiLanguage` and `timeZone` may be left out: their defaults apply then.
 */
export const preferencesSchema = z
  .object({ ...digestShape, uiLanguage: z.enum(UI_LANGUAGES).optional(), timeZone: memberTimeZoneSchema.optional() })
  .strict();
export type PreferencesInput = z.infer<typeof preferencesSchema>;

/** A member as stored: the digest preferences ride on the member's item. */
export type MemberRecord = Member & { preferences?: unknown };

const storedDigestPreferences = (member: Member): DigestPreferences | undefined => {
  const stored = (member as MemberRecord).preferences;
  if (!stored || typeof stored !== 'object') return undefined;
  const parsed = digestPreferencesSchema.safeParse({ ...DEFAULT_PREFERENCES, ...(stored as Partial<DigestPreferences>) });
  return parsed.success ? parsed.data : undefined;
};

/**
 * The member's digest preferences with the defaults filled in. What is stored
 * was validated on the way in; anything unreadable falls back to the default
 * rather than failing a whole digest run.
 */
export const preferencesOf = (member: Member): DigestPreferences => storedDigestPreferences(member) ?? DEFAULT_PREFERENCES;

/** The page language a member chose: saved, else the digest language they saved, else none. */
export const uiLanguageOf = (member: Pick<Member, 'uiLanguage'> & { preferences?: unknown }): UiLanguage | undefined =>
  member.uiLanguage ?? storedDigestPreferences(member as Member)?.language;

/** The member's zone: saved, else their country's main zone, else UTC. */
export const timeZoneOf = (member: Pick<Member, 'timeZone' | 'country'>): string =>
  memberTimeZone(member.timeZone) ?? mainTimeZoneOf(member.country ?? '');

/** Every preference of the member, defaults filled in. */
export function memberPreferencesOf(member: Member): MemberPreferences {
  const uiLanguage = uiLanguageOf(member);
  return { ...preferencesOf(member), ...(uiLanguage ? { uiLanguage } : {}), timeZone: timeZoneOf(member) };
}

/** What a saved replacement means for pages: the language and zone the session now carries. */
export const effectiveChoices = (input: PreferencesInput, country: string | undefined): { uiLanguage: UiLanguage; timeZone: string } => ({
  uiLanguage: input.uiLanguage ?? input.language,
  timeZone: input.timeZone ?? mainTimeZoneOf(country ?? ''),
});

/**
 * The language of every other email to this member (sign-in link, pause
 * notice): the language they saved for pages when there is one, else their
 * digest's. The digest itself goes in the digest's language.
 */
export function emailLanguageOf(member: Member): UiLanguage {
  const record = member as MemberRecord & { uiLanguage?: unknown };
  const stored = record.preferences && typeof record.preferences === 'object' ? (record.preferences as { uiLanguage?: unknown }) : {};
  const saved = record.uiLanguage ?? stored.uiLanguage;
  return isUiLanguage(saved) ? saved : preferencesOf(member).language;
}
