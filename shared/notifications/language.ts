/**
 * The language and time zone a member's emails are written in: the page
 * language they saved (`Member.uiLanguage`), else their digest's language,
 * else English; their saved time zone, else their country's main zone, else UTC.
 * (The digest's own rules, read here without importing the digest feature,
 * which imports this one for its settings.)
 */
import { mainTimeZoneOf } from '../domain/country-zones.ts';
import type { Member } from '../domain/member.ts';
import { canonicalTimeZone, TIME_ZONES } from '../domain/zoned-time.ts';
import { isUiLanguage, type UiLanguage } from '../i18n/languages.ts';

export function readerOf(member: Member): { language: UiLanguage; timeZone: string } {
  const digestLanguage = ((member as Member & { preferences?: { language?: unknown } }).preferences ?? {}).language;
  const language = isUiLanguage(member.uiLanguage) ? member.uiLanguage : isUiLanguage(digestLanguage) ? digestLanguage : 'en';
  const saved = typeof member.timeZone === 'string' ? canonicalTimeZone(member.timeZone) : undefined;
  return { language, timeZone: saved && TIME_ZONES.includes(saved) ? saved : mainTimeZoneOf(member.country ?? '') };
}
