/**
 * The request budget (docs/architecture.md): at most 3 DynamoDB calls per HTTP
 * request, the session lookup included, never a Scan. Every store method is
 * one call, so the store is wrapped to count them; each route of the
 * missions, gap view and calendar is measured on the demo network.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '#shared/ports/store.ts';
import { seedDemo } from '#functions/local/seed.ts';
import { GET_ROUTES, MAX_CALLS } from '../support/route-budget.ts';
import { APP_URL, makeHarness, type Harness, bodyOf } from '../support/harness.ts';

let h: Harness;
let calls = 0;
const measured: Array<[string, number]> = [];
const cookies = {} as Record<'coordinator' | 'diplomat' | 'mp', string>;
let camilo: { caseId: string; requestId: string };

function counting(store: Store): Store {
  return Object.fromEntries(
    Object.entries(store).map(([name, fn]) => [name, (...args: unknown[]) => { calls++; return (fn as (...a: unknown[]) => unknown)(...args); }]),
  ) as unknown as Store;
}

/** A route's documented exception in the budget table (test/support/route-budget.ts), else the budget. */
function documentedLimit(route: string): number {
  const limit = GET_ROUTES.find((r) => r.route === route)?.exception?.maxCalls ?? MAX_CALLS;
  if (typeof limit !== 'number') throw new Error(`${route}: the budget table documents no fixed limit`);
  return limit;
}

/** Runs one request and records how many DynamoDB calls it made. */
async function measure(label: string, run: () => Response | Promise<Response>, limit = MAX_CALLS): Promise<Response> {
  // The work an earlier request left to run after its answer (notifications) is not this request's.
  await h.settled();
  calls = 0;
  const res = await run();
  const made = calls;
  measured.push([label, made]);
  expect(res.status, label).toBeLessThan(500);
  expect(made, label).toBeLessThanOrEqual(limit);
  return res;
}
const get = (path: string, cookie?: string) => h.app.request(path, { headers: cookie ? { cookie } : {} });
const form = (path: string, fields: Record<string, string>, cookie: string) =>
  h.app.request(path, { method: 'POST', headers: { cookie, origin: APP_URL, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields) });

beforeAll(async () => {
  h = await makeHarness({ store: counting });
  const members = await seedDemo(h.deps);
  cookies.coordinator = await h.signIn(members.get('coordinator@example.org')!);
  cookies.diplomat = await h.signIn(members.get('diplomat@example.org')!);
  cookies.mp = await h.signIn(members.get('mp.one@example.org')!);
  const open = await bodyOf(await h.json('GET', '/api/action-requests', { cookie: cookies.diplomat }));
  const request = open.items.find((r: { case: { defenderName: string } }) => r.case.defenderName === 'Camilo Ortega Ruiz');
  camilo = { caseId: request.caseId, requestId: request.id };
});

afterAll(() => {
  console.info(`DynamoDB calls per request (max ${Math.max(...measured.map(([, n]) => n))}):\n${measured.map(([l, n]) => `  ${n}  ${l}`).join('\n')}`);
});

describe('at most 3 DynamoDB calls per request, session included', () => {
  it('diplomats: lists, pages, answering, logging (with and without a replayed Idempotency-Key)', async () => {
    const { caseId, requestId } = camilo;
    await measure('GET /api/action-requests (diplomat)', () => h.json('GET', '/api/action-requests', { cookie: cookies.diplomat }));
    await measure('GET /requests (diplomat home)', () => get('/requests', cookies.diplomat));
    await measure('GET /cases/:id (case page with missions)', () => get(`/cases/${caseId}`, cookies.diplomat));
    await measure('GET /cases/:id/mission-actions/new?request=', () => get(`/cases/${caseId}/mission-actions/new?request=${requestId}`, cookies.diplomat));
    await measure('PATCH /api/cases/:id/action-requests/:rid (acknowledge)', () =>
      h.json('PATCH', `/api/cases/${caseId}/action-requests/${requestId}`, { cookie: cookies.diplomat, body: { status: 'acknowledged' }, headers: { 'if-match': '"1"' } }));
    await measure('POST form with an error found after the read (clearance)', () =>
      form(`/cases/${caseId}/mission-actions/new`, { actionType: 'public_statement', mission: 'EU', date: '2026-11-20', outcome: 'x', idempotencyKey: 'budget-key-0' }, cookies.diplomat));
    const body = { actionType: 'trial_observation', mission: 'EU Delegation to Colombia', date: '2026-11-23', outcome: 'Observed.', confidential: false, requestId };
    const headers = { 'idempotency-key': 'budget-key-1' };
    await measure('POST /api/cases/:id/mission-actions (key, closes a request)', () => h.json('POST', `/api/cases/${caseId}/mission-actions`, { cookie: cookies.diplomat, body, headers }));
    await measure('POST /api/cases/:id/mission-actions (replay)', () => h.json('POST', `/api/cases/${caseId}/mission-actions`, { cookie: cookies.diplomat, body, headers }));
    await measure('GET /api/cases/:id/mission-actions', () => h.json('GET', `/api/cases/${caseId}/mission-actions`, { cookie: cookies.diplomat }));
  });

  it('coordinators: raising requests, verifying, the gap view', async () => {
    const { caseId } = camilo;
    const created = await measure('POST /api/cases/:id/action-requests (key)', () =>
      h.json('POST', `/api/cases/${caseId}/action-requests`, { cookie: cookies.coordinator, body: { actionType: 'demarche', dueDate: '2026-12-20' }, headers: { 'idempotency-key': 'budget-req-1' } }));
    expect(created.status).toBe(201);
    await measure('POST form request with an error found after the read', () =>
      form(`/cases/${caseId}/action-requests/new`, { actionType: 'public_statement', country: 'CO', dueDate: '2026-12-20' }, cookies.coordinator));
    const [action] = (await bodyOf(await h.json('GET', `/api/cases/${caseId}/mission-actions`, { cookie: cookies.coordinator }))).items;
    await measure('POST /api/cases/:id/mission-actions/:aid/verification', () =>
      h.json('POST', `/api/cases/${caseId}/mission-actions/${action.id}/verification`, { cookie: cookies.coordinator, headers: { 'if-match': '"1"' } }));
    // The gap view's first page also reads the risk gaps: the exception documented in the budget table, no more.
    await measure('GET /api/gaps', () => h.json('GET', '/api/gaps', { cookie: cookies.coordinator }), documentedLimit('/api/gaps'));
    await measure('GET /gaps?country=CO', () => get('/gaps?country=CO', cookies.coordinator), documentedLimit('/gaps'));
    await measure('GET /requests?country=CO (coordinator)', () => get('/requests?country=CO', cookies.coordinator));
  });

  it('the calendar, the roster and the feed', async () => {
    await measure('GET /api/calendar', () => h.json('GET', '/api/calendar', { cookie: cookies.mp }));
    await measure('GET /calendar', () => get('/calendar', cookies.diplomat));
    const hearing = (await bodyOf(await h.json('GET', '/api/calendar', { cookie: cookies.mp }))).entries.find((e: { kind: string }) => e.kind === 'hearing');
    await measure('PUT /api/cases/:id/hearings/:eid/observers/me', () =>
      h.json('PUT', `/api/cases/${hearing.caseId}/hearings/${hearing.eventId}/observers/me`, { cookie: cookies.mp }));
    await measure('DELETE /api/cases/:id/hearings/:eid/observers/me', () =>
      h.json('DELETE', `/api/cases/${hearing.caseId}/hearings/${hearing.eventId}/observers/me`, { cookie: cookies.mp }));
    const first = await measure('POST /api/calendar/feed (first)', () => h.json('POST', '/api/calendar/feed', { cookie: cookies.mp }));
    await measure('POST /api/calendar/feed (rotate)', () => h.json('POST', '/api/calendar/feed', { cookie: cookies.mp }));
    const { url } = await bodyOf(await h.json('POST', '/api/calendar/feed', { cookie: cookies.mp }));
    expect((await bodyOf(first)).url).not.toBe(url);
    await measure('GET /calendar/{token}.ics', () => get(url.replace(APP_URL, '')));
    await measure('GET /calendar/{unknown}.ics (404)', () => get(`/calendar/${'B'.repeat(43)}.ics`));
    await measure('DELETE /api/calendar/feed', () => h.json('DELETE', '/api/calendar/feed', { cookie: cookies.mp }));
  });
});
