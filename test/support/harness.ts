/**
 * A fresh app over a fresh table in the shared DynamoDB Local, with a clock
 * the test controls, a temp-folder outbox, and a log the test can read.
 * Helpers sign members in the real way: request a link, read it from the
 * outbox, follow it, keep the cookie. `calls` counts the DynamoDB calls the
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
import type { DigestTrigger } from '#shared/ports/digest-trigger.ts';
import { createApp } from '#web/app.tsx';
import type { AppEnv, WebDeps } from '#web/env.ts';
import { outboxRoutes } from '#web/dev/outbox-routes.tsx';
import {
  countItems, createCallCounter, createDocumentClient, createDynamoStore, ensureTable, type CallCounter,
} from '#functions/adapters/dynamo/index.ts';
import { outboxMailer, type Outbox } from '#functions/adapters/mail/outbox-mailer.ts';

export const APP_URL = 'http://localhost';

export interface Harness {
  app: Hono<AppEnv>;
  deps: WebDeps;
  store: Store;
  outbox: Outbox;
  table: string;
  /** Counts every DynamoDB call the app's store makes. */
  calls: CallCounter;
  /** Every log line written during the test, as JSON text. */
  logs: string[];
  clock: { now(): Date; advance(ms: number): void };
  count(): Promise<number>;
  addMember(role: Role, extra?: Partial<Member>): Promise<Member>;
  /** Signs in through the emailed link; returns the Cookie header value. */
  signIn(member: Member): Promise<string>;
  /** Shorthand for JSON requests, with optional cookie and headers. */
  json(method: string, path: string, options?: { cookie?: string; body?: unknown; headers?: Record<string, string> }): Promise<Response>;
  createCase(cookie: string, input?: Partial<CreateCaseInput>): Promise<DefenderCase>;
}

export const validCase = (overrides: Partial<CreateCaseInput> = {}): Record<string, unknown> => ({
  defenderName: 'Test Defender',
  country: 'CO',
  themes: ['land_environment'],
  riskStatus: 'threatened',
  visibility: 'network',
  consentBasis: 'explicit_consent',
  summary: 'A fictional defender for tests.',
  recommendedActions: ['Public statement'],
  ...overrides,
});

/** vitest sets VITEST in its workers; anywhere else `inject` throws "Vitest failed to access its internal state". */
const insideVitest = () => Boolean(process.env.VITEST);

export async function makeHarness(
  options: {
    localRoutes?: boolean; store?: (s: Store) => Store; digestTrigger?: DigestTrigger;
    /** DynamoDB Local's URL; required outside vitest, where the run's own is not provided. */
    endpoint?: string;
    /** A file every log line is appended to; inside vitest, the run-wide log the global teardown checks. */
    runLogFile?: string;
  } = {},
): Promise<Harness> {
  const endpoint = options.endpoint ?? (insideVitest() ? inject('dynamoEndpoint') : undefined);
  if (!endpoint) throw new Error('makeHarness outside vitest needs the DynamoDB Local endpoint (options.endpoint)');
  const table = `test-${randomUUID()}`;
  const raw = new DynamoDBClient({ endpoint, region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  await ensureTable(raw, table);
  const calls = createCallCounter();
  const doc = createDocumentClient({ region: 'local', endpoint }, { counter: calls });
  const baseStore = createDynamoStore(doc, table);
  const store = options.store ? options.store(baseStore) : baseStore;

  let now = new Date('2026-11-23T09:00:00.000Z').getTime();
  const clock = { now: () => new Date(now), advance: (ms: number) => void (now += ms) };
  const outbox = outboxMailer(await mkdtemp(join(tmpdir(), 'tandem-outbox-')), 'Tandem <no-reply@example.org>', clock.now);
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
  const deps: WebDeps = {
    store, mailer: outbox, clock, appUrl: APP_URL, secret: 'test-secret', log, meter: calls,
    ...(options.localRoutes ? { localRoutes: outboxRoutes(outbox) } : {}),
    ...(options.digestTrigger ? { digestTrigger: options.digestTrigger } : {}),
  };
  const app = sameOriginByDefault(createApp(deps));

  const json: Harness['json'] = (method, path, { cookie, body, headers } = {}) =>
    Promise.resolve(
      app.request(path, {
        method,
        headers: {
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(cookie ? { cookie } : {}),
          ...headers,
        },
        ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
      }),
    );

  const harness: Harness = {
    app, deps, store, outbox, table, logs, clock, json, calls,
    count: () => countItems(raw, table),

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
      const res = await json('POST', '/api/auth/sign-in', { body: { email: member.email } });
      if (res.status !== 202) throw new Error(`sign-in answered ${res.status}`);
      const mail = (await outbox.list()).find((m) => m.to === member.email);
      const link = mail?.text.match(/https?:\/\/\S+\/auth\/verify\?token=\S+/)?.[0];
      if (!link) throw new Error('no sign-in link in the outbox');
      const verified = await app.request(link.replace(APP_URL, ''));
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
