/**
 * Notifications at once on one machine (the local server, tests): each event
 * is carried out in this process once the answer has gone, never before it.
 * Failures are logged by name only.
 */
import { notifyNow } from '#shared/notifications/notify-now.ts';
import type { NotifyDeps } from '#shared/notifications/deliver.ts';
import type { NotificationQueue } from '#shared/notifications/notification-event.ts';

export interface InProcessNotifications extends NotificationQueue {
  /** Resolves once every event handed over so far is done (tests, and reading the outbox). */
  settled(): Promise<void>;
}

export function inProcessNotifications(deps: NotifyDeps): InProcessNotifications {
  const running = new Set<Promise<void>>();
  return {
    async enqueue(event) {
      // setImmediate: the work starts after the current request has answered, not inside its time.
      const job: Promise<void> = new Promise<void>((next) => setImmediate(next))
        .then(async () => {
          const totals = await notifyNow(deps, event);
          deps.log.info('notifications sent', { kind: event.kind, ...totals });
        })
        .catch((error: unknown) => deps.log.error('notification failed', { kind: event.kind, error: (error as Error).name }))
        .finally(() => running.delete(job));
      running.add(job);
    },
    async settled() {
      while (running.size > 0) await Promise.all([...running]);
    },
  };
}
