/**
 * The four notices, each built from the item as it is stored now. Sensitive
 * fields are never read (they live apart from the case's items), and an
 * email carries only the defender's name, the country, the action's type and
 * its date: never a request's note, an action's outcome or anything the
 * coordinators wrote about the risk.
 */
import type { DefenderCase } from '../domain/case.ts';
import type { TimelineEvent } from '../domain/timeline.ts';
import type { ActionRequest } from '../missions/index.ts';
import type { NotifyDeps, Notice } from './deliver.ts';
import { actionVerifiedEmail } from './emails/action-verified-email.ts';
import { hearingReminderEmail } from './emails/hearing-reminder-email.ts';
import { newRequestEmail } from './emails/new-request-email.ts';
import { overdueRequestEmail } from './emails/overdue-request-email.ts';

type Deps = Pick<NotifyDeps, 'appUrl'>;

export const newRequestNotice = (deps: Deps, c: DefenderCase, r: ActionRequest): Notice => ({
  kind: 'newRequest', itemId: r.id, case: c,
  compose: (t, member) => newRequestEmail(t, member, c, r, deps.appUrl),
});

export const overdueRequestNotice = (deps: Deps, c: DefenderCase, r: ActionRequest): Notice => ({
  kind: 'overdueRequest', itemId: r.id, case: c,
  compose: (t, member) => overdueRequestEmail(t, member, c, r, deps.appUrl),
});

/** One reminder per hearing time: a hearing moved to another day is a new item, reminded again. */
export const hearingReminderNotice = (deps: Deps, c: DefenderCase, hearing: TimelineEvent): Notice => ({
  kind: 'hearingReminder', itemId: `${hearing.id}@${hearing.hearingAt}`, case: c,
  compose: (t, member) => hearingReminderEmail(t, member, c, hearing, deps.appUrl),
});

export const actionVerifiedNotice = (deps: Deps, c: DefenderCase, action: { id: string; actionKey: string; date: string }): Notice => ({
  kind: 'actionVerified', itemId: action.id, case: c,
  compose: (t, member) => actionVerifiedEmail(t, member, c, action, deps.appUrl),
  digestNote: { actionKey: action.actionKey, date: action.date },
});
