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
import { systemClock } from '#shared/ports/clock.ts';
import { jsonLogger } from '#shared/ports/logger.ts';
import { notificationsConfig } from '../config.ts';
import { createDocumentClient, createDynamoStore } from '../adapters/dynamo/index.ts';
import { sesMailer } from '../adapters/mail/ses-mailer.ts';
import { readAppSecret } from './app-secret.ts';

const eventSchema = z.union([z.object({ run: z.literal('reminders') }).strict(), notificationEventSchema]);

const config = notificationsConfig();
const deps = {
  store: createDynamoStore(createDocumentClient({ region: config.AWS_REGION }), config.TABLE_NAME),
  mailer: sesMailer({ from: config.MAIL_FROM, region: config.AWS_REGION, configurationSet: config.SES_CONFIGURATION_SET }),
  clock: systemClock,
  appUrl: config.APP_URL,
  // The alert reminders' unsubscribe links are signed with it.
  secret: await readAppSecret(config),
  log: jsonLogger,
};

export const handler = async (event: unknown): Promise<void> => {
  const parsed = eventSchema.parse(event);
  if ('run' in parsed) await runReminders(deps);
  else jsonLogger.info('notifications sent', { kind: parsed.kind, ...(await notifyNow(deps, parsed)) });
};
