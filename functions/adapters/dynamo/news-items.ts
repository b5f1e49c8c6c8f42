/**
 * The weekly news partition: each timeline event is also written, in the
 * same transaction, as a small item under the ISO week it was posted in
 * (`pk = NEWS#2026-W47`, `sk = EVENT#<createdAt>#<eventId>`), so a digest
 * reads a week's events with one Query instead of one Query per case.
 *
 * The item holds only what a digest line shows (case id, type, date, title,
 * when it was posted). It is never used to decide who may see anything:
 * composition checks every case id against the case record read at compose
 * time (`digestMaySee`), so a case made restricted or paused after the event
 * stays out of the email.
 */
import type { TimelineEvent } from '#shared/domain/timeline.ts';
import { isoWeekOf } from '#shared/digests/iso-week.ts';

export const newsKeys = {
  /** The week an event was posted in, in UTC (as digest windows are). */
  week: (isoWeek: string) => `NEWS#${isoWeek}`,
  event: (e: Pick<TimelineEvent, 'createdAt' | 'id'>) => ({ pk: `NEWS#${isoWeekOf(new Date(e.createdAt))}`, sk: `EVENT#${e.createdAt}#${e.id}` }),
};

/** The fields of an event a digest shows; a news item is an event without its description, court and author. */
export type NewsEvent = Pick<TimelineEvent, 'id' | 'caseId' | 'type' | 'date' | 'title' | 'createdAt' | 'proceeding'>;

export function newsItem(e: TimelineEvent): Record<string, unknown> {
  const news: NewsEvent = {
    id: e.id, caseId: e.caseId, type: e.type, date: e.date, title: e.title, createdAt: e.createdAt,
    // A proceeding's stage is worded from its body (stage-events.ts).
    ...(e.proceeding ? { proceeding: e.proceeding } : {}),
  };
  return { ...newsKeys.event(e), itemType: 'news', ...news };
}
