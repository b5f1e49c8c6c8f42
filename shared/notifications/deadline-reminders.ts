/**
 * The ECtHR's four-month time limit, reminded: an application not lodged whose last day is at most
 * 14 days ahead is reminded once (per proceeding, last day and member) to the coordinators who
 * recorded or last edited it. Found through the proceedings' sparse index (one range Query), each
 * proceeding read again as stored, so a lodged one or a moved decision date is not reminded.
 */
import type { CaseBundle } from '../ports/store.ts';
import { applicationDeadline, daysUntil } from '../proceedings/index.ts';
import { deliverAll, zeroTotals, type Notice, type NotifyDeps, type Totals } from './deliver.ts';
import { applicationDeadlineEmail } from './emails/application-deadline-email.ts';

/** Reminded from this many days before the last day, until the day itself. */
export const APPLICATION_REMINDER_DAYS = 14;

const dayOf = (d: Date) => d.toISOString().slice(0, 10);

export async function sendApplicationDeadlineReminders(deps: NotifyDeps, now: Date): Promise<Totals> {
  const today = dayOf(now);
  const last = dayOf(new Date(now.getTime() + APPLICATION_REMINDER_DAYS * 86_400_000));
  const due = await deps.store.listApplicationDeadlines(today, last);
  const read = new Map<string, Promise<CaseBundle | undefined>>();
  const totals = zeroTotals();
  for (const entry of due) {
    if (!read.has(entry.caseId)) read.set(entry.caseId, deps.store.getCaseBundle(entry.caseId));
    const bundle = await read.get(entry.caseId);
    const p = bundle?.proceedings.find((x) => x.id === entry.proceedingId);
    const deadline = p && applicationDeadline(p);
    if (!bundle || !p || !deadline || deadline < today || deadline > last || bundle.case.state === 'closed') continue;
    const dates = { deadline, decision: p.finalDomesticDecisionDate!, days: daysUntil(deadline, today) };
    const c = bundle.case;
    const notice: Notice = {
      kind: 'applicationDeadline', itemId: `${p.id}@${deadline}`, case: c,
      compose: (t, member) => applicationDeadlineEmail(t, member, c, dates, deps.appUrl),
    };
    await deliverAll(deps, notice, [p.createdBy, p.updatedBy], totals);
  }
  return totals;
}
