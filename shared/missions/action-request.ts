/**
 * Action requests: a coordinator asks the missions posted in a country to act
 * on a case (an EU Guidelines action, by a due date). One mission answers for
 * the posting: it acknowledges, declines with a reason, or logs the action,
 * which marks the request done. A request still to be done is "open"; it is
 * overdue once its due date has passed.
 */
import { z } from 'zod';
import { countryCode } from '../domain/case.ts';
import { euActionCode, type EuActionCode } from '../domain/eu-guidelines.ts';
import { isoDate, text } from '../domain/text.ts';

export const REQUEST_STATUSES = ['open', 'acknowledged', 'declined', 'done', 'withdrawn'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** Statuses in which a request still asks something of the missions. */
export const OPEN_STATUSES = ['open', 'acknowledged'] as const satisfies readonly RequestStatus[];
export type OpenStatus = (typeof OPEN_STATUSES)[number];
/** The one rule of what is open, also for a request read as a plain record (the digest's: its status a string). */
export const isOpen = <R extends { status: string }>(r: R): r is R & { status: OpenStatus } => (OPEN_STATUSES as readonly string[]).includes(r.status);

export const REQUEST_STATUS_LABELS: Record<RequestStatus, string> = {
  open: 'Open', acknowledged: 'Acknowledged', declined: 'Declined', done: 'Done', withdrawn: 'Withdrawn',
};

export interface ActionRequest {
  id: string;
  caseId: string;
  actionType: EuActionCode;
  /** Country of posting of the missions asked (usually the case's country). */
  country: string;
  /** YYYY-MM-DD. */
  dueDate: string;
  note?: string;
  /** Set when a public-facing action on a non-public case was confirmed as consulted. */
  publicActionCleared?: true;
  status: RequestStatus;
  createdAt: string;
  createdBy: string;
  /** The mission that acknowledged, declined or did it. */
  respondingMission?: string;
  respondedBy?: string;
  respondedAt?: string;
  /** When a mission first answered (acknowledged, declined or did it): later answers move respondedAt, never this. */
  firstAnsweredAt?: string;
  declineReason?: string;
  /** The mission action that fulfilled the request. */
  doneActionId?: string;
  withdrawnReason?: string;
  updatedAt: string;
  version: number;
}

/** True when the request is still open and its due date is before `today` (YYYY-MM-DD). */
export const isOverdue = (r: Pick<ActionRequest, 'status' | 'dueDate'>, today: string): boolean =>
  isOpen(r) && r.dueDate < today;

export const createRequestSchema = z
  .object({
    actionType: euActionCode,
    /** Defaults to the case's country. */
    country: countryCode.optional(),
    dueDate: isoDate,
    note: text(1000).optional(),
    /** Required (true) for a public-facing action on a case not consented as public. */
    publicActionCleared: z.literal(true).optional(),
  })
  .strict();
export type CreateRequestInput = z.infer<typeof createRequestSchema>;

/** `createRequestSchema` with the due date checked against today (YYYY-MM-DD). */
export const createRequestSchemaOn = (today: string) =>
  createRequestSchema.extend({ dueDate: isoDate.refine((d) => d >= today, { message: 'The due date has passed.', params: { key: 'missions.errors.duePassed' } }) }).strict();

/** A mission's answer (acknowledge, decline) or the coordinator's withdrawal. */
export const respondSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('acknowledged'), mission: text(160).optional() }).strict(),
  z.object({ status: z.literal('declined'), reason: text(1000), mission: text(160).optional() }).strict(),
  z.object({ status: z.literal('withdrawn'), reason: text(1000).optional() }).strict(),
]);
export type RespondInput = z.infer<typeof respondSchema>;

export const requestListQuerySchema = z
  .object({
    status: z.enum(['open', 'closed']).default('open'),
    /** Coordinators choose; a diplomat always gets their country of posting. */
    country: countryCode.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    cursor: z.string().max(2000).optional(),
  })
  .strict();

export const requestIdSchema = z.string().uuid('Not a request id.');
