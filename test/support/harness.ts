/**
 * A fresh app over a fresh table in the shared DynamoDB Local, with a clock
 * the test controls, a temp-folder outbox, and a log the test can read.
 * Helpers sign members in the real way: request a link, read it from the
 * outbox, open it, press its "Sign in" button, keep the cookie. `calls` counts the DynamoDB calls the
 * app makes (per request: `h.calls.measure(() => h.app.request(...))`).
 * Outside vitest (benchmarks) pass the DynamoDB Local `endpoint`: vitest's
 * `inject` only works inside a vitest worker, so it is called only there.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Hono } from 'hono';
import type { CreateCaseInput, DefenderCase } from '#shared/domain/case.ts';
import type { Member, Role } from '#shared/domain/member.ts';
import type { Logger } from '#shared/ports/logger.ts';
import type { Store } from '#shared/ports/store.ts';
import type { DigestTrigger } from '#shared/digests/digest-trigger.ts';
import { createApp } from '#web/app.tsx';
import { folderBlobStore } from '#functions/adapters/blob-store/folder-blob-store.ts';
import { startLocalUploadEndpoint } from '#functions/adapters/blob-store/local-upload-endpoint.ts';
import type { AppEnv, WebDeps } from '#web/env.ts';
import { outboxRoutes } from '#web/dev/outbox.routes.tsx';
import {
  countItems, createCallCounter, createDocumentClient, createDynamoStore, ensureTable, type CallCounter,
} from '#functions/adapters/dynamo/index.ts';
import { outboxMailer, type Outbox } from '#functions/adapters/mail/outbox-mailer.ts';
import { inProcessSignInLinks } from '#functions/adapters/sign-in-links/in-process.ts';
import { inProcessNotifications } from '#functions/adapters/notifications/in-process.ts';
import { localAlertQueue } from '#functions/adapters/alert-queue/local-alert-queue.ts';
import type { ImportWorkerDeps } from '#shared/imports/run-import-job.ts';
import { localImportQueue, runQueuedImports } from '#functions/adapters/import-queue/local-import-queue.ts';
import type { DynamoQueue } from '#functions/adapters/alert-queue/dynamo-queue.ts';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { recordAnswers } from './contract/recorder.ts';

export const APP_URL = 'http://localhost';

export interface Harness {
  app: Hono<AppEnv>;
  deps: WebDeps;
  store: Store;
  outbox: Outbox;
  table: string;
  /** Counts every DynamoDB call the app's store makes. */
  calls: CallCounter;
  /** Resolves once the work requests left to run after their answer (sign-in links, notifications) is done. */
  settled(): Promise<void>;
  /** Every log line written during the test, as JSON text. */
  logs: string[];
  clock: { now(): Date; advance(ms: number): void };
  count(): Promise<number>;
  addMember(role: Role, extra?: Partial<Member>): Promise<Member>;
  /** A source address no other request of this harness has used: each call is a new client. */
  nextAddress(): string;
  /** Signs in through the emailed link, from a client of its own; returns the Cookie header value. */
  signIn(member: Member): Promise<string>;
  /** Shorthand for JSON requests, with optional cookie, headers and source address (`from`). */
  json(method: string, path: string, options?: { cookie?: string; body?: unknown; headers?: Record<string, string>; from?: string }): Promise<Response>;
  createCase(cookie: string, input?: Partial<CreateCaseInput>): Promise<DefenderCase>;
  /** The urgent alerts' delivery queue (the DynamoDB-backed one npm start uses); nothing polls it unless a test does. */
  alertQueue: DynamoQueue;
  /** The import jobs' queue; `settled()` runs what it holds, as the import worker would. */
  importQueue: DynamoQueue;
  /** What the import worker runs with (its own, uncounted client): tests drive a job chunk by chunk with it. */
  importWorker: ImportWorkerDeps;
  /** The document client the store uses, for adapters a test builds beside it. */
  doc: DynamoDBDocumentClient;
}

export const validCase = (overrides: Partial<CreateCaseInput> = {}): Record<string, unknown> => ({
  defenderName: 'Test Defender',
  country: 'CO',
  themes: ['land_environment'],
  // The older single form unless the test gives the list.
  ...(overrides.riskStatuses ? {} : { riskStatus: 'threatened' }),
  visibility: 'network',
  consentBasis: 'explicit_consent',
  summary: 'A fictional defender for tests.',
  recommendedActions: ['Public statement'],
  ...overrides,
});

/** vitest sets VITEST in its workers; anywhere else `inject` throws "Vitest failed to access its internal state". */
const insideVitest = () => Boolean(process.env.VITEST);
/**
 * The bindings a request from this source address carries, in the shape the
 * Lambda adapter passes (API Gateway's `requestContext.identity.sourceIp`):
 * `app.request(path, init, fromAddress('127.0.0.2'))`.
 */
export const fromAddress = (sourceIp: string) => ({ requestContext: { identity: { sourceIp } } });

export async function makeHarness(
  options: {
    localRoutes?: boolean; store?: (s: Store) => Store; digestTrigger?: DigestTrigger;
    /** DynamoDB Local's URL; required outside vitest, where the run's own is not provided. */
    endpoint?: string;
    /** A file every log line is appended to; inside vitest, the run-wide log the global teardown checks. */
    runLogFile?: string;
    /** Give the table its stream (the coverage tests read it); off otherwise, since streamed tables slow DynamoDB Local down. */
    stream?: boolean;
  } = {},
): Promise<Harness> {
  const endpoint = options.endpoint ?? (insideVitest() ? inject('dynamoEndpoint') : undefined);
  if (!endpoint) throw new Error('makeHarness outside vitest needs the DynamoDB Local endpoint (options.endpoint)');
  const table = `test-${randomUUID()}`;
  const raw = new DynamoDBClient({ endpoint, region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  await ensureTable(raw, table, { stream: options.stream ?? false });
  const calls = createCallCounter();
  const doc = createDocumentClient({ region: 'local', endpoint }, { counter: calls });
  const baseStore = createDynamoStore(doc, table);
  const store = options.store ? options.store(baseStore) : baseStore;

  let now = new Date('2026-11-23T09:00:00.000Z').getTime();
  const clock = { now: () => new Date(now), advance: (ms: number) => void (now += ms) };
  const sentOutbox = outboxMailer(await mkdtemp(join(tmpdir(), 'tandem-outbox-')), 'Tandem <no-reply@example.org>', clock.now);
  const logs: string[] = [];
  // Inside vitest each line also goes to the run-wide log that the global teardown checks for leaks.
  const runLog = options.runLogFile ?? (insideVitest() ? inject('runLogFile') : undefined);
  const write = (line: string) => {
    logs.push(line);
    if (runLog) appendFileSync(runLog, `${line}\n`);
  };
  const log: Logger = {
    info: (message, fields) => write(JSON.stringify({ level: 'info', message, ...fields })),
    error: (message, fields) => write(JSON.stringify({ level: 'error', message, ...fields })),
  };
  // Sign-in links are sent after the answer; reading the outbox first waits for them, as a member's mailbox would.
  const signInLinks = inProcessSignInLinks({ store, mailer: sentOutbox, clock, appUrl: APP_URL }, log);
  // Notifications at once are sent after the answer too; reading the outbox waits for them as well.
  const notifications = inProcessNotifications({ store, mailer: sentOutbox, clock, appUrl: APP_URL, secret: 'test-secret', log });
  // Import jobs are run here, as the import worker would, once the answers that queued them are in.
  let runImports: () => Promise<unknown> = async () => {};
  const settled = async () => { await signInLinks.settled(); await notifications.settled(); await runImports(); await notifications.settled(); };
  const outbox: Outbox = { send: (email) => sentOutbox.send(email), list: async () => (await settled(), sentOutbox.list()) };
  const alerts = localAlertQueue(doc, table);
  // Uploaded files in a folder of their own, as `npm start` keeps them (S3's local stand-in), with its
  // loopback endpoint for direct uploads (S3's presigned POST), on the test's clock.
  const filesRoot = await mkdtemp(join(tmpdir(), 'tandem-files-'));
  const uploads = await startLocalUploadEndpoint({ root: filesRoot, secret: 'test-secret', now: clock.now });
  const files = folderBlobStore(filesRoot, uploads.direct);
  // The worker's calls are not a request's: its own client, outside the counted ones (as the Lambda's are on AWS).
  const workerDoc = createDocumentClient({ region: 'local', endpoint });
  const imports = localImportQueue(workerDoc, table);
  const workerDeps = { store: createDynamoStore(workerDoc, table), mailer: sentOutbox, clock, appUrl: APP_URL, secret: 'test-secret', log, files };
  runImports = () => runQueuedImports(workerDeps, imports.queue);
  const deps: WebDeps = {
    store, mailer: sentOutbox, clock, appUrl: APP_URL, secret: 'test-secret', log, meter: calls, signInLinks, notifications, alertQueue: alerts, files,
    importQueue: imports,
    ...(options.localRoutes ? { localRoutes: outboxRoutes(outbox) } : {}),
    ...(options.digestTrigger ? { digestTrigger: options.digestTrigger } : {}),
  };
  // Every /api/ answer is recorded for the contract check against the OpenAPI document (test/setup/contract.ts).
  const app = recordAnswers(sameOriginByDefault(createApp(deps)));

  const json: Harness['json'] = (method, path, { cookie, body, headers, from } = {}) =>
    Promise.resolve(
      app.request(path, {
        method,
        headers: {
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(cookie ? { cookie } : {}),
          ...headers,
        },
        ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
      }, from ? fromAddress(from) : undefined),
    );

  let clients = 0;
  // 10.0.0.0/8 has room for 16 million clients; tests never share one by accident.
  const nextAddress = () => `10.${(++clients >> 16) & 255}.${(clients >> 8) & 255}.${clients & 255}`;

  const harness: Harness = {
    app, deps, store, outbox, table, logs, clock, json, calls, nextAddress, settled, alertQueue: alerts.queue, importQueue: imports.queue, importWorker: workerDeps, doc,
    // The table once the work left to run after answers (notification claims) has landed: counts are stable.
    count: async () => { await settled(); return countItems(raw, table); },

    async addMember(role, extra = {}) {
      const id = randomUUID();
      const member: Member = {
        id, email: `${role}-${id.slice(0, 8)}@example.org`, name: `${role} ${id.slice(0, 4)}`, role,
        createdAt: clock.now().toISOString(), version: 1, ...extra,
      };
      await store.createMember(member, { id: randomUUID(), at: member.createdAt, actorId: 'test', action: 'member.created', memberId: id });
      return member;
    },

    async signIn(member) {
      const res = await json('POST', '/api/auth/sign-in', { body: { email: member.email }, from: nextAddress() });
      if (res.status !== 202) throw new Error(`sign-in answered ${res.status}`);
      // The newest email to them that carries a link: a notification sent after some earlier answer may be newer still.
      const linkIn = (text: string) => text.match(/https?:\/\/\S+\/auth\/verify\?token=\S+/)?.[0];
      const mail = (await outbox.list()).find((m) => m.to === member.email && linkIn(m.text));
      const link = mail && linkIn(mail.text);
      if (!link) throw new Error('no sign-in link in the outbox');
      // As a person does: open the link, then press the page's "Sign in" button.
      const page = await (await app.request(link.replace(APP_URL, ''))).text();
      const token = page.match(/name="token" value="([^"]+)"/)?.[1];
      if (!token) throw new Error('no sign-in button on the link page');
      const verified = await app.request('/auth/verify', {
        method: 'POST',
        headers: { origin: APP_URL, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ token }),
      });
      const cookie = verified.headers.get('set-cookie')?.split(';')[0];
      if (!cookie) throw new Error(`verify answered ${verified.status} without a cookie`);
      return cookie;
    },

    async createCase(cookie, input = {}) {
      const res = await json('POST', '/api/cases', { cookie, body: validCase(input) });
      if (res.status !== 201) throw new Error(`create answered ${res.status}: ${await res.text()}`);
      return (await res.json()) as DefenderCase;
    },
  };
  return harness;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Makes `app.request` speak as the app's own pages do: a state-changing
 * request carries the app's Origin unless the test sets Origin or
 * Sec-Fetch-Site itself, so tests written before the CSRF rule keep their
 * meaning. A test that needs a bare request (the CSRF property) calls
 * `app.fetch` with a Request it builds.
 */
export function sameOriginByDefault(app: Hono<AppEnv>): Hono<AppEnv> {
  const request = app.request;
  app.request = (input, init, ...rest) => {
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    const headers = new Headers(input instanceof Request ? input.headers : undefined);
    new Headers(init?.headers).forEach((value, name) => headers.set(name, value));
    if (SAFE_METHODS.has(method) || headers.has('origin') || headers.has('sec-fetch-site')) return request(input, init, ...rest);
    headers.set('origin', APP_URL);
    return request(input, { ...init, headers }, ...rest);
  };
  return app;
}

/** A response body as JSON, loosely typed: tests assert on its shape. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const bodyOf = (res: Response): Promise<any> => res.json();
