/**
 * A recipient answers an alert: "I will act", "Done" or "I can't". Only a
 * member the alert went to, who may still see the case, may answer (anyone
 * else gets 404). "I will act" files the one reminder a day before the
 * deadline; any other answer withdraws it. "Done" is followed by the
 * existing action flow (the page sends an MP to log the action, a diplomat
 * to log the mission action), so the action is recorded where all are.
 */
import { requireMember } from '../access/roles.ts';
import { canSeeCase } from '../access/visibility.ts';
import type { Viewer } from '../domain/member.ts';
import { NotFoundError } from '../errors/index.ts';
import { parseOrThrow } from '../errors/validation.ts';
import type { CoreDeps } from '../deps.ts';
import type { Store } from '../ports/store.ts';
import { alertIdSchema, alertResponseSchema, type Alert, type AlertAnswer, type AlertRecipient } from './alert.ts';
import { auditEntry } from '../writes/audit-entry.ts';

const DAY_MS = 86_400_000;

export interface MyAlert {
  alert: Alert;
  me: AlertRecipient;
}

/** The alert as its recipient sees it; 404 for anyone else, or when the case is no longer visible to them. */
export async function getMyAlert(deps: { store: Pick<Store, 'getAlertFor' | 'getCase'> }, viewer: Viewer, rawAlertId: string): Promise<MyAlert> {
  const member = requireMember(viewer);
  const alertId = parseOrThrow(alertIdSchema, rawAlertId, 'id');
  const { alert, recipient } = await deps.store.getAlertFor(alertId, member.id);
  if (!alert || !recipient) throw new NotFoundError('alert');
  const c = await deps.store.getCase(alert.caseId);
  if (!c || !canSeeCase(viewer, c)) throw new NotFoundError('alert');
  return { alert, me: recipient };
}

/** When the reminder of an "I will act" is due: a day before the deadline, if that is still ahead. */
export function reminderDueAt(alert: Pick<Alert, 'deadline'>, answer: AlertAnswer, now: Date): string | undefined {
  if (answer !== 'will_act') return undefined;
  const at = Date.parse(alert.deadline) - DAY_MS;
  return at > now.getTime() ? new Date(at).toISOString() : undefined;
}

/** The alert as its recipient just answered it: the answer and its time are set. */
export interface AnsweredAlert extends MyAlert {
  me: AlertRecipient & { answer: AlertAnswer; answeredAt: string };
}

export async function answerAlert(
  deps: Pick<CoreDeps, 'clock'> & { store: Pick<Store, 'getAlertFor' | 'getCase' | 'saveAlertAnswer'> },
   viewer: Viewer, rawAlertId: string, body: unknown): Promise<AnsweredAlert> {
  const { answer } = parseOrThrow(alertResponseSchema, body);
  const mine = await getMyAlert(deps, viewer, rawAlertId);
  const now = deps.clock.now();
  const at = now.toISOString();
  await deps.store.saveAlertAnswer(mine.alert.id, mine.me.memberId, answer, at, reminderDueAt(mine.alert, answer, now), auditEntry(at, requireMember(viewer), 'alert.answered', { caseId: mine.alert.caseId, fields: ['answer'] }));
  return { alert: mine.alert, me: { ...mine.me, answer, answeredAt: at } };
}

/** Where "Done" continues: the existing form that logs the action. */
export function actionFormPath(alert: Pick<Alert, 'caseId'>, viewer: Viewer): string | undefined {
  if (viewer.kind !== 'member') return undefined;
  if (viewer.role === 'mp') return `/cases/${alert.caseId}/actions/new`;
  if (viewer.role === 'diplomat') return `/cases/${alert.caseId}/mission-actions/new`;
  return undefined;
}
