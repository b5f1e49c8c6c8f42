/**
 * The MP's and the diplomat's home (`/home`, where they land after signing
 * in): what each shows, and never a case the member may not see (restricted
 * without naming them, paused for an MP who is not named) in any part.
 * Hearings, requests and suggested cases reach a home through the table's
 * stream (the home projector, beside the coverage aggregator): each test
 * lets the poller catch up before it reads a home.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addHearing } from '#functions/local/seed-missions.ts';
import type { Member } from '#shared/domain/member.ts';
import { makeHarness, type Harness } from '../support/harness.ts';
import { coverageBeside, type CoverageBeside } from '../support/coverage.ts';

let h: Harness;
let stream: CoverageBeside;
let coordinator: string;
let mpMember: Member;
let mp: string;
let diplomat: string;

const get = async (path: string, cookie?: string) => h.app.request(path, { headers: cookie ? { cookie } : {} });
/** Every write so far has reached the homes' projections. */
const projected = async () => {
  await h.settled();
  await stream.poller.drain();
};
const ok = (res: Response) => expect(res.status).toBeLessThan(300);

beforeEach(async () => {
  h = await makeHarness({ stream: true });
  stream = coverageBeside(h);
  const coordinatorMember = await h.addMember('coordinator');
  coordinator = await h.signIn(coordinatorMember);
  mpMember = await h.addMember('mp');
  mp = await h.signIn(mpMember);
  diplomat = await h.signIn(await h.addMember('diplomat', { country: 'CO', mission: 'EU Delegation to Colombia' }));
});

afterEach(async () => stream.poller.stop());

describe('who lands where', () => {
  it('MPs and diplomats land on /home, coordinators are sent on to the dashboard, the signed-out to sign in', async () => {
    expect((await get('/', mp)).headers.get('location')).toBe('/home');
    expect((await get('/', diplomat)).headers.get('location')).toBe('/home');
    expect((await get('/home', coordinator)).headers.get('location')).toBe('/dashboard');
    expect((await get('/home')).headers.get('location')).toBe('/sign-in');
  });
});

describe('the MP\'s home', () => {
  it('shows the MP\'s commitments, the hearings they observe and the unadopted cases they follow, nothing hidden', async () => {
    const adopted = await h.createCase(coordinator, { defenderName: 'Adopted Network', country: 'CO' });
    const open = await h.createCase(coordinator, { defenderName: 'Unadopted Network', country: 'CO' });
    await h.createCase(coordinator, { defenderName: 'Unadopted Elsewhere', country: 'KE', themes: ['labour'] });
    await h.createCase(coordinator, { defenderName: 'Hidden Restricted', country: 'CO', visibility: 'restricted' });
    const paused = await h.createCase(coordinator, { defenderName: 'Hidden Paused', country: 'CO' });
    ok(await h.json('POST', `/api/cases/${paused.id}/pause`, { cookie: coordinator, body: { reason: 'Reprisal', basis: 'reprisal' } }));
    ok(await h.json('POST', `/api/cases/${adopted.id}/pledges`, { cookie: mp, body: { actions: ['letter_authorities', 'prison_visit'] } }));
    ok(await h.json('POST', `/api/cases/${adopted.id}/actions`, { cookie: mp, body: { type: 'letter_authorities', date: '2026-11-20', description: 'Sent.', public: false } }));
    const hearing = await addHearing(h.deps, (await h.addMember('coordinator')).id, open.id, { hearingAt: '2026-12-02T09:30', court: 'Court of Bogotá', title: 'Appeal hearing' });
    ok(await h.json('PUT', `/api/cases/${open.id}/hearings/${hearing.id}/observers/me`, { cookie: mp }));

    // Before the MP follows anything, the last part asks them to choose.
    expect(await (await get('/home', mp)).text()).toContain('<a href="/settings">settings</a>');
    ok(await h.json('PUT', '/api/me/preferences', { cookie: mp, body: { weeklyDigest: true, countries: ['CO'], themes: [], language: 'en' }, headers: { 'if-match': `"${mpMember.version}"` } }));
    await projected();

    const { result, tally } = await h.calls.measure(() => get('/home', mp));
    expect(result.status).toBe(200);
    console.info(`MP home: ${tally.calls} DynamoDB calls`);
    // The session, the MP's collection (with the projections the stream keeps), its cases as they are now.
    expect(tally.calls).toBeLessThanOrEqual(3);
    const html = await result.text();
    expect(html).toContain('<h1>Your home</h1>');
    expect(html).toContain('2 pledged actions: 1 done, 1 still to do.');
    expect(html).toMatch(new RegExp(`<tr data-case="${adopted.id}">[\\s\\S]*?<td data-label="Pledged">2</td><td data-label="Done">1</td><td data-label="To do">1</td>`));
    expect(html).toContain('Appeal hearing');
    const unadopted = html.slice(html.indexOf('id="unadopted"'));
    expect(unadopted).toContain('Unadopted Network');
    expect(unadopted).not.toContain('Unadopted Elsewhere');
    expect(unadopted).not.toContain('Adopted Network');
    for (const hidden of ['Hidden Restricted', 'Hidden Paused']) expect(html).not.toContain(hidden);
    expect((await get('/home', await h.signIn(await h.addMember('mp')))).status).toBe(200);
  });
});

describe('the diplomat\'s home', () => {
  it('shows the posting\'s open requests by due date, its hearings and gaps, never a case the diplomat may not see', async () => {
    const later = await h.createCase(coordinator, { defenderName: 'Later Request', country: 'CO' });
    const sooner = await h.createCase(coordinator, { defenderName: 'Sooner Request', country: 'CO' });
    // Restricted, naming another diplomat posted there (a request must reach someone): hidden from this one.
    const named = await h.addMember('diplomat', { country: 'CO', mission: 'Embassy in Bogotá' });
    const hidden = await h.createCase(coordinator, { defenderName: 'Hidden Restricted', country: 'CO', visibility: 'restricted', namedMemberIds: [named.id] });
    for (const [c, dueDate] of [[later, '2026-12-20'], [sooner, '2026-11-30'], [hidden, '2026-12-01']] as const) {
      ok(await h.json('POST', `/api/cases/${c.id}/action-requests`, { cookie: coordinator, body: { actionType: 'trial_observation', country: 'CO', dueDate } }));
    }
    await addHearing(h.deps, (await h.addMember('coordinator')).id, later.id, { hearingAt: '2026-12-03T14:00', court: 'Court of Cali', title: 'Trial opening' });
    await addHearing(h.deps, (await h.addMember('coordinator')).id, hidden.id, { hearingAt: '2026-12-04T14:00', court: 'Court of Cali', title: 'Hidden hearing' });
    await projected();

    const { result, tally } = await h.calls.measure(() => get('/home', diplomat));
    expect(result.status).toBe(200);
    console.info(`diplomat home: ${tally.calls} DynamoDB calls`);
    expect(tally.calls).toBeLessThanOrEqual(3);
    const html = await result.text();
    expect(html).toContain('<h1>Your posting: Colombia</h1>');
    const requests = html.slice(html.indexOf('id="requests"'), html.indexOf('id="hearings"'));
    expect(requests.indexOf('Sooner Request')).toBeGreaterThan(-1);
    expect(requests.indexOf('Sooner Request')).toBeLessThan(requests.indexOf('Later Request'));
    expect(html).toContain('Trial opening');
    expect(html).toContain('0 requests are overdue; 2 active cases you can see have no adopting MP.');
    expect(html).not.toContain('Hidden');
    // The next days, the sooner one is overdue.
    h.clock.advance(8 * 86_400_000);
    const newcomer = await h.signIn(await h.addMember('diplomat', { country: 'CO', mission: 'Embassy' }));
    await projected();
    const overdue = await (await get('/home', newcomer)).text();
    expect(overdue).toContain('1 request is overdue;');
  });

  it('a diplomat without a posting is told to ask for one', async () => {
    const html = await (await get('/home', await h.signIn(await h.addMember('diplomat')))).text();
    expect(html).toContain('Your account has no country of posting');
  });
});
