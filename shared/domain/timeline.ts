/**
 * The case timeline: dated, typed events. A hearing carries its court and
 * time and feeds the shared hearing calendar. Some events suggest a new risk
 * status, which the coordinator confirms when posting.
 */
import { z } from 'zod';
import { RISK_STATUSES, type RiskStatus } from './case.ts';
import { isoDate, isoDateTime, text } from './text.ts';

export const EVENT_TYPES = [
  'threat', 'attack', 'arrest', 'charge', 'hearing', 'verdict', 'release', 'relocation', 'update', 'killed',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

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
  type: EventType;
  /** The day it happened, YYYY-MM-DD. */
  date: string;
  title: string;
  description?: string;
  /** Hearings only. */
  court?: string;
  /** Hearings only: when it starts, YYYY-MM-DDTHH:mm in UTC. */
  hearingAt?: string;
  createdAt: string;
  createdBy: string;
}

export const newEventSchema = z
  .object({
    type: z.enum(EVENT_TYPES),
    date: isoDate,
    title: text(200),
    description: text(2000).optional(),
    court: text(200).optional(),
    hearingAt: isoDateTime.optional(),
    /** The risk status to move the case to, as confirmed by the coordinator. */
    newRiskStatus: z.enum(RISK_STATUSES).optional(),
  })
  .strict()
  .superRefine((e, ctx) => {
    if (e.type === 'hearing') {
      if (!e.court) ctx.addIssue({ code: 'custom', path: ['court'], message: 'A hearing needs its court.', params: { key: 'validation.event.hearingNeedsCourt' } });
      if (!e.hearingAt) ctx.addIssue({ code: 'custom', path: ['hearingAt'], message: 'A hearing needs its date and time.' });
    } else {
      if (e.court) ctx.addIssue({ code: 'custom', path: ['court'], message: 'Only hearings have a court.', params: { key: 'validation.event.courtOnlyForHearings' } });
      if (e.hearingAt) ctx.addIssue({ code: 'custom', path: ['hearingAt'], message: 'Only hearings have a hearing time.' });
    }
  });
export type NewEvent = z.infer<typeof newEventSchema>;
