/**
 * The case timeline: dated, typed events. A hearing carries its court and
 * time and feeds the shared hearing calendar. Some events suggest a new risk
 * status, which the coordinator confirms when posting.
 */
import { z } from 'zod';
import { RISK_STATUSES, type RiskStatus } from './case.ts';
import { ValidationError } from '../errors/index.ts';
import { mainTimeZoneOf } from './country-zones.ts';
import { isoDate, isoDateTime, text } from './text.ts';
import { canonicalTimeZone, localToUtc, timeZoneSchema } from './zoned-time.ts';

export const EVENT_TYPES = [
  'threat', 'attack', 'arrest', 'charge', 'hearing', 'verdict', 'release', 'relocation', 'update', 'killed',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/**
 * The stages of a proceeding at an international body, as timeline events. The proceeding writes
 * them (shared/proceedings/stage-events.ts): nobody posts or corrects one by hand, so they are not
 * among the `EVENT_TYPES` a coordinator may choose.
 */
export const PROCEEDING_EVENT_TYPES = ['proceeding_lodged', 'proceeding_communicated', 'proceeding_decided', 'proceeding_final'] as const;
export type ProceedingEventType = (typeof PROCEEDING_EVENT_TYPES)[number];
export type TimelineEventType = EventType | ProceedingEventType;

export const EVENT_TYPE_LABELS: Record<EventType, string> = {
  threat: 'Threat', attack: 'Attack', arrest: 'Arrest', charge: 'Charge', hearing: 'Hearing', verdict: 'Verdict',
  release: 'Release', relocation: 'Relocation', update: 'Update', killed: 'Killed',
};

/** The status an event usually means; the coordinator confirms (a verdict can also acquit). */
export const STATUS_AFTER_EVENT: Partial<Record<EventType, RiskStatus>> = {
  threat: 'threatened', attack: 'attacked', arrest: 'detained', charge: 'charged', hearing: 'on_trial',
  verdict: 'sentenced', release: 'released', relocation: 'relocated', killed: 'killed',
};

export interface TimelineEvent {
  id: string;
  caseId: string;
  type: TimelineEventType;
  /** The day it happened, YYYY-MM-DD. */
  date: string;
  title: string;
  description?: string;
  /** Hearings only. */
  court?: string;
  /** A proceeding's stage: the proceeding it follows and its body, by which it is worded (its `title` is the reference). */
  proceeding?: { id: string; internationalBody: string; otherBody?: string };
  /** Hearings only: when it starts, YYYY-MM-DDTHH:mm in UTC. */
  hearingAt?: string;
  /** Hearings only: the court's IANA time zone, in which the hearing is shown. Hearings stored before zones existed have none: UTC. */
  timeZone?: string;
  createdAt: string;
  createdBy: string;
  /** Corrections are conditioned on it (If-Match). Events stored before corrections existed have none: version 1. */
  version?: number;
  /** The last correction, if any. */
  updatedAt?: string;
  updatedBy?: string;
}

/** The version a correction must name: 1 for an event never corrected (stored before versions existed, or new). */
export const eventVersion = (e: Pick<TimelineEvent, 'version'>): number => e.version ?? 1;

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
