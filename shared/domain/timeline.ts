/**
 * The case timeline: dated, typed events. A hearing carries its court and
 * time and feeds the shared hearing calendar. Some events suggest a new risk
 * status, which the coordinator confirms when posting.
 */
import { z } from 'zod';
import { RISK_STATUSES } from './case.ts';
import { EVENT_TYPES } from './timeline-model.ts';
import { ValidationError } from '../errors/index.ts';
import { mainTimeZoneOf } from './country-zones.ts';
import { isoDate, isoDateTime, text } from './text.ts';
import { canonicalTimeZone, localToUtc } from './zoned-time.ts';
import { timeZoneSchema } from './zoned-time.schema.ts';

export * from './timeline-model.ts';

export const newEventSchema = z
  .object({
    type: z.enum(EVENT_TYPES),
    date: isoDate,
    title: text(200),
    description: text(2000).optional(),
    court: text(200).optional(),
    hearingLocal: isoDateTime.optional().describe('Hearings: when it starts, as the court\'s clocks show it (YYYY-MM-DDTHH:mm, in timeZone).'),
    hearingAt: isoDateTime.optional().describe('Hearings, older clients: when it starts in UTC (YYYY-MM-DDTHH:mm). Still accepted; prefer hearingLocal.'),
    timeZone: timeZoneSchema.optional().describe('Hearings: the court\'s IANA time zone; the case country\'s main zone when left out.'),
    /** The risk status to move the case to, as confirmed by the coordinator. */
    newRiskStatus: z.enum(RISK_STATUSES).optional(),
  })
  .strict()
  .superRefine((e, ctx) => {
    if (e.type === 'hearing') {
      if (!e.court) ctx.addIssue({ code: 'custom', path: ['court'], message: 'A hearing needs its court.', params: { key: 'validation.event.hearingNeedsCourt' } });
      hearingTimeIssues(e, ctx);
    } else {
      if (e.court) ctx.addIssue({ code: 'custom', path: ['court'], message: 'Only hearings have a court.', params: { key: 'validation.event.courtOnlyForHearings' } });
      for (const field of ['hearingLocal', 'hearingAt', 'timeZone'] as const) {
        if (e[field]) ctx.addIssue({ code: 'custom', path: [field], message: 'Only hearings have a hearing time.', params: { key: 'validation.field.hearingLocal.onlyHearings' } });
      }
    }
  });
export type NewEvent = z.infer<typeof newEventSchema>;

export const NONEXISTENT = { message: 'That local time does not exist in this time zone (the clocks go forward then).', params: { key: 'validation.field.hearingLocal.nonexistent' } };

/** A hearing's time: the local time (or, from older clients, UTC), once, and a local time the court's clocks show. */
export function hearingTimeIssues(e: { hearingLocal?: string; hearingAt?: string; timeZone?: string }, ctx: z.RefinementCtx): void {
  if (!e.hearingLocal && !e.hearingAt) {
    ctx.addIssue({ code: 'custom', path: ['hearingLocal'], message: 'A hearing needs its date and time.', params: { key: 'validation.field.hearingLocal.required' } });
  } else if (e.hearingLocal && e.hearingAt) {
    ctx.addIssue({ code: 'custom', path: ['hearingAt'], message: 'Give hearingLocal or hearingAt, not both.', params: { key: 'validation.field.hearingAt.both' } });
  } else if (e.hearingLocal && e.timeZone && canonicalTimeZone(e.timeZone) && !localToUtc(e.hearingLocal, e.timeZone)) {
    // (zod runs this refinement even when the zone itself failed: an unknown zone is that field's error alone.)
    ctx.addIssue({ code: 'custom', path: ['hearingLocal'], ...NONEXISTENT });
  }
}

/**
 * How a valid posted hearing is stored: the UTC instant and the court's zone,
 * which is the case country's main zone unless the poster chose one. A local
 * time the default zone skips is refused like one the chosen zone skips.
 */
export function storedHearingTime(
  e: { hearingLocal?: string; hearingAt?: string; timeZone?: string }, country: string,
): { hearingAt: string; timeZone: string } {
  const timeZone = e.timeZone ?? mainTimeZoneOf(country);
  if (e.hearingAt) return { hearingAt: e.hearingAt, timeZone };
  const hearingAt = e.hearingLocal ? localToUtc(e.hearingLocal, timeZone) : undefined;
  if (!hearingAt) throw new ValidationError([{ path: 'hearingLocal', code: 'custom', message: NONEXISTENT.message, key: NONEXISTENT.params.key }]);
  return { hearingAt, timeZone };
}
