/**
 * Configuration, read once at cold start from the environment and checked
 * (functions/env-fields.ts, without zod, which a cold start would otherwise
 * read for this alone): a missing or malformed variable stops the process with its name.
 */
import { baseUrl, email, number, oneOf, optional, pick, readEnv, text, textUpTo, url, withDefault, type EnvOf } from './env-fields.ts';

const lambdaFields = {
  TABLE_NAME: text(1),
  AWS_REGION: text(1),
  APP_URL: baseUrl(),
  MAIL_FROM: text(3),
  SES_CONFIGURATION_SET: optional(text(1)),
  /** Secrets Manager secret holding the HMAC key (cursors, unsubscribe links). */
  SECRET_ARN: text(1),
  /** Digests sent per second at most: the SES account's maximum send rate (14 once out of the sandbox). */
  SES_MAX_SEND_RATE: withDefault(number({ positive: true, max: 1000 }), 1),
  /** The digest function, invoked asynchronously by "send the week's digest now" (web function only). */
  DIGEST_FUNCTION_NAME: optional(text(1)),
  /** The sign-in link function, invoked asynchronously for each request for a link (web function only). */
  SIGN_IN_FUNCTION_NAME: optional(text(1)),
  /** The notifications function, invoked asynchronously after a new request or a verified action (web function only). */
  NOTIFICATIONS_FUNCTION_NAME: optional(text(1)),
  /** The private bucket of uploaded files (web function only); without it, uploads answer 503. */
  FILES_BUCKET: optional(text(3)),
  /** Where the upload form posts files straight to that bucket (its https origin); the CSP's form-action allows it. */
  FILES_UPLOAD_ORIGIN: optional(url()),
  /** The urgent alerts' delivery queue (web function only). */
  ALERT_QUEUE_URL: optional(url()),
  /** The import jobs' queue (web function only): a confirmed import's job goes there; without it, imports answer 503. */
  IMPORT_QUEUE_URL: optional(url()),
  /** The digest's batch queue (the digest function puts a run's batches of members there). */
  DIGEST_QUEUE_URL: optional(url()),
  /** The digest batch workers' concurrent instances at most (their event source's maximum concurrency): each paces at SES_MAX_SEND_RATE / this. */
  DIGEST_WORKER_CONCURRENCY: withDefault(number({ int: true, min: 2, max: 100 }), 2),
  /** The sender's concurrent instances at most (its event source's maximum concurrency): each paces at SES_MAX_SEND_RATE / this. */
  ALERT_SENDER_CONCURRENCY: withDefault(number({ int: true, min: 2, max: 100 }), 2),
  /** Days after which a declined intake report (and its contact details) is deleted by the table's TTL. */
  DECLINED_REPORT_DAYS: withDefault(number({ int: true, min: 1, max: 3650 }), 30),
};
export type LambdaConfig = EnvOf<typeof lambdaFields>;
/** The sign-in link function needs no HMAC key: it reads members, writes tokens and sends mail. */
const signInLinkFields = pick(lambdaFields, ['TABLE_NAME', 'AWS_REGION', 'APP_URL', 'MAIL_FROM', 'SES_CONFIGURATION_SET']);

const localFields = {
  PORT: withDefault(number({ int: true, min: 1, max: 65535 }), 3000),
  TANDEM_DATA_DIR: withDefault(text(1), '.data'),
  /** Set to a real table's name to use AWS DynamoDB (default credentials) instead of DynamoDB Local. */
  TANDEM_REMOTE_TABLE: optional(text(1)),
  AWS_REGION: withDefault(text(1), 'eu-west-1'),
  MAIL_FROM: withDefault(text(3), 'Tandem <no-reply@tandem.localhost>'),
  /** Local digests and alert emails per second (the outbox has no limit; this only paces the sends like SES would). */
  TANDEM_SEND_RATE: withDefault(number({ positive: true, max: 10_000 }), 50),
  /** Minutes between two runs of the reminders (EventBridge Scheduler runs them every 15 on AWS). */
  TANDEM_REMINDER_MINUTES: withDefault(number({ positive: true, max: 24 * 60 }), 15),
  /** Days after which a declined intake report is deleted (DynamoDB TTL). */
  TANDEM_DECLINED_REPORT_DAYS: withDefault(number({ int: true, min: 1, max: 3650 }), 30),
  /** The local SMTP listener's port on 127.0.0.1 (SES receiving's stand-in); 0 picks a free one. */
  TANDEM_SMTP_PORT: withDefault(number({ int: true, min: 0, max: 65535 }), 2525),
  /** The one address the listener accepts mail for: what reaches it becomes an intake report. */
  TANDEM_INTAKE_ADDRESS: withDefault(email(), 'report@tandem.localhost'),
  /** off: no queue pollers and no reminder timer, as in the web function on AWS (the throughput bench; test/bench/throughput.ts). */
  TANDEM_BACKGROUND_WORKERS: withDefault(oneOf(['on', 'off']), 'on'),
};
export type LocalConfig = EnvOf<typeof localFields>;

export const lambdaConfig = (env: NodeJS.ProcessEnv = process.env): LambdaConfig => readEnv(lambdaFields, env);
export const signInLinkConfig = (env: NodeJS.ProcessEnv = process.env) => readEnv(signInLinkFields, env);
/** The notifications function needs what the sign-in link function does: members, cases, mail. */
const notificationsFields = {
  ...signInLinkFields,
  SECRET_ARN: lambdaFields.SECRET_ARN,
  SES_MAX_SEND_RATE: lambdaFields.SES_MAX_SEND_RATE,
  /** The function's reserved concurrency: each instance paces at SES_MAX_SEND_RATE / this. */
  NOTIFICATIONS_CONCURRENCY: withDefault(number({ int: true, min: 1, max: 100 }), 5),
};
export const notificationsConfig = (env: NodeJS.ProcessEnv = process.env) => readEnv(notificationsFields, env);
export const localConfig = (env: NodeJS.ProcessEnv = process.env): LocalConfig => readEnv(localFields, env);
/** The intake email function: the table, mail for the acknowledgement, the inbox SES writes to and the files bucket. */
const intakeEmailFields = {
  ...signInLinkFields,
  /** Where SES's receipt rule stores each message (under INTAKE_PREFIX + SES message id). */
  INTAKE_BUCKET: text(3),
  INTAKE_PREFIX: withDefault(textUpTo(100), 'incoming/'),
  FILES_BUCKET: text(3),
};
export const intakeEmailConfig = (env: NodeJS.ProcessEnv = process.env) => readEnv(intakeEmailFields, env);
/** Functions that touch the table only, with no mail and no secret: the coverage aggregator, the SES events (the suppression list). */
const tableOnlyFields = pick(lambdaFields, ['TABLE_NAME', 'AWS_REGION']);
export const tableOnlyConfig = (env: NodeJS.ProcessEnv = process.env) => readEnv(tableOnlyFields, env);
/** The import worker: the table, mail (members' invitations), the files bucket it reads jobs' files from, and its own queue (a job past its time budget is queued again). */
const importWorkerFields = {
  ...pick(lambdaFields, ['TABLE_NAME', 'AWS_REGION', 'APP_URL', 'MAIL_FROM', 'SES_CONFIGURATION_SET', 'SECRET_ARN']),
  FILES_BUCKET: text(3),
  IMPORT_QUEUE_URL: url(),
};
export const importWorkerConfig = (env: NodeJS.ProcessEnv = process.env) => readEnv(importWorkerFields, env);
