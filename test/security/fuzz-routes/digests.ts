/** The fuzzed write routes of digests (test/security/fuzz-routes.ts orders them). */
import fc from 'fast-check';
import { THEMES } from '#shared/domain/case.ts';
import { DIGEST_LANGUAGES, preferencesSchema } from '#shared/digests/preferences.ts';
import { UI_LANGUAGES } from '#shared/i18n/languages.ts';
import { DELIVERIES, NOTIFICATION_KINDS } from '#shared/notifications/index.ts';
import { type FuzzRoute, country, themes, optional, ifMatch } from './kit.ts';

/** A member's preferences. */
export const preferenceRows: FuzzRoute[] = [
  {
    name: 'PUT /api/me/preferences', method: 'PUT', schema: preferencesSchema, as: 'mp',
    valid: fc.record({
      weeklyDigest: fc.boolean(), countries: fc.uniqueArray(country, { maxLength: 5 }), themes: fc.subarray([...THEMES], { maxLength: 4 }),
      language: fc.constantFrom(...DIGEST_LANGUAGES),
      uiLanguage: fc.constantFrom(...UI_LANGUAGES), timeZone: fc.constantFrom('UTC', 'Europe/Moscow', 'America/Tegucigalpa', 'Asia/Kolkata'),
      // Each kind optional: a kind left out gets its default.
      notifications: fc.record(Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, fc.constantFrom(...DELIVERIES)])), { requiredKeys: [] }),
    }, { requiredKeys: ['weeklyDigest', 'countries', 'themes', 'language'] }),
    path: () => '/api/me/preferences', headers: ifMatch((ctx) => ctx.preferencesEtag()),
  },
];
