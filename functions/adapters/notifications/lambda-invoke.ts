/**
 * Notifications at once on AWS: the web function invokes the notifications
 * function asynchronously with the event's ids and answers; Lambda retries a
 * failed run twice (the claims make a retry send nothing twice), then the
 * event lands in the function's dead-letter queue.
 */
import type { NotificationQueue } from '#shared/notifications/notification-event.ts';
import { asyncInvoker, type AsyncInvokeSettings } from '../lambda-invoke/async-invoker.ts';

export function lambdaNotifications(settings: AsyncInvokeSettings): NotificationQueue {
  const invoke = asyncInvoker(settings, 'Notifications are unavailable for a moment.');
  return { enqueue: (event) => invoke(event) };
}
