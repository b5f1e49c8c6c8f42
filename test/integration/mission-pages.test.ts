/**
 * The diplomats' pages by form posts, as a browser would drive them (DynamoDB
 * Local, the demo network): the diplomat's home lists the open requests of
 * their posting, logging a trial observation closes its request, validation
 * messages sit beside their fields, and only the right people can act.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Member } from '#shared/domain/member.ts';
import { seedDemo } from '#functions/local/seed.ts';
import { addHearing } from '#functions/local/seed-missions.ts';
import { APP_URL, bodyOf, makeHarness, type Harness } from '../support/harness.ts';

let h: Harness;
let members: Map<string, Member>;
let asDiplomat: string;
let asCoordinator: string;

const page = async (path: string, cookie?: string) => {
  const res = await h.app.request(path, { headers: cookie ? { cookie } : {} });
  return { status: res.status, html: await res.text(), location: res.headers.get('location') };
};
const post = (path: string, fields: Record<string, string>, cookie = asDiplomat) =>
  h.app.request(path, {
    method: 'POST',
    headers: { cookie, origin: APP_URL, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields),
  });
const hidden = (html: string, name: string) => html.match(new RegExp(`name="${name}" value="([^"]+)"`))?.[1];
/** The "Log the action" link of the request card for this defender. */
const logLinkFor = (html: string, defender: string) => {
  const card = html.split('<article').find((a) => a.includes(defender));
  return card?.match(/href="(\/cases\/[0-9a-f-]+\/mission-actions\/new\?request=[0-9a-f-]+)"/)?.[1];
};

beforeEach(async () => {
  h = await makeHarness();
  members = await seedDemo(h.deps);
  asDiplomat = await h.signIn(members.get('diplomat@example.org')!);
  // The demo diplomat reads the digest in Spanish, and pages follow it until they choose: this journey reads English pages.
  const mine = await h.json('GET', '/api/me/preferences', { cookie: asDiplomat });
  const english = await h.json('PUT', '/api/me/preferences', {
    cookie: asDiplomat, headers: { 'if-match': mine.headers.get('etag')! }, body: { ...(await bodyOf(mine)), uiLanguage: 'en' },
  });
  expect(english.status).toBe(200);
  asCoordinator = await h.signIn(members.get('coordinator@example.org')!);
});

describe('a diplomat in a browser', () => {
  it('signs in, sees an open request, logs a trial observation, and sees the request closed', async () => {
    const home = await page('/', asDiplomat);
    expect(home.location).toBe('/home');
    const requests = await page('/requests', asDiplomat);
    expect(requests.html).toContain('Open action requests for Colombia');
    expect(requests.html).toContain('Camilo Ortega Ruiz</a>: Trial observation');
    expect(requests.html).toMatch(/Ana Lucía Restrepo<\/a>: Visible recognition[\s\S]*?Overdue/);

    const formPage = await page(logLinkFor(requests.html, 'Camilo Ortega Ruiz')!, asDiplomat);
    expect(formPage.status).toBe(200);
    expect(formPage.html).toContain('value="trial_observation" checked');
    expect(formPage.html).toContain('value="EU Delegation to Colombia"');
    expect(formPage.html).toContain('not consent to publicity');
    const caseId = formPage.html.match(/action="\/cases\/([0-9a-f-]+)\/mission-actions\/new"/)![1]!;
    const fields = {
      idempotencyKey: hidden(formPage.html, 'idempotencyKey')!, requestId: hidden(formPage.html, 'requestId')!,
      actionType: 'trial_observation', mission: 'EU Delegation to Colombia', date: '2026-11-23',
      outcome: 'Observed the first hearing with two member-state embassies.',
    };
    const logged = await post(`/cases/${caseId}/mission-actions/new`, fields);
    expect(logged.status).toBe(303);
    expect(logged.headers.get('location')).toBe('/requests?notice=done');
    // A double submit of the same form stores nothing more.
    expect((await post(`/cases/${caseId}/mission-actions/new`, fields)).status).toBe(303);

    const after = await page('/requests?notice=done', asDiplomat);
    expect(after.html).toContain('The action is logged and the request is closed.');
    expect(after.html).not.toContain('Camilo Ortega Ruiz');
    const closed = await page('/requests?status=closed', asDiplomat);
    expect(closed.html).toMatch(/Camilo Ortega Ruiz<\/a>: Trial observation[\s\S]*?Done \(EU Delegation to Colombia\)/);
    const casePage = await page(`/cases/${caseId}`, asDiplomat);
    expect(casePage.html).toContain('Observed the first hearing with two member-state embassies.');
    expect(casePage.html.match(/Observed the first hearing/g)).toHaveLength(1);
    expect(casePage.html).toMatch(/Trial observation, missions in Colombia, due <time datetime="[\d-]+">[^<]+<\/time>: <strong>Done<\/strong>/);
    expect((await page('/gaps?country=CO', asCoordinator)).html).not.toContain('Camilo Ortega Ruiz');
  });

  it('gets validation messages beside the fields, with what was typed kept, and nothing stored', async () => {
    const requests = await page('/requests', asDiplomat);
    const formPage = await page(logLinkFor(requests.html, 'Julián Mora')!, asDiplomat);
    const caseId = formPage.html.match(/action="\/cases\/([0-9a-f-]+)\/mission-actions\/new"/)![1]!;
    const before = await h.count();
    const res = await post(`/cases/${caseId}/mission-actions/new`, {
      idempotencyKey: hidden(formPage.html, 'idempotencyKey')!, actionType: 'public_statement', mission: 'Kept mission',
      date: '2026-12-30', outcome: '',
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toMatch(/id="outcome-error" class="error">Describe the outcome\./);
    expect(html).toMatch(/id="date-error" class="error">/);
    expect(html).toContain('value="Kept mission"');
    expect(await h.count()).toBe(before);
    const statement = await post(`/cases/${caseId}/mission-actions/new`, {
      idempotencyKey: 'another-key-123', actionType: 'public_statement', mission: 'EU Delegation', date: '2026-11-20', outcome: 'Tweeted.',
    });
    expect(statement.status).toBe(400);
    expect(await statement.text()).toMatch(/id="publicActionCleared-error" class="error">This case is not consented as public/);
  });

  it('acknowledges one request and declines another with a reason (a reason is required)', async () => {
    const requests = await page('/requests', asDiplomat);
    const respondFormOf = (defender: string) =>
      requests.html.split('<article').find((a) => a.includes(defender))!.match(/action="([^"]+\/respond)"/)![1]!;
    const julian = respondFormOf('Julián Mora');
    expect((await post(julian, { status: 'acknowledged', version: '1' })).status).toBe(303);
    expect((await page('/requests', asDiplomat)).html).toContain('Acknowledged (EU Delegation to Colombia)');

    const ana = respondFormOf('Ana Lucía Restrepo');
    const noReason = await post(ana, { status: 'declined', version: '1', reason: '' });
    expect(noReason.status).toBe(400);
    expect(await noReason.text()).toMatch(/id="r[0-9a-f]{8}-reason-error" class="error">Give the reason\./);
    const declined = await post(ana, { status: 'declined', version: '1', reason: 'The reception was cancelled.' });
    expect(declined.status).toBe(303);
    const closed = await page('/requests?status=closed', asDiplomat);
    expect(closed.html).toContain('The reception was cancelled.');
    // The same stale form again: redirected with a notice, nothing overwritten.
    const stale = await post(ana, { status: 'declined', version: '1', reason: 'Other.' });
    expect(stale.headers.get('location')).toBe('/requests?notice=changed');
  });
});

describe('who may use these pages', () => {
  it('an MP gets 403 on the requests page and cannot answer a request by form: 0 successes', async () => {
    const asMp = await h.signIn(members.get('mp.one@example.org')!);
    expect((await page('/requests', asMp)).status).toBe(403);
    const requests = await page('/requests', asDiplomat);
    const respond = requests.html.match(/action="([^"]+\/respond)"/)![1]!;
    const link = logLinkFor(requests.html, 'Camilo Ortega Ruiz')!;
    const before = await h.count();
    const statuses = [
      (await post(respond, { status: 'acknowledged', version: '1' }, asMp)).status,
      (await page(link, asMp)).status,
      (await post(link.split('?')[0]!, { actionType: 'trial_observation', mission: 'x', date: '2026-11-20', outcome: 'x', requestId: link.split('=')[1]! }, asMp)).status,
    ];
    expect(statuses).toEqual([404, 403, 403]);
    expect(await h.count()).toBe(before);
    expect((await page('/requests')).location).toBe('/sign-in');
  });

  it('a coordinator raises a request by form (errors beside fields), sees it on the case page, and verifies an action', async () => {
    const cases = await page('/cases?country=CO', asCoordinator);
    const julianId = cases.html.match(/href="\/cases\/([0-9a-f-]+)">Julián Mora/)![1]!;
    const form = await page(`/cases/${julianId}/action-requests/new`, asCoordinator);
    expect(form.html).toContain('Detention visit');
    const key = hidden(form.html, 'idempotencyKey')!;
    const bad = await post(`/cases/${julianId}/action-requests/new`, { idempotencyKey: key, actionType: 'demarche', country: 'CO', dueDate: '2026-01-01' }, asCoordinator);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/id="dueDate-error" class="error">The due date has passed/);
    const ok = await post(`/cases/${julianId}/action-requests/new`, { idempotencyKey: key, actionType: 'demarche', country: 'CO', dueDate: '2026-12-10', note: 'Raise with the ministry.' }, asCoordinator);
    expect(ok.status).toBe(303);
    const casePage = await page(`/cases/${julianId}`, asCoordinator);
    expect(casePage.html).toContain('Démarche / political dialogue, missions in Colombia, due <time datetime="2026-12-10">Dec 10, 2026</time>: <strong>Open</strong>');
    // The seeded confidential report: coordinators see it and verify it.
    const verify = casePage.html.match(/action="(\/cases\/[0-9a-f-]+\/mission-actions\/[0-9a-f-]+\/verify)"[\s\S]*?name="version" value="(\d+)"/)!;
    expect((await post(verify[1]!, { version: verify[2]! }, asCoordinator)).status).toBe(303);
    expect((await page(`/cases/${julianId}`, asCoordinator)).html).toContain('Confidential</em> · Verified');
    const asMp = await h.signIn(members.get('mp.one@example.org')!);
    expect((await page(`/cases/${julianId}`, asMp)).html).not.toContain('Heads of Mission report');
  });

  it('the gap page lists the seeded gaps with their age, for coordinators only', async () => {
    const gaps = await page('/gaps', asCoordinator);
    for (const name of ['Julián Mora', 'Camilo Ortega Ruiz', 'Rosa Ixchel', 'Aliaksei Nowak', 'Maria dos Santos', 'Tran Van Minh']) {
      expect(gaps.html).toContain(name);
    }
    expect(gaps.html).toContain('0 days');
    expect(gaps.html).not.toContain('Ana Lucía Restrepo');
    expect((await page('/gaps', asDiplomat)).status).toBe(403);
  });
});

describe('escaping', () => {
  it('hostile text in names, notes, outcomes, reasons and courts is rendered escaped on every missions page', async () => {
    const payload = '"><img src=x onerror=alert(1)><script>alert(1)</script>';
    const created = await h.json('POST', '/api/cases', {
      cookie: asCoordinator,
      body: { defenderName: payload, country: 'CO', themes: ['labour'], riskStatus: 'on_trial', visibility: 'network', consentBasis: 'explicit_consent', summary: 'x' },
    });
    const hostile = await bodyOf(created);
    const coordinatorId = (await h.store.getMemberIdByEmail('coordinator@example.org'))!;
    await addHearing(h.deps, coordinatorId, hostile.id, { hearingAt: '2026-12-01T10:00', court: payload, title: payload });
    const raise = async (note: string) =>
      bodyOf(await h.json('POST', `/api/cases/${hostile.id}/action-requests`, { cookie: asCoordinator, body: { actionType: 'demarche', dueDate: '2026-12-01', note } }));
    await raise(payload);
    const declined = await raise('second');
    await h.json('PATCH', `/api/cases/${hostile.id}/action-requests/${declined.id}`, {
      cookie: asDiplomat, headers: { 'if-match': '"1"' }, body: { status: 'declined', reason: payload },
    });
    await h.json('POST', `/api/cases/${hostile.id}/mission-actions`, {
      cookie: asDiplomat, body: { actionType: 'demarche', mission: payload, date: '2026-11-20', outcome: payload, confidential: false },
    });
    const paths: Array<[string, string]> = [
      ['/requests', asDiplomat], ['/requests?status=closed', asDiplomat], [`/cases/${hostile.id}`, asDiplomat],
      [`/cases/${hostile.id}`, asCoordinator], ['/calendar', asDiplomat], ['/gaps', asCoordinator],
      [`/cases/${hostile.id}/mission-actions/new`, asDiplomat], [`/cases/${hostile.id}/action-requests/new`, asCoordinator],
    ];
    for (const [path, cookie] of paths) {
      const { status, html } = await page(path, cookie);
      expect(status, path).toBe(200);
      expect(html, path).not.toContain(payload);
      expect(html, path).not.toContain('<img src=x');
    }
    expect((await page('/requests', asDiplomat)).html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
  });
});
