/**
 * Action requests as stored: statuses, the request, when it is open or overdue. No zod here:
 * the adapters (which a cold start reads) import this; ./action-request.ts holds the schemas
 * and re-exports it.
 */
import type { EuActionCode } from '../domain/eu-guidelines.ts';

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
