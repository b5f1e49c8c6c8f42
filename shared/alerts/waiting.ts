/**
 * The alerts waiting for a member's answer, for their home. Each recipient
 * of an alert also gets a small item under the member (written with the
 * recipient's record, deleted in the answer's transaction), so the home
 * reads them in its one Query of the member's items instead of every
 * alert's roster. Visibility is checked when read, against the cases as
 * they are now: an alert on a case the member may no longer see, or on a
 * case paused or closed since, is left out (its item stays, so the alert
 * comes back if the case is shown again and the member can still answer).
 */
import { requireMember } from '../access/roles.ts';
import { canSeeCase } from '../access/visibility.ts';
import type { Clock } from '../ports/clock.ts';
import type { Store } from '../ports/store.ts';
import type { DefenderCase } from '../domain/case.ts';
import type { Viewer } from '../domain/member.ts';
import type { Alert, WaitingAlert } from './alert.ts';

/** A waiting alert as the home shows it: the case's name and country as they are now. */
export interface WaitingAlertView {
  alertId: string;
  caseId: string;
  defenderName: string;
  country: string;
  deadline: string;
  createdAt: string;
  /** The deadline has passed (the member may still answer "Done"). */
  late: boolean;
}

/**
 * How long after its deadline an unanswered alert stays on the home: a late
 * "Done" is still worth recording. The item expires then (DynamoDB's TTL).
 */
export const WAITING_DAYS_AFTER_DEADLINE = 30;
const DAY_MS = 86_400_000;

export const waitingAlertOf = (alert: Pick<Alert, 'id' | 'caseId' | 'deadline' | 'createdAt'>, memberId: string): WaitingAlert => ({
  alertId: alert.id, caseId: alert.caseId, memberId, deadline: alert.deadline, createdAt: alert.createdAt,
});

/**
 * The waiting alerts this member may be shown, newest first: the case read
 * now must be visible to them (`canSeeCase`), neither paused nor closed, and
 * the deadline not more than `WAITING_DAYS_AFTER_DEADLINE` days past.
 */
export function visibleWaitingAlerts(
  viewer: Viewer, waiting: readonly WaitingAlert[], cases: ReadonlyMap<string, DefenderCase>, now: Date,
): WaitingAlertView[] {
  const oldestDeadline = now.getTime() - WAITING_DAYS_AFTER_DEADLINE * DAY_MS;
  return waiting
    .flatMap((w) => {
      const c = cases.get(w.caseId);
      if (!c || !canSeeCase(viewer, c) || c.pausedAt !== undefined || c.state === 'closed') return [];
      const deadline = Date.parse(w.deadline);
      if (deadline < oldestDeadline) return [];
      return [{
        alertId: w.alertId, caseId: w.caseId, defenderName: c.defenderName, country: c.country,
        deadline: w.deadline, createdAt: w.createdAt, late: deadline <= now.getTime(),
      }];
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.alertId.localeCompare(a.alertId));
}

/** Cases one batch read holds: the newest waiting alerts' cases are read, enough for any home. */
const CASES_PER_READ = 100;

/**
 * The member's waiting alerts as their home shows them: one Query of their
 * items, one batch read of the cases (never more than one, whatever the
 * number of alerts: the oldest beyond 100 cases wait for the newer ones to be answered).
 *
 * @example
 *   const waiting = await listWaitingAlerts(deps, viewer); // newest first
 */
export async function listWaitingAlerts(deps: { store: Pick<Store, 'waitingAlertsOf' | 'getCasesByIds'>; clock: Clock }, viewer: Viewer): Promise<WaitingAlertView[]> {
  const member = requireMember(viewer);
  const waiting = await deps.store.waitingAlertsOf(member.id);
  const caseIds = [...new Set(waiting.map((w) => w.caseId))].slice(0, CASES_PER_READ);
  const cases = caseIds.length ? await deps.store.getCasesByIds(caseIds) : [];
  return visibleWaitingAlerts(viewer, waiting, new Map(cases.map((c) => [c.id, c])), deps.clock.now());
}
