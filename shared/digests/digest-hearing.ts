/**
 * How the digest says when and where a hearing is. One small function, so
 * that court-local times (the hearing's own time zone, with the reader's
 * beside it) replace UTC here and nowhere else.
 */
import type { Translator } from '../i18n/translator.ts';
import type { Digest } from './compose.ts';

/** The hearing's date and time (stored `YYYY-MM-DDTHH:mm`, in UTC) with the zone named, then the court. */
export function hearingLines(translator: Translator, hearing: Digest['hearings'][number]): string[] {
  const when = translator.dateTime(`${hearing.hearingAt}:00Z`, { timeZone: 'UTC', zoneName: true, dateStyle: 'full' });
  return hearing.court ? [when, hearing.court] : [when];
}
