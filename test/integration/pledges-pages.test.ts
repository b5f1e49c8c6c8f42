/**
 * Adoption in the browser's terms (DynamoDB Local): form posts with the
 * Origin header a browser sends, redirects, the case page and "My cases".
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { DefenderCase } from '#shared/domain/case.ts';
import type { Member } from '#shared/domain/member.ts';
import { APP_URL, bodyOf, makeHarness, type Harness } from '../support/harness.ts';

let h: Harness;
let asCoordinator: string;
let mp: Member;
let asMp: string;
let target: DefenderCase;

beforeEach(async () => {
  h = await makeHarness();
  asCoordinator = await h.signIn(await h.addMember('coordinator'));
  mp = await h.addMember('mp', { name: 'Maren Olsen MP' });
  asMp = await h.signIn(mp);
  target = await h.createCase(asCoordinator, { riskStatus: 'detained', defenderName: 'Julián Mora' });
  // These tests log public actions on a network case: a coordinator cleared public action on it (issue 16, item 3).
  target = await bodyOf(await h.json('PUT', `/api/cases/${target.id}/public-action-clearance`, {
    cookie: asCoordinator, headers: { 'if-match': '"1"' }, body: { cleared: true, basis: 'explicit_consent' },
  }));
});

const form = (fields: Record<string, string | string[]>) => {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) body.append(k, x);
  return body;
};
const post = (path: string, cookie: string, fields: Record<string, string | string[]>, headers: Record<string, string> = {}) =>
  h.app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: APP_URL, cookie, ...headers },
    body: form(fields),
  });
const html = async (path: string, cookie?: string) => (await h.app.request(path, { headers: cookie ? { cookie } : {} })).text();
const hiddenValue = (page: string, name: string) => page.match(new RegExp(`name="${name}" value="([^"]+)"`))?.[1];

const evidence = 'https://stortinget.example.org/questions/2026-118';

describe('an MP adopts a case, logs an action with evidence, and sees it on the case page and on "My cases"', () => {
  it('works end to end through the forms', async () => {
    const casePage = await html(`/cases/${target.id}`, asMp);
    expect(casePage).toContain('No MP has adopted this case yet.');
    expect(casePage).toContain(`href="/cases/${target.id}/pledge"`);
    expect(casePage).toContain('Prison visit'); // suggested for a detained defender

    const adopted = await post(`/cases/${target.id}/pledge`, asMp, { actions: ['prison_visit', 'parliamentary_question'], note: 'Will raise it in the Storting.' });
    expect(adopted.status).toBe(303);
    expect(adopted.headers.get('location')).toBe(`/cases/${target.id}#adoption`);
    const afterPledge = await html(`/cases/${target.id}`, asMp);
    expect(afterPledge).toContain('1 MP has adopted this case.');
    expect(afterPledge).toContain('Your pledge');
    expect(afterPledge).toContain(`${mp.name}: Prison visit and Parliamentary question`);

    const newAction = await html(`/cases/${target.id}/actions/new`, asMp);
    const key = hiddenValue(newAction, 'idempotencyKey')!;
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    const fields = {
      idempotencyKey: key, type: 'parliamentary_question', date: '2026-11-20',
      description: 'Written question to the foreign minister.', evidenceUrl: evidence, public: 'true',
    };
    const logged = await post(`/cases/${target.id}/actions/new`, asMp, fields);
    expect(logged.status).toBe(303);
    // The same form submitted twice (a double click, a retry) stores one action.
    expect((await post(`/cases/${target.id}/actions/new`, asMp, fields)).status).toBe(303);

    const page = await html(`/cases/${target.id}`, asMp);
    expect(page.match(/Written question to the foreign minister\./g)).toHaveLength(1);
    expect(page).toContain(`<a href="${evidence}" rel="noopener noreferrer"`);
    expect(page).toContain('Awaiting verification');

    const mine = await html('/my-cases', asMp);
    expect(mine).toContain('Julián Mora');
    expect(mine).toMatch(/Still to do:<\/strong> Prison visit/);
    expect(mine).toMatch(/Done:<\/strong> Parliamentary question/);
    expect(mine).toContain('Awaiting verification');
  });

  it('the navigation offers "My cases" to MPs only', async () => {
    expect(await html('/cases', asMp)).toContain('href="/my-cases"');
    expect(await html('/cases', asCoordinator)).not.toContain('href="/my-cases"');
    const anonymous = await h.app.request('/my-cases');
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toBe('/sign-in');
  });
});

describe('validation messages sit next to their fields, and what was typed is kept', () => {
  it('a pledge without actions', async () => {
    const res = await post(`/cases/${target.id}/pledge`, asMp, { note: 'Kept note' });
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toMatch(/id="actions-error"[^>]*>Choose at least one action/);
    expect(page).toContain('Kept note');
  });

  it('an action with an http link and a future date', async () => {
    const before = await h.count();
    const res = await post(`/cases/${target.id}/actions/new`, asMp, {
      idempotencyKey: 'form-key-0001', type: 'prison_visit', date: '2027-01-01', description: 'Kept text', evidenceUrl: 'http://insecure.example.org/x', public: 'false',
    });
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toMatch(/id="evidenceUrl-error"[^>]*>Must be an https:\/\/ link/);
    expect(page).toMatch(/aria-describedby="evidenceUrl-error"/);
    expect(page).toContain('Kept text');
    expect(await h.count()).toBe(before);
  });

  it('a lost twin request is shown next to the twin box (409)', async () => {
    const rival = await h.signIn(await h.addMember('mp'));
    await post(`/cases/${target.id}/pledge`, rival, { actions: ['prison_visit'], twin: 'on' });
    const res = await post(`/cases/${target.id}/pledge`, asMp, { actions: ['prison_visit'], twin: 'on' });
    expect(res.status).toBe(409);
    expect(await res.text()).toMatch(/id="twin-error"[^>]*>Another MP is already twinned/);
  });

  it('a coordinator asking for more without a note', async () => {
    await h.json('POST', `/api/cases/${target.id}/actions`, { cookie: asMp, body: { type: 'prison_visit', date: '2026-11-20', description: 'Visit.' } });
    const page = await html(`/cases/${target.id}`, asCoordinator);
    const actionId = page.match(/\/actions\/([0-9a-f-]{36})\/verify/)![1]!;
    const res = await post(`/cases/${target.id}/actions/${actionId}/verify`, asCoordinator, { version: '1', state: 'needs_more_info', note: '' });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/id="note-error"[^>]*>Say what more is needed/);
  });
});

describe('changing, withdrawing, verifying and co-signing through the forms', () => {
  it('the pledge form carries its version; a stale form gets 412 and nothing changes', async () => {
    await post(`/cases/${target.id}/pledge`, asMp, { actions: ['prison_visit'] });
    const edit = await html(`/cases/${target.id}/pledge`, asMp);
    expect(hiddenValue(edit, 'version')).toBe('1');
    expect((await post(`/cases/${target.id}/pledge`, asMp, { version: '1', actions: ['trial_observation'] })).status).toBe(303);
    const stale = await post(`/cases/${target.id}/pledge`, asMp, { version: '1', actions: ['letter_authorities'] });
    expect(stale.status).toBe(412);
    expect((await h.store.getCaseBundle(target.id))!.pledges[0]!.actions).toEqual(['trial_observation']);
  });

  it('withdrawing removes the MP from the adopters', async () => {
    await post(`/cases/${target.id}/pledge`, asMp, { actions: ['prison_visit'] });
    expect((await post(`/cases/${target.id}/pledge/withdraw`, asMp, { version: '1' })).status).toBe(303);
    expect(await html(`/cases/${target.id}`, asMp)).toContain('No MP has adopted this case yet.');
  });

  it('a coordinator verifies; the MP sees it on "My cases"; another MP co-signs a joint letter', async () => {
    await post(`/cases/${target.id}/pledge`, asMp, { actions: ['joint_letter'] });
    await h.json('POST', `/api/cases/${target.id}/actions`, {
      cookie: asMp, body: { type: 'joint_letter', date: '2026-11-21', description: 'Joint letter to the Attorney General.', public: true },
    });
    const page = await html(`/cases/${target.id}`, asCoordinator);
    const actionId = page.match(/\/actions\/([0-9a-f-]{36})\/verify/)![1]!;
    expect((await post(`/cases/${target.id}/actions/${actionId}/verify`, asCoordinator, { version: '1', state: 'verified' })).status).toBe(303);
    expect(await html('/my-cases', asMp)).toContain('Verified by a coordinator');

    const other = await h.signIn(await h.addMember('mp', { name: 'Tomás Duarte MP' }));
    expect(await html(`/cases/${target.id}`, other)).toContain('Co-sign this letter');
    expect((await post(`/cases/${target.id}/actions/${actionId}/co-sign`, other, {})).status).toBe(303);
    const after = await html(`/cases/${target.id}`, other);
    expect(after).toContain('Co-signed by Tomás Duarte MP.');
    expect(after).not.toContain('Co-sign this letter');
  });
});

describe('what each viewer sees on the case page', () => {
  it('anonymous visitors of a public case: the count and public actions, no adopter names, no forms', async () => {
    const open = await h.createCase(asCoordinator, { visibility: 'public' });
    await h.json('POST', `/api/cases/${open.id}/pledges`, { cookie: asMp, body: { actions: ['public_statement'] } });
    await h.json('POST', `/api/cases/${open.id}/actions`, { cookie: asMp, body: { type: 'public_statement', date: '2026-11-20', description: 'Public statement made.', public: true } });
    await h.json('POST', `/api/cases/${open.id}/actions`, { cookie: asMp, body: { type: 'prison_visit', date: '2026-11-20', description: 'Secret visit notes.' } });
    const page = await html(`/cases/${open.id}`);
    expect(page).toContain('1 MP has adopted this case.');
    expect(page).toContain('Public statement made.');
    expect(page).not.toContain('Secret visit notes.');
    expect(page).not.toContain(`${mp.name}: `);
    expect(page).not.toContain('<form method="post"');
  });

  it('another MP does not see a confidential action; its author and coordinators do', async () => {
    await h.json('POST', `/api/cases/${target.id}/actions`, { cookie: asMp, body: { type: 'prison_visit', date: '2026-11-20', description: 'Confidential visit notes.' } });
    const other = await h.signIn(await h.addMember('mp'));
    expect(await html(`/cases/${target.id}`, other)).not.toContain('Confidential visit notes.');
    expect(await html(`/cases/${target.id}`, asMp)).toContain('Confidential visit notes.');
    expect(await html(`/cases/${target.id}`, asCoordinator)).toContain('Confidential visit notes.');
  });

  it('"My cases" drops a case restricted without naming the MP', async () => {
    await post(`/cases/${target.id}/pledge`, asMp, { actions: ['prison_visit'] });
    expect(await html('/my-cases', asMp)).toContain('Julián Mora');
    const current = (await h.store.getCase(target.id))!;
    await h.store.saveCase({
      case: { ...current, visibility: 'restricted', namedMemberIds: [], version: current.version + 1 },
      expectedVersion: current.version,
      audit: { id: crypto.randomUUID(), at: current.updatedAt, actorId: 'test', action: 'case.visibility_changed', caseId: target.id },
    });
    expect(await html('/my-cases', asMp)).not.toContain('Julián Mora');
    expect((await h.app.request(`/cases/${target.id}/pledge`, { headers: { cookie: asMp } })).status).toBe(404);
  });
});

describe('hostile input', () => {
  const payloads = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "<svg/onload=alert('x')>"];
  it('is rendered escaped on the case page and "My cases"', async () => {
    for (const [i, payload] of payloads.entries()) {
      const c = await h.createCase(asCoordinator, { defenderName: `Case ${i}` });
      await h.json('POST', `/api/cases/${c.id}/pledges`, { cookie: asMp, body: { actions: ['prison_visit'], note: payload } });
      await h.json('POST', `/api/cases/${c.id}/actions`, {
        cookie: asMp, body: { type: 'prison_visit', date: '2026-11-20', description: payload, evidenceUrl: `https://e.example.org/?q=${encodeURIComponent(payload)}"x` },
      });
      for (const path of [`/cases/${c.id}`, '/my-cases', `/cases/${c.id}/pledge`]) {
        expect(await html(path, asMp), `${path} with ${payload}`).not.toContain(payload);
      }
    }
  });

  it('a javascript: or data: evidence link is refused', async () => {
    for (const evidenceUrl of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'JaVaScRiPt:alert(1)']) {
      const res = await h.json('POST', `/api/cases/${target.id}/actions`, { cookie: asMp, body: { type: 'prison_visit', date: '2026-11-20', description: 'x', evidenceUrl } });
      expect(res.status).toBe(400);
    }
  });
});

describe('CSRF on the adoption forms', () => {
  const routes = () => [
    [`/cases/${target.id}/pledge`, { actions: 'prison_visit' }],
    [`/cases/${target.id}/actions/new`, { type: 'prison_visit', date: '2026-11-20', description: 'x', public: 'false' }],
    [`/cases/${target.id}/twin/end`, {}],
  ] as const;
  for (const [what, headers] of [['a cross-site Origin', { origin: 'https://evil.example' }], ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }]] as const) {
    it(`${what} → 403 on every form, nothing stored`, async () => {
      const before = await h.count();
      for (const [path, fields] of routes()) {
        expect((await post(path, asMp, { ...fields }, headers)).status, path).toBe(403);
      }
      expect(await h.count()).toBe(before);
    });
  }
});

describe('forms people can use with a keyboard and a screen reader', () => {
  it('every field of the adoption forms has a label', async () => {
    await post(`/cases/${target.id}/pledge`, asMp, { actions: ['prison_visit'] });
    for (const path of [`/cases/${target.id}/pledge`, `/cases/${target.id}/actions/new`]) {
      const page = await html(path, asMp);
      const ids = [...page.matchAll(/<(?:input|select|textarea)[^>]*\bid="([^"]+)"/g)].map((m) => m[1]);
      for (const id of ids) expect(page, `${path}: label for ${id}`).toContain(`for="${id}"`);
      // Boxes without an id are wrapped in their label.
      const bare = [...page.matchAll(/<label[^>]*>\s*<input type="(?:checkbox|radio)"/g)].length;
      const boxes = [...page.matchAll(/<input type="(?:checkbox|radio)"/g)].length;
      expect(bare, path).toBe(boxes);
    }
  });
});
