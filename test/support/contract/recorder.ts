/**
 * Records what the integration suite's requests get back, for the contract check
 * (`contract-check.ts`): the harness wraps `app.request` with `recordAnswers`, and
 * `test/setup/contract.ts` checks the file's records against the OpenAPI document
 * once the file's tests are done. Only `/api/` answers are kept: pages are HTML.
 */
import type { Hono } from 'hono';
import { SESSION_COOKIE_NAME } from '#web/middleware/session.ts';
import type { AppEnv } from '#web/env.ts';

export interface RecordedAnswer {
  method: string;
  /** The request's path, without its query. */
  path: string;
  status: number;
  contentType: string;
  /** Whether the request carried a session cookie (the operation's security is checked against it). */
  withSession: boolean;
  /** The parsed body of a JSON answer (application/json or application/problem+json); undefined otherwise. */
  body?: unknown;
  /** Set when a JSON answer's body could not be parsed. */
  unparsable?: string;
}

const pending: Array<Promise<RecordedAnswer | undefined>> = [];

/** The answers recorded since the last call, once their bodies are read; the list starts again empty. */
export async function takeRecordedAnswers(): Promise<RecordedAnswer[]> {
  const taken = pending.splice(0);
  return (await Promise.all(taken)).filter((a): a is RecordedAnswer => a !== undefined);
}

const isJson = (contentType: string) => /^application\/(problem\+)?json\b/.test(contentType);

/**
 * `/api/dev/` is mounted only by `npm start` and the tests that ask for it (the local outbox,
 * `deps.localRoutes`): it is not part of the deployed API the document describes.
 */
const described = (path: string) => path.startsWith('/api/') && !path.startsWith('/api/dev/');

async function record(method: string, url: URL, headers: Headers, res: Response): Promise<RecordedAnswer | undefined> {
  if (!described(url.pathname)) return undefined;
  const contentType = res.headers.get('content-type') ?? '';
  const withSession = (headers.get('cookie') ?? '').split(';').some((c) => c.trim().startsWith(`${SESSION_COOKIE_NAME}=`));
  const answer: RecordedAnswer = { method, path: url.pathname, status: res.status, contentType, withSession };
  if (!isJson(contentType)) return answer;
  // A clone, so the test still reads the body it was given.
  const text = await res.clone().text();
  try {
    return { ...answer, body: JSON.parse(text) };
  } catch {
    return { ...answer, unparsable: text.slice(0, 200) };
  }
}

/** Makes `app.request` record each answer it gives (the request itself is unchanged). */
export function recordAnswers(app: Hono<AppEnv>): Hono<AppEnv> {
  const request = app.request;
  app.request = (input, init, ...rest) => {
    const answered = Promise.resolve(request(input, init, ...rest));
    const url = new URL(input instanceof Request ? input.url : String(input), 'http://localhost');
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    const headers = new Headers(input instanceof Request ? input.headers : undefined);
    new Headers(init?.headers).forEach((value, name) => headers.set(name, value));
    // A request that throws is the test's business; it records nothing.
    pending.push(answered.then((res) => record(method, url, headers, res), () => undefined));
    return answered;
  };
  return app;
}
