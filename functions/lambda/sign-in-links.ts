/**
 * Lambda entry of the sign-in link function, invoked asynchronously by the
 * web function once per request for a link: checks the caps, looks the
 * address up, stores a token and sends the email (or, for an address that
 * is not a member's, does nothing). A throw makes Lambda retry, then
 * dead-letter the request.
 */
import { z } from 'zod';
import { sendSignInLink } from '#shared/auth/sign-in.ts';
import { systemClock } from '#shared/ports/clock.ts';
import { signInLinkConfig } from '../config.ts';
import { createDocumentClient, createDynamoStore } from '../adapters/dynamo/index.ts';
import { sesMailer } from '../adapters/mail/ses-mailer.ts';

const eventSchema = z.object({ email: z.string().min(3).max(254), client: z.string().min(1).max(100) }).strict();

const config = signInLinkConfig();
const deps = {
  store: createDynamoStore(createDocumentClient({ region: config.AWS_REGION }), config.TABLE_NAME),
  mailer: sesMailer({ from: config.MAIL_FROM, region: config.AWS_REGION, configurationSet: config.SES_CONFIGURATION_SET }),
  clock: systemClock,
  appUrl: config.APP_URL,
};

export const handler = async (event: unknown): Promise<void> => {
  await sendSignInLink(deps, eventSchema.parse(event));
};
