/**
 * What coordinators see of an alert: every recipient with the delivery time
 * and the answer, and how long the first answer took. Members see none of
 * this (a member who may see the case gets 403, others 404). The case page's
 * section builds the same roster from the copies the table's stream keeps
 * under the case (`CaseAlertRoster`: the alert's times and count, not its
 * words), read with the case by `readCasePage` (shared/case-safety).
 */
import { requireCoordinatorFor } from '../access/roles.ts';
import type { Viewer } from '../domain/member.ts';
import { NotFoundError } from '../errors/index.ts';
import { parseOrThrow } from '../errors/validation.ts';
import type { Store } from '../ports/store.ts';
import { alertIdSchema, type Alert, type AlertRecipient, type AlertSummary, type RosterRecipient } from './alert.ts';
import { getMyAlert } from './respond.ts';

export interface RosterEntry {
  memberId: string;
  name: string;
  role: AlertRecipient['role'];
  country?: string;
  reason: AlertRecipient['reason'];
  status: AlertRecipient['status'];
  deliveredAt?: string;
  answer?: AlertRecipient['answer'];
  answeredAt?: string;
}

export interface AlertRoster<A extends AlertSummary = Alert> {
  alert: A;
  recipients: RosterEntry[];
  firstAnswerAt?: string;
  /** Seconds from sending to the first answer. */
  secondsToFirstAnswer?: number;
}

/** What the coordinators' case page shows of an alert: its summary and roster, as the stream keeps them beside the case. */
export type CaseAlertRoster = AlertRoster<AlertSummary>;

export function rosterOf<A extends AlertSummary>(alert: A, recipients: readonly RosterRecipient[]): AlertRoster<A> {
  const entries = recipients.map((r): RosterEntry => ({
    memberId: r.memberId, name: r.name, role: r.role, ...(r.country ? { country: r.country } : {}), reason: r.reason, status: r.status,
    ...(r.deliveredAt ? { deliveredAt: r.deliveredAt } : {}), ...(r.answer ? { answer: r.answer, answeredAt: r.answeredAt } : {}),
  })).sort((a, b) => a.name.localeCompare(b.name));
  const first = recipients.map((r) => r.answeredAt).filter((a): a is string => Boolean(a)).sort()[0];
  return {
    alert, recipients: entries,
    ...(first ? { firstAnswerAt: first, secondsToFirstAnswer: Math.round((Date.parse(first) - Date.parse(alert.createdAt)) / 1000) } : {}),
  };
}

/** `GET /api/alerts/{id}` (coordinators). */
export async function getAlertRoster(deps: { store: Pick<Store, 'getAlertFor' | 'getCase' | 'getAlertWithRecipients'> }, viewer: Viewer, rawAlertId: string): Promise<AlertRoster> {
  const alertId = parseOrThrow(alertIdSchema, rawAlertId, 'id');
  // A recipient who may see the case learns only that they may not read the roster (403); anyone else, 404.
  await requireCoordinatorFor(viewer, () => getMyAlert(deps, viewer, alertId));
  const found = await deps.store.getAlertWithRecipients(alertId);
  if (!found) throw new NotFoundError('alert');
  return rosterOf(found.alert, found.recipients);
}
