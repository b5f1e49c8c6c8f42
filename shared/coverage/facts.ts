/**
 * What the coverage figures need to know about one case partition, one
 * alert partition or one intake report, kept by the stream aggregator beside the aggregates. Some
 * figures join items (a twin counts only on an active case, in the case's
 * country; a pledged action is fulfilled once its MP logged one of that type;
 * an alert's first answer is the earliest of its recipients'), so the
 * aggregator cannot derive them from one stream record alone: it keeps these
 * facts, applies each record to them, and adds the difference of the figures
 * before and after (contributions.ts).
 *
 * Facts hold codes, ids, dates and counts only: no name, email, summary or
 * other text a person wrote, so the aggregates can never leak what the
 * visibility rule hides.
 */
import type { CaseState } from '../domain/case.ts';

export interface RequestFacts {
  /** Country of posting of the missions asked. */
  country: string;
  open: boolean;
  dueDate: string;
  createdAt: string;
  firstAnsweredAt?: string;
}

export interface CaseFacts {
  kind: 'case';
  case?: { country: string; state: CaseState; adopterCount: number };
  twin: boolean;
  /** Pledged action codes by MP id. */
  pledges: Record<string, string[]>;
  /** Logged MP actions by id: who, which type, which day. */
  actions: Record<string, { memberId: string; type: string; date: string }>;
  /** Mission actions by id: the day. */
  missionActions: Record<string, string>;
  requests: Record<string, RequestFacts>;
}

export interface AlertFacts {
  kind: 'alert';
  alert?: { country: string; createdAt: string };
  /** When each recipient answered, by member id. */
  answers: Record<string, string>;
}

/** An intake report: its status, when it came and when it was first triaged (nothing of what it says). */
export interface ReportFacts {
  kind: 'report';
  report?: { status: string; receivedAt: string; firstTriagedAt?: string };
}
export type SubjectFacts = CaseFacts | AlertFacts | ReportFacts;

/** One change of one base item, as the stream reports it (either image may be absent). */
export interface ItemChange {
  itemType: string;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
}

/** The item types whose changes move a figure; the aggregator ignores every other record. */
export const CASE_ITEM_TYPES = ['case', 'twin', 'pledge', 'action', 'mission_action', 'request'] as const;
export const ALERT_ITEM_TYPES = ['alert', 'alert_recipient'] as const;
export const REPORT_ITEM_TYPES = ['report'] as const;

export const emptyCaseFacts = (): CaseFacts => ({ kind: 'case', twin: false, pledges: {}, actions: {}, missionActions: {}, requests: {} });
export const emptyAlertFacts = (): AlertFacts => ({ kind: 'alert', answers: {} });
export const emptyReportFacts = (): ReportFacts => ({ kind: 'report' });

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const OPEN_REQUEST_STATUSES = new Set(['open', 'acknowledged']);

/** Sets (or removes, when the item is gone) `key` of `record`. */
function place<T>(record: Record<string, T>, key: string, value: T | undefined): void {
  if (value === undefined) delete record[key];
  else record[key] = value;
}

/** The facts after `change`; `facts` is not modified. */
export function applyChange(facts: SubjectFacts, change: ItemChange): SubjectFacts {
  const next = structuredClone(facts);
  const item = change.after ?? change.before;
  if (!item) return next;
  const now = change.after;
  if (next.kind === 'report') {
    next.report = now
      ? { status: str(now.status), receivedAt: str(now.receivedAt), ...(typeof now.firstTriagedAt === 'string' ? { firstTriagedAt: now.firstTriagedAt } : {}) }
      : undefined;
    return next;
  }
  if (next.kind === 'alert') {
    if (change.itemType === 'alert') next.alert = now ? { country: str(now.country), createdAt: str(now.createdAt) } : undefined;
    if (change.itemType === 'alert_recipient') {
      place(next.answers, str(item.memberId), now && typeof now.answeredAt === 'string' ? now.answeredAt : undefined);
    }
    return next;
  }
  switch (change.itemType) {
    case 'case':
      next.case = now ? { country: str(now.country), state: str(now.state) as CaseState, adopterCount: Number(now.adopterCount ?? 0) } : undefined;
      break;
    case 'twin':
      next.twin = Boolean(now);
      break;
    case 'pledge':
      place(next.pledges, str(item.memberId), now ? [...new Set((now.actions as string[] | undefined) ?? [])] : undefined);
      break;
    case 'action':
      place(next.actions, str(item.id), now ? { memberId: str(now.memberId), type: str(now.type), date: str(now.date) } : undefined);
      break;
    case 'mission_action':
      place(next.missionActions, str(item.id), now ? str(now.date) : undefined);
      break;
    case 'request': {
      const first = now ? (typeof now.firstAnsweredAt === 'string' ? now.firstAnsweredAt : typeof now.respondedAt === 'string' ? now.respondedAt : undefined) : undefined;
      place(next.requests, str(item.id), now ? {
        country: str(now.country), open: OPEN_REQUEST_STATUSES.has(str(now.status)), dueDate: str(now.dueDate), createdAt: str(now.createdAt),
        ...(first ? { firstAnsweredAt: first } : {}),
      } : undefined);
      break;
    }
  }
  return next;
}
