/**
 * What the schedule runs, in order. A new kind of reminder is one line here:
 * a `kind` (for the log) and a `run` that finds its due items through an
 * index and sends each once.
 */
import { sendDueAlertReminders } from '../alerts/index.ts';
import { recountGaps } from '../coverage/index.ts';
import type { NotifyDeps } from './deliver.ts';
import { sendHearingReminders, sendOverdueReminders } from './reminders.ts';
import { sendApplicationDeadlineReminders } from './deadline-reminders.ts';

export interface ReminderJob {
  kind: string;
  /** Finds what is due at `now` and sends it once; answers counts by outcome (for the log). */
  run(deps: NotifyDeps, now: Date): Promise<Record<string, number>>;
}

export const REMINDER_JOBS: readonly ReminderJob[] = [
  { kind: 'hearingReminder', run: sendHearingReminders },
  { kind: 'overdueRequest', run: sendOverdueReminders },
  // "I will act" and no action logged 24 hours before an urgent alert's deadline (issue 11).
  { kind: 'alertReminder', run: (deps) => sendDueAlertReminders(deps, { mailer: deps.mailer }) },
  // The ECtHR's four-month time limit, 14 days ahead (issue 15).
  { kind: 'applicationDeadline', run: sendApplicationDeadlineReminders },
  // Not a reminder, but on the same schedule: the dashboard's open gaps by kind, which the clock moves (issue 13).
  { kind: 'gapCounts', run: recountGaps },
];

/**
 * One tick of the schedule: every job, each on its own (one failing does not stop the others);
 * throws afterwards when one failed, so the invocation is retried (the claims make a retry safe).
 */
export async function runReminders(deps: NotifyDeps, jobs: readonly ReminderJob[] = REMINDER_JOBS): Promise<Record<string, Record<string, number>>> {
  const now = deps.clock.now();
  const results: Record<string, Record<string, number>> = {};
  let failure: unknown;
  for (const job of jobs) {
    try {
      results[job.kind] = await job.run(deps, now);
      deps.log.info('reminders sent', { kind: job.kind, ...results[job.kind] });
    } catch (error) {
      failure ??= error;
      deps.log.error('reminders failed', { kind: job.kind, error: (error as Error).name });
    }
  }
  if (failure) throw failure;
  return results;
}
