/**
 * Configuration, read once at cold start from the environment and checked
 * with zod: a missing or malformed variable stops the process with its name.
 */
import { z } from 'zod';

const lambdaSchema = z.object({
  TABLE_NAME: z.string().min(1),
  AWS_REGION: z.string().min(1),
  APP_URL: z.url().transform((u) => u.replace(/\/+$/, '')),
  MAIL_FROM: z.string().min(3),
  SES_CONFIGURATION_SET: z.string().min(1).optional(),
  /** Secrets Manager secret holding the HMAC key (cursors, unsubscribe links). */
  SECRET_ARN: z.string().min(1),
  /** Digests sent per second at most: the SES account's maximum send rate (14 once out of the sandbox). */
  SES_MAX_SEND_RATE: z.coerce.number().positive().max(1000).default(1),
  /** The digest function, invoked asynchronously by "send the week's digest now" (web function only). */
  DIGEST_FUNCTION_NAME: z.string().min(1).optional(),
  /** The sign-in link function, invoked asynchronously for each request for a link (web function only). */
  SIGN_IN_FUNCTION_NAME: z.string().min(1).optional(),
  /** The notifications function, invoked asynchronously after a new request or a verified action (web function only). */
  NOTIFICATIONS_FUNCTION_NAME: z.string().min(1).optional(),
  /** The private bucket of uploaded files (web function only); without it, uploads answer 503. */
  FILES_BUCKET: z.string().min(3).optional(),
  /** Where the upload form posts files straight to that bucket (its https origin); the CSP's form-action allows it. */
  FILES_UPLOAD_ORIGIN: z.url().optional(),
  /** The urgent alerts' delivery queue (web function only). */
  ALERT_QUEUE_URL: z.url().optional(),
  /** The import jobs' queue (web function only): a confirmed import's job goes there; without it, imports answer 503. */
  IMPORT_QUEUE_URL: z.url().optional(),
  /** The digest's batch queue (the digest function puts a run's batches of members there). */
  DIGEST_QUEUE_URL: z.url().optional(),
  /** The digest batch workers' concurrent instances at most (their event source's maximum concurrency): each paces at SES_MAX_SEND_RATE / this. */
  DIGEST_WORKER_CONCURRENCY: z.coerce.number().int().min(2).max(100).default(2),
  /** The sender's concurrent instances at most (its event source's maximum concurrency): each paces at SES_MAX_SEND_RATE / this. */
  ALERT_SENDER_CONCURRENCY: z.coerce.number().int().min(2).max(100).default(2),
  /** Days after which a declined intake report (and its contact details) is deleted by the table's TTL. */
  DECLINED_REPORT_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
});
export type LambdaConfig = z.infer<typeof lambdaSchema>;
/** The sign-in link function needs no HMAC key: it reads members, writes tokens and sends mail. */
const signInLinkSchema = lambdaSchema.pick({ TABLE_NAME: true, AWS_REGION: true, APP_URL: true, MAIL_FROM: true, SES_CONFIGURATION_SET: true });

const localSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  TANDEM_DATA_DIR: z.string().min(1).default('.data'),
  /** Set to a real table's name to use AWS DynamoDB (default credentials) instead of DynamoDB Local. */
  TANDEM_REMOTE_TABLE: z.string().min(1).optional(),
  AWS_REGION: z.string().min(1).default('eu-west-1'),
  MAIL_FROM: z.string().min(3).default('Tandem <no-reply@tandem.localhost>'),
  /** Local digests and alert emails per second (the outbox has no limit; this only paces the sends like SES would). */
  TANDEM_SEND_RATE: z.coerce.number().positive().max(10_000).default(50),
  /** Minutes between two runs of the reminders (EventBridge Scheduler runs them every 15 on AWS). */
  TANDEM_REMINDER_MINUTES: z.coerce.number().positive().max(24 * 60).default(15),
  /** Days after which a declined intake report is deleted (DynamoDB TTL). */
  TANDEM_DECLINED_REPORT_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  /** The local SMTP listener's port on 127.0.0.1 (SES receiving's stand-in); 0 picks a free one. */
  TANDEM_SMTP_PORT: z.coerce.number().int().min(0).max(65535).default(2525),
  /** The one address the listener accepts mail for: what reaches it becomes an intake report. */
  TANDEM_INTAKE_ADDRESS: z.email().default('report@tandem.localhost'),
  /** off: no queue pollers and no reminder timer, as in the web function on AWS (the throughput bench; test/bench/throughput.ts). */
  TANDEM_BACKGROUND_WORKERS: z.enum(['on', 'off']).default('on'),
});
export type LocalConfig = z.infer<typeof localSchema>;

function parse<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv): z.output<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  throw new Error(`Invalid configuration (${problems})`);
}

export const lambdaConfig = (env: NodeJS.ProcessEnv = process.env): LambdaConfig => parse(lambdaSchema, env);
export const signInLinkConfig = (env: NodeJS.ProcessEnv = process.env) => parse(signInLinkSchema, env);
/** The notifications function needs what the sign-in link function does: members, cases, mail. */
const notificationsSchema = signInLinkSchema.extend({
  SECRET_ARN: lambdaSchema.shape.SECRET_ARN,
  SES_MAX_SEND_RATE: lambdaSchema.shape.SES_MAX_SEND_RATE,
  /** The function's reserved concurrency: each instance paces at SES_MAX_SEND_RATE / this. */
  NOTIFICATIONS_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(5),
});
export const notificationsConfig = (env: NodeJS.ProcessEnv = process.env) => parse(notificationsSchema, env);
export const localConfig = (env: NodeJS.ProcessEnv = process.env): LocalConfig => parse(localSchema, env);
/** The intake email function: the table, mail for the acknowledgement, the inbox SES writes to and the files bucket. */
const intakeEmailSchema = signInLinkSchema.extend({
  /** Where SES's receipt rule stores each message (under INTAKE_PREFIX + SES message id). */
  INTAKE_BUCKET: z.string().min(3),
  INTAKE_PREFIX: z.string().max(100).default('incoming/'),
  FILES_BUCKET: z.string().min(3),
});
export const intakeEmailConfig = (env: NodeJS.ProcessEnv = process.env) => parse(intakeEmailSchema, env);
/** Functions that touch the table only, with no mail and no secret: the coverage aggregator, the SES events (the suppression list). */
const tableOnlySchema = lambdaSchema.pick({ TABLE_NAME: true, AWS_REGION: true });
export const tableOnlyConfig = (env: NodeJS.ProcessEnv = process.env) => parse(tableOnlySchema, env);
/** The import worker: the table, mail (members' invitations), the files bucket it reads jobs' files from, and its own queue (a job past its time budget is queued again). */
const importWorkerSchema = lambdaSchema.pick({ TABLE_NAME: true, AWS_REGION: true, APP_URL: true, MAIL_FROM: true, SES_CONFIGURATION_SET: true, SECRET_ARN: true }).extend({
  FILES_BUCKET: z.string().min(3),
  IMPORT_QUEUE_URL: z.url(),
});
export const importWorkerConfig = (env: NodeJS.ProcessEnv = process.env) => parse(importWorkerSchema, env);
