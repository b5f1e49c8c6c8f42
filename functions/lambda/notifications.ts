/**
 * Lambda entry of the notifications function. Two callers:
 * - EventBridge Scheduler, every 15 minutes, with `{ "run": "reminders" }`: the reminders due now;
 * - the web function, asynchronously, with a notification event (a new request, a verified action).
 * A throw makes Lambda retry (the claims make a retry send nothing twice), then dead-letter the event.
 */
import { z } from 'zod';
import { notifyNow } from '#shared/notifications/notify-now.ts';
import { notificationEventSchema } from '#shared/notifications/notification-event.ts';
import { runReminders } from '#shared/notifications/reminder-jobs.ts';
import { jsonLogger } from '#shared/ports/logger.ts';
import { notificationsConfig } from '../config.ts';
import { readAppSecret } from './app-secret.ts';
import { mailLambdaDeps, pacedShare } from './mail-lambda-deps.ts';

const eventSchema = z.union([z.object({ run: z.literal('reminders') }).strict(), notificationEventSchema]);

const config = notificationsConfig();
const base = mailLambdaDeps(config);
const deps = {
  ...base,
  // Paced to this instance's share of the SES rate, as alerts and digests are.
  mailer: pacedShare(base.mailer, config.SES_MAX_SEND_RATE, config.NOTIFICATIONS_CONCURRENCY),
  // The alert reminders' unsubscribe links are signed with it.
  secret: await readAppSecret(config),
  log: jsonLogger,
};

export const handler = async (event: unknown): Promise<void> => {
  const parsed = eventSchema.parse(event);
  if ('run' in parsed) await runReminders(deps);
  else jsonLogger.info('notifications sent', { kind: parsed.kind, ...(await notifyNow(deps, parsed)) });
};
