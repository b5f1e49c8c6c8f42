/**
 * Urgent alerts: a coordinator tells the members concerned by a case what
 * happened, what is asked of them and by when. Each recipient is emailed
 * once and answers "I will act", "Done" or "I can't". The codes stay
 * language-neutral; only the words people read are translated.
 */
import { z } from 'zod';
import { EU_ACTION_CODES, type EuActionCode } from '../domain/eu-guidelines.ts';
import { PARLIAMENTARY_ACTIONS, type ParliamentaryAction } from '../domain/parliamentary-actions.ts';
import type { Role } from '../domain/member.ts';
import type { UiLanguage } from '../i18n/languages.ts';
import { text } from '../domain/text.ts';

/**
 * What an alert may ask: an MP's parliamentary action or a mission's EU Guidelines action. A code
 * both lists share (trial observation) appears once.
 */
export const ASKED_ACTIONS = [...new Set<string>([...PARLIAMENTARY_ACTIONS, ...EU_ACTION_CODES])] as readonly AskedAction[];
/** The EU Guidelines actions that are not also parliamentary ones (the compose page lists each code once). */
export const EU_ONLY_ACTIONS = EU_ACTION_CODES.filter((c) => !(PARLIAMENTARY_ACTIONS as readonly string[]).includes(c));
export type AskedAction = ParliamentaryAction | EuActionCode;

export const ALERT_ANSWERS = ['will_act', 'done', 'cannot'] as const;
export type AlertAnswer = (typeof ALERT_ANSWERS)[number];

/** Why a member receives the alert (the first reason that applies, in this order). */
export const RECIPIENT_REASONS = ['pledged', 'twin', 'named', 'posted', 'follows_country', 'follows_theme'] as const;
export type RecipientReason = (typeof RECIPIENT_REASONS)[number];

/** An instant with its offset, e.g. 2026-12-01T12:00:00Z (the API), or YYYY-MM-DDTHH:mm in UTC (the form). */
const instant = z
  .string()
  .trim()
  .max(40, 'At most 40 characters.')
  .transform((s) => (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(s) ? `${s}:00Z` : s))
  .pipe(z.iso.datetime({ offset: true, message: 'Use an ISO 8601 date and time, e.g. 2026-12-01T12:00Z.' }))
  .transform((s) => new Date(s).toISOString());

export const createAlertSchema = z
  .object({
    /** What happened to the defender. */
    happened: text(2000),
    /** The actions asked for, by code (at least one, or free text). */
    askedActions: z.array(z.enum(ASKED_ACTIONS as unknown as [AskedAction, ...AskedAction[]])).max(ASKED_ACTIONS.length)
      .refine((codes) => new Set(codes).size === codes.length, 'Actions repeat.').default([]),
    /** What is asked, in the coordinator's words. */
    asked: text(2000),
    /** When the action is needed by. */
    deadline: instant,
  })
  .strict();
export type CreateAlertInput = z.infer<typeof createAlertSchema>;

/** `createAlertSchema` with the deadline checked against now. */
export const createAlertSchemaAt = (now: Date) =>
  createAlertSchema.superRefine((input, ctx) => {
    if (Date.parse(input.deadline) <= now.getTime()) {
      ctx.addIssue({ code: 'custom', path: ['deadline'], message: 'The deadline has passed.', params: { key: 'validation.field.deadline.past' } });
    }
  });

export const alertResponseSchema = z.object({ answer: z.enum(ALERT_ANSWERS) }).strict();

export const alertIdSchema = z.string().uuid('Not an alert id.');

export interface Alert {
  id: string;
  caseId: string;
  /** The defender's name and country as they were when sent (the case may change later). */
  defenderName: string;
  country: string;
  happened: string;
  askedActions: AskedAction[];
  asked: string;
  deadline: string;
  createdAt: string;
  createdBy: string;
  recipientCount: number;
}

export type DeliveryStatus = 'queued' | 'sending' | 'sent' | 'suppressed' | 'failed';

/** One member an alert goes to: who, in which language, and what became of it. */
export interface AlertRecipient {
  alertId: string;
  caseId: string;
  memberId: string;
  name: string;
  email: string;
  role: Role;
  country?: string;
  language: UiLanguage;
  /** The zone the deadline is written in; recipients stored before zones were kept read in their country's main zone. */
  timeZone?: string;
  reason: RecipientReason;
  status: DeliveryStatus;
  deliveredAt?: string;
  answer?: AlertAnswer;
  answeredAt?: string;
  remindedAt?: string;
}

// Issue 14: what the coordinators' case page shows of an alert, kept beside the case by the table's stream.
/** An alert as its case page lists it: when, by when, to how many (not what it says, nor who sent it). */
export type AlertSummary = Pick<Alert, 'id' | 'caseId' | 'createdAt' | 'deadline' | 'recipientCount'>;
/** A recipient as the roster on the case page shows them: never their address, language or zone. */
export type RosterRecipient = Pick<AlertRecipient, 'memberId' | 'name' | 'role' | 'country' | 'reason' | 'status' | 'deliveredAt' | 'answer' | 'answeredAt'>;

/** An alert a member received and has not answered, as stored under the member (shared/alerts/waiting.ts). */
export interface WaitingAlert {
  alertId: string;
  caseId: string;
  memberId: string;
  deadline: string;
  createdAt: string;
}

/** One message on the delivery queue: up to this many members of one alert. */
export const MEMBERS_PER_MESSAGE = 25;
export interface AlertDelivery {
  alertId: string;
  memberIds: string[];
}
