/**
 * What coordinators see of an alert: every recipient with the delivery time
 * and the answer, and how long the first answer took. Members see none of
 * this (a member who may see the case gets 403, others 404).
 */
import { requireCoordinatorFor } from '../access/roles.ts';
import { caseIdSchema } from '../domain/case.ts';
import type { Viewer } from '../domain/member.ts';
import { NotFoundError } from '../errors/index.ts';
import { parseOrThrow } from '../errors/validation.ts';
import type { Store } from '../ports/store.ts';
import { alertIdSchema, type Alert, type AlertRecipient } from './alert.ts';
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

export interface AlertRoster {
  alert: Alert;
  recipients: RosterEntry[];
  firstAnswerAt?: string;
  /** Seconds from sending to the first answer. */
  secondsToFirstAnswer?: number;
}

export function rosterOf(alert: Alert, recipients: readonly AlertRecipient[]): AlertRoster {
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

/** The newest alerts of a case with their rosters, for the case page (coordinators only; others get none). */
export async function alertsOfCase(deps: { store: Pick<Store, 'latestAlertsOfCase'> }, viewer: Viewer, rawCaseId: string): Promise<AlertRoster[]> {
  if (viewer.kind !== 'member' || viewer.role !== 'coordinator') return [];
  const caseId = parseOrThrow(caseIdSchema, rawCaseId, 'id');
  return (await deps.store.latestAlertsOfCase(caseId)).map((a) => rosterOf(a.alert, a.recipients));
}
