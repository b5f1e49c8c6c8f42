/** The Hono environment: what middleware puts on the context for handlers. */
import type { CoreDeps } from '#shared/deps.ts';
import type { Viewer } from '#shared/domain/member.ts';
import type { Translator } from '#shared/i18n/translator.ts';
import type { LogFields, Logger } from '#shared/ports/logger.ts';
import type { DigestTrigger } from '#shared/digests/digest-trigger.ts';
import type { SignInLinkQueue } from '#shared/auth/sign-in-links.ts';
import type { NotificationQueue } from '#shared/notifications/index.ts';
import type { AlertQueue } from '#shared/alerts/index.ts';
import type { BlobStore } from '#shared/ports/blob-store.ts';
import type { ImportJobQueue } from '#shared/imports/import-job.ts';

/**
 * Counts what each request costs downstream (DynamoDB calls; the adapter's
 * call counter fits this shape), so the request log line can carry it.
 */
export interface RequestMeter {
  /** Runs one request in a counting scope of its own. */
  scope<T>(fn: () => Promise<T>): Promise<T>;
  /** The current scope's counts as log fields (numbers only). */
  fields(): LogFields | undefined;
}

export interface WebDeps extends CoreDeps {
  log: Logger;
  /** Where sign-in link requests go, to be sent after the answer (in-process locally, a Lambda on AWS). */
  signInLinks: SignInLinkQueue;
  /** Where notifications at once go, to be sent after the answer (in-process locally, a Lambda on AWS). */
  notifications: NotificationQueue;
  /** Optional: per-request counts in the request log (and for tests and benchmarks). */
  meter?: RequestMeter;
  /**
   * gzip HTML, CSS and JSON answers for clients that accept it (the local server). On AWS,
   * API Gateway compresses (its minimum compression size), so the function does not.
   */
  compressAnswers?: boolean;
  /** Extra routes for local mode only (the outbox); never passed in the Lambda build. */
  localRoutes?: (app: import('hono').Hono<AppEnv>) => void;
  /** Starts a digest run in the background ("send the week's digest now"); absent where runs cannot start. */
  digestTrigger?: DigestTrigger;
  /** Where urgent alerts go to be delivered (SQS on AWS, the local queue in npm start); without it alerts answer 503. */
  alertQueue?: AlertQueue;
  /** Uploaded files (S3 on AWS, a folder under the data directory locally); without it, uploads answer 503. */
  files?: BlobStore;
  /** Where confirmed imports go to be run (SQS on AWS, the local queue in npm start); without it, imports answer 503. */
  importQueue?: ImportJobQueue;
  /** Days after which a declined intake report is deleted (DynamoDB TTL); the intake default when absent. */
  declinedReportRetentionDays?: number;
}

export interface AppEnv {
  Variables: {
    requestId: string;
    viewer: Viewer;
    /** The raw session id from the cookie, when signed in (for sign-out). */
    sessionId?: string;
    /** Marks a form route: errors render as pages, not problem+json. */
    page?: boolean;
    /** Set by hono/language's detector: what the request asked for. */
    language: string;
    /** The request's translator: language, time zone, formats (web/i18n/middleware.ts). */
    i18n: Translator;
  };
}
