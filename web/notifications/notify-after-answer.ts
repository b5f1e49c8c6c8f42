/**
 * Hands a notification over once a change is stored. A failure to hand it
 * over is logged, not answered: the change itself succeeded, and the caller
 * must not see an error (or retry it) because an email could not be queued.
 */
import type { NotificationEvent } from '#shared/notifications/index.ts';
import type { WebDeps } from '../env.ts';

export async function notifyAfterAnswer(deps: Pick<WebDeps, 'notifications' | 'log'>, event: NotificationEvent): Promise<void> {
  try {
    await deps.notifications.enqueue(event);
  } catch (error) {
    deps.log.error('notification not queued', { kind: event.kind, caseId: event.caseId, error: (error as Error).name });
  }
}
