/**
 * The alert reminder: a member who answered "I will act" and has logged no
 * action on the case a day before the deadline gets one reminder. "I will
 * act" files the recipient under byKind `ALERT_REMINDERS` at its due time;
 * the scheduler asks for what is due (one Query, never a Scan) and sends
 * each once: the reminder is taken off the index by a conditional write
 * before the send, so two schedulers, or a rerun, cannot send it twice.
 *
 * @example
 *   // every 15 minutes (EventBridge Scheduler → Lambda; locally a timer in npm start):
 *   await sendDueAlertReminders(deps, { mailer: pacedMailer(deps.mailer, { ratePerSecond }) });
 */
import type { Mailer } from '../ports/mailer.ts';
import type { DueReminder } from './alert-store.ts';
import { alertUnsubscribeUrl } from './alert-unsubscribe.ts';
import type { SenderDeps } from './deliver.ts';
import { reminderEmail } from './reminder-email.ts';
import { loadCatalog } from '#shared/i18n/catalog.ts';

export type ReminderOutcome = 'sent' | 'acted' | 'taken';

/** Reminders due now, oldest first (at most `limit`). */
export const findDueAlertReminders = (deps: SenderDeps, limit = 100): Promise<DueReminder[]> =>
  deps.store.dueAlertReminders(deps.clock.now().toISOString(), limit);

/** Sends one due reminder at most once; a member who has acted meanwhile is skipped (and taken off). */
export async function sendAlertReminder(deps: SenderDeps, due: DueReminder, mailer: Mailer): Promise<ReminderOutcome> {
  const at = deps.clock.now().toISOString();
  const { alert, recipient } = await deps.store.getAlertFor(due.alertId, due.memberId);
  if (!alert || !recipient || recipient.answer !== 'will_act' || recipient.remindedAt) {
    await deps.store.claimAlertReminder(due.alertId, due.memberId, at);
    return 'taken';
  }
  const acted = await deps.store.actedSince(alert.caseId, due.memberId, alert.createdAt);
  if (!(await deps.store.claimAlertReminder(due.alertId, due.memberId, at))) return 'taken';
  if (acted) return 'acted';
  await loadCatalog(recipient.language);
  await mailer.send(reminderEmail(alert, recipient, {
    answerUrl: `${deps.appUrl}/alerts/${alert.id}`, unsubscribeUrl: alertUnsubscribeUrl(deps.appUrl, deps.secret, recipient.memberId),
  }));
  return 'sent';
}

/**
 * What the scheduler calls: every due reminder, each once, a page of `limit` at a time (each one
 * handled leaves the index, so the next Query returns the next ones).
 */
export async function sendDueAlertReminders(deps: SenderDeps, options: { mailer: Mailer; limit?: number }): Promise<Record<ReminderOutcome, number>> {
  const totals: Record<ReminderOutcome, number> = { sent: 0, acted: 0, taken: 0 };
  const limit = options.limit ?? 100;
  for (let page = await findDueAlertReminders(deps, limit); page.length > 0; page = page.length < limit ? [] : await findDueAlertReminders(deps, limit)) {
    for (const due of page) totals[await sendAlertReminder(deps, due, options.mailer)] += 1;
  }
  deps.log.info('alert reminders', totals);
  return totals;
}
