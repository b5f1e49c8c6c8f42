/**
 * Correcting a timeline event: which fields a correction may change, whether
 * the event it makes is still a valid event (a hearing keeps a court and a
 * time, other events have neither), and the corrected event itself. The rules
 * are those of a new event, applied to the event as it will be stored.
 */
import { z } from 'zod';
import { isoDate, isoDateTime, text } from './text.ts';
import { utcToLocal } from './zoned-time.ts';
import { timeZoneSchema } from './zoned-time.schema.ts';
import { EVENT_TYPES, hearingTimeIssues, storedHearingTime, type TimelineEvent } from './timeline.ts';

/** An event's id in a path; worded per language as `validation.field.eventId`. */
export const eventIdSchema = z.string().uuid('Not an event id.');

/** `PATCH /api/cases/{id}/events/{eventId}`: the fields to change; `description: null` removes it. */
export const eventChangeSchema = z
  .object({
    type: z.enum(EVENT_TYPES),
    date: isoDate,
    title: text(200),
    description: text(2000).nullable().describe('null removes the description.'),
    court: text(200).describe('Hearings only.'),
    hearingLocal: isoDateTime.describe('Hearings: the new start, as the court\'s clocks show it (YYYY-MM-DDTHH:mm, in timeZone).'),
    hearingAt: isoDateTime.describe('Hearings, older clients: the new start in UTC. Prefer hearingLocal.'),
    timeZone: timeZoneSchema.describe('Hearings: the court\'s IANA zone. Given alone, the hearing keeps its local time in the new zone.'),
  })
  .partial()
  .strict();
export type EventChange = z.infer<typeof eventChangeSchema>;

const HEARING_ONLY = ['court', 'hearingLocal', 'hearingAt', 'timeZone'] as const;

/**
 * The change schema checked against the event it corrects: the corrected
 * event must be valid as a new one would be. The use case parses with it,
 * and the fuzz suite uses it as its oracle for a known event.
 */
export function eventChangeSchemaFor(current: Pick<TimelineEvent, 'type' | 'court' | 'hearingAt' | 'timeZone'>) {
  return eventChangeSchema.superRefine((change, ctx) => {
    const type = change.type ?? current.type;
    if (type !== 'hearing') {
      if (change.court) ctx.addIssue({ code: 'custom', path: ['court'], message: 'Only hearings have a court.', params: { key: 'validation.event.courtOnlyForHearings' } });
      for (const field of ['hearingLocal', 'hearingAt', 'timeZone'] as const) {
        if (change[field]) ctx.addIssue({ code: 'custom', path: [field], message: 'Only hearings have a hearing time.', params: { key: 'validation.field.hearingLocal.onlyHearings' } });
      }
      return;
    }
    const wasHearing = current.type === 'hearing' && current.hearingAt !== undefined;
    if (!(change.court ?? (wasHearing ? current.court : undefined))) {
      ctx.addIssue({ code: 'custom', path: ['court'], message: 'A hearing needs its court.', params: { key: 'validation.event.hearingNeedsCourt' } });
    }
    if (change.hearingLocal || change.hearingAt || !wasHearing) {
      hearingTimeIssues({ ...change, timeZone: change.timeZone ?? (wasHearing ? current.timeZone : undefined) }, ctx);
    }
  });
}

/**
 * The event after a valid change (its version, author and time of
 * correction are the caller's to set), and the names of the fields that
 * changed; `fields` is empty when the change changes nothing.
 */
export function correctedEvent(current: TimelineEvent, change: EventChange, country: string): { event: TimelineEvent; fields: string[] } {
  const type = change.type ?? current.type;
  const next: TimelineEvent = {
    ...current, type, date: change.date ?? current.date, title: change.title ?? current.title,
  };
  const description = change.description === null ? undefined : change.description ?? current.description;
  if (description === undefined) delete next.description;
  else next.description = description;
  for (const field of HEARING_ONLY) delete (next as Partial<TimelineEvent>)[field as keyof TimelineEvent];
  if (type === 'hearing') {
    const wasHearing = current.type === 'hearing' && current.hearingAt !== undefined;
    next.court = change.court ?? current.court;
    const zone = change.timeZone ?? (wasHearing ? current.timeZone : undefined);
    if (change.hearingLocal || change.hearingAt) {
      Object.assign(next, storedHearingTime({ hearingLocal: change.hearingLocal, hearingAt: change.hearingAt, timeZone: zone }, country));
    } else if (change.timeZone && current.hearingAt) {
      // A zone alone: the court's clocks still show the same time, which is another instant.
      const local = utcToLocal(Date.parse(`${current.hearingAt}:00Z`), current.timeZone ?? 'UTC').slice(0, 16);
      Object.assign(next, storedHearingTime({ hearingLocal: local, timeZone: change.timeZone }, country));
    } else {
      next.hearingAt = current.hearingAt;
      if (current.timeZone) next.timeZone = current.timeZone;
    }
  }
  const compared = ['type', 'date', 'title', 'description', 'court', 'hearingAt', 'timeZone'] as const;
  const fields = compared.filter((k) => next[k] !== current[k]);
  return { event: next, fields };
}
