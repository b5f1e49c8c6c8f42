/**
 * The language and time zone a member's emails are written in: the page
 * language they saved (`Member.uiLanguage`), else their digest's language,
 * else English; their saved time zone, else their country's main zone, else UTC.
 * (The digest's own rules, read here without importing the digest feature,
 * which imports this one for its settings.)
 */
import type { Member } from '../domain/member.ts';
import { memberTimeZone } from '../domain/member-time-zone.ts';
import { isUiLanguage, type UiLanguage } from '../i18n/languages.ts';

export function readerOf(member: Member): { language: UiLanguage; timeZone: string } {
  const digestLanguage = ((member as Member & { preferences?: { language?: unknown } }).preferences ?? {}).language;
  const language = isUiLanguage(member.uiLanguage) ? member.uiLanguage : isUiLanguage(digestLanguage) ? digestLanguage : 'en';
  return { language, timeZone: memberTimeZone(member.timeZone, member.country) };
}
