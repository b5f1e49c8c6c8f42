/**
 * The case timeline's events as stored: their types, what each suggests, the event itself and
 * its version. No zod here: the adapters (which a cold start reads) import this;
 * ./timeline.ts holds the schemas and re-exports it.
 */
import type { RiskStatus } from './case-model.ts';

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
