/**
 * How the digest says when and where a hearing is. One small function, so
 * that court-local times (the hearing's own time zone, with the reader's
 * beside it) replace UTC here and nowhere else.
 */
import { hearingTimes } from '../calendar/index.ts';
import type { Translator } from '../i18n/translator.ts';
import type { Digest } from './compose.ts';

/** The hearing's date and time in its court's zone, with the reader's own time beside it when it differs; then the court. */
export function hearingLines(translator: Translator, hearing: Digest['hearings'][number]): string[] {
  const when = hearingTimes(translator, hearing.hearingAt, hearing.timeZone, { dateStyle: 'full' }).text;
  return hearing.court ? [when, hearing.court] : [when];
}
