/**
 * The language and time zone a member's emails are written in: the page
 * language they saved (`preferences.uiLanguage`), else the digest's language,
 * else English; their saved time zone, else UTC.
 */
import type { Member } from '../domain/member.ts';
import { isUiLanguage, type UiLanguage } from '../i18n/languages.ts';

interface StoredPreferences {
  uiLanguage?: unknown;
  language?: unknown;
  timeZone?: unknown;
}

const isTimeZone = (zone: unknown): zone is string => {
  if (typeof zone !== 'string' || zone === '') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

export function readerOf(member: Member): { language: UiLanguage; timeZone: string } {
  const stored = ((member as Member & { preferences?: StoredPreferences }).preferences ?? {}) as StoredPreferences;
  const language = isUiLanguage(stored.uiLanguage) ? stored.uiLanguage : isUiLanguage(stored.language) ? stored.language : 'en';
  return { language, timeZone: isTimeZone(stored.timeZone) ? stored.timeZone : 'UTC' };
}
