/**
 * What every mail-sending Lambda builds at cold start: the DynamoDB store,
 * SES, the clock and the app's address. And the share of the SES account's
 * send rate that one instance of a function may use: a function that runs
 * up to `instances` at once paces each at `rate / instances`, so together
 * they keep to the account's rate (a send refused for rate all the same is
 * retried with backoff by the pacing).
 */
import { pacedMailer, type PacingOptions } from '#shared/digests/pacing.ts';
import { systemClock } from '#shared/ports/clock.ts';
import type { Mailer } from '#shared/ports/mailer.ts';
import { createDocumentClient, createDynamoStore } from '../adapters/dynamo/index.ts';
import { sesMailer } from '../adapters/mail/ses-mailer.ts';

export interface MailLambdaConfig {
  TABLE_NAME: string;
  AWS_REGION: string;
  APP_URL: string;
  MAIL_FROM: string;
  SES_CONFIGURATION_SET?: string | undefined;
}

export function mailLambdaDeps(config: MailLambdaConfig) {
  return {
    store: createDynamoStore(createDocumentClient({ region: config.AWS_REGION }), config.TABLE_NAME),
    mailer: sesMailer({ from: config.MAIL_FROM, region: config.AWS_REGION, configurationSet: config.SES_CONFIGURATION_SET }),
    clock: systemClock,
    appUrl: config.APP_URL,
  };
}

/** `mailer` paced at this instance's share of `sendRate` (emails a second for the whole account). */
export function pacedShare(mailer: Mailer, sendRate: number, instances: number, timing: Pick<PacingOptions, 'now' | 'sleep'> = {}): Mailer {
  return pacedMailer(mailer, { ratePerSecond: sendRate / instances, ...timing });
}
