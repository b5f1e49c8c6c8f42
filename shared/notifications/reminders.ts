/**
 * The reminders the schedule sends (every 15 minutes on AWS, a timer
 * locally). Each job finds its due items through an index, never a Scan,
 * reads each case once, and delivers through `deliver`, whose claims make
 * every reminder go once per item and member however often the schedule
 * runs. A job catches up on items it missed while the schedule was down.
 */
import type { DefenderCase } from '../domain/case.ts';
import type { CaseBundle } from '../ports/store.ts';
import { dayOf } from '../calendar/index.ts';
import { isOpen } from '../missions/index.ts';
import { deliver, deliverAll, zeroTotals, type NotifyDeps, type Totals } from './deliver.ts';
import { hearingReminderNotice, overdueRequestNotice } from './notices.ts';

/** Observers are reminded from this long before the hearing until it starts. */
export const HEARING_REMINDER_HOURS = 48;
/** A request is overdue the day after its due date; the reminder is sent from then on, for this many days. */
export const OVERDUE_CATCH_UP_DAYS = 7;

const DAY = 86_400_000;
const minuteOf = (d: Date) => d.toISOString().slice(0, 16);

/** Reads each case once per run (a run may meet one case many times). */
function bundles(deps: NotifyDeps): (caseId: string) => Promise<CaseBundle | undefined> {
  const read = new Map<string, Promise<CaseBundle | undefined>>();
  return (caseId) => {
    let found = read.get(caseId);
    if (!found) read.set(caseId, (found = deps.store.getCaseBundle(caseId)));
    return found;
  };
}

/** Members on a hearing's observer roster, once each, when the hearing is at most 48 hours ahead. */
export async function sendHearingReminders(deps: NotifyDeps, now: Date): Promise<Totals> {
  const from = minuteOf(now);
  const to = minuteOf(new Date(now.getTime() + HEARING_REMINDER_HOURS * 3_600_000));
  const signups = await deps.store.listObserversBetween(from, to);
  const bundleOf = bundles(deps);
  const totals = zeroTotals();
  for (const signup of signups) {
    const bundle = await bundleOf(signup.caseId);
    // As stored now: the hearing still there and still in the window, the member still on its roster.
    const hearing = bundle?.events.find((e) => e.id === signup.eventId && e.type === 'hearing');
    const onRoster = bundle?.observers.some((o) => o.eventId === signup.eventId && o.memberId === signup.memberId);
    if (!bundle || !hearing?.hearingAt || !onRoster || hearing.hearingAt < from || hearing.hearingAt > to || closed(bundle.case)) continue;
    totals[await deliver(deps, hearingReminderNotice(deps, bundle.case, hearing), signup.memberId)] += 1;
  }
  return totals;
}

/** The diplomats posted where a request is one day overdue (and still open), once each. */
export async function sendOverdueReminders(deps: NotifyDeps, now: Date): Promise<Totals> {
  const today = dayOf(now);
  const lastDue = dayOf(new Date(now.getTime() - DAY));
  const firstDue = dayOf(new Date(now.getTime() - OVERDUE_CATCH_UP_DAYS * DAY));
  // Listed with any status; the stored request decides below.
  const due = await deps.store.listRequestsDueBetween(firstDue, lastDue);
  const bundleOf = bundles(deps);
  const totals = zeroTotals();
  for (const listed of due) {
    const bundle = await bundleOf(listed.caseId);
    const request = bundle?.requests.find((r) => r.id === listed.id);
    if (!bundle || !request || !isOpen(request) || request.dueDate >= today || request.dueDate < firstDue) continue;
    const posting = await deps.store.getPosting(request.country);
    await deliverAll(deps, overdueRequestNotice(deps, bundle.case, request), (posting?.diplomats ?? []).map((d) => d.id), totals);
  }
  return totals;
}

const closed = (c: DefenderCase) => c.state === 'closed';
