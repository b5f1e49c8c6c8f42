/** What other features may use of shared/digests/ (they import nothing else from it). */
export { emailLanguageOf, preferencesOf, memberPreferencesOf, memberTimeZone, timeZoneOf, uiLanguageOf } from './preferences.ts';
export type { DigestLanguage } from './preferences.ts';
