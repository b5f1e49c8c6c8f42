/**
 * The reminders' schedule on one machine: `npm start` runs them every
 * `TANDEM_REMINDER_MINUTES` (15, as EventBridge Scheduler does on AWS), the
 * first time a few seconds after the start. One run at a time; a failed run
 * is logged and the next one tries again (the claims make that safe).
 */
import type { NotifyDeps } from '#shared/notifications/deliver.ts';
import { runReminders } from '#shared/notifications/reminder-jobs.ts';

export interface ReminderTimer {
  stop(): void;
}

export function startReminderTimer(deps: NotifyDeps, everyMinutes: number, firstAfterMs = 5_000): ReminderTimer {
  let running: Promise<unknown> | undefined;
  const tick = () => {
    if (running) return;
    running = runReminders(deps)
      .catch((error: unknown) => deps.log.error('reminder run failed', { error: (error as Error).name }))
      .finally(() => { running = undefined; });
  };
  // unref: the timers never keep the process alive on their own.
  const first = setTimeout(tick, firstAfterMs).unref();
  const every = setInterval(tick, everyMinutes * 60_000).unref();
  return {
    stop() {
      clearTimeout(first);
      clearInterval(every);
    },
  };
}
