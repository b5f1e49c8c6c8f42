/**
 * Answering an urgent alert and what coordinators see of it, against
 * DynamoDB Local: the answer page (GET changes nothing), the API, the roster
 * with delivery times and answers, the case page's section, and the one
 * reminder for "I will act" with no action logged a day before the deadline.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDueAlertReminders, sendDueAlertReminders } from '#shared/alerts/index.ts';
import { startAlertPoller } from '#functions/adapters/alert-queue/local-alert-queue.ts';
import { bodyOf, makeHarness, type Harness } from '../support/harness.ts';
import { coverageBeside, type CoverageBeside } from '../support/coverage.ts';
import { ALERT_DEADLINE, alertBody, makeAlertWorld, type AlertWorld } from '../support/alert-world.ts';

let h: Harness;
let stream: CoverageBeside;
let w: AlertWorld;
let alertId: string;
let caseId: string;

beforeAll(async () => {
  // The case page reads the roster the table's stream keeps under the case (test/integration/case-page-budget.test.ts).
  h = await makeHarness({ stream: true });
  stream = coverageBeside(h);
  w = await makeAlertWorld(h);
  w.cookies.postedDiplomat = await h.signIn(w.members.postedDiplomat);
  w.cookies.otherMp = await h.signIn(w.members.otherMp);
  const c = await w.tiedCase('network');
  caseId = c.id;
  const res = await h.json('POST', `/api/cases/${c.id}/alerts`, { cookie: w.cookies.coordinator, body: alertBody() });
  alertId = (await bodyOf(res)).id;
  const poller = startAlertPoller({ ...h.deps }, h.alertQueue, { mailer: h.deps.mailer, idleMs: 20 });
  await poller.drain();
  await poller.stop();
}, 60_000);

afterAll(async () => stream.poller.stop());

const answer = (who: 'adopter' | 'twin' | 'postedDiplomat' | 'otherMp', body: unknown) =>
  h.json('PUT', `/api/alerts/${alertId}/response`, { cookie: w.cookies[who], body });

describe('answers to an alert', () => {
  it('the answer page shows the form and changes nothing; the email links to it', async () => {
    const mail = (await h.outbox.list()).find((m) => m.to === w.members.adopter.email && m.text.includes(alertId))!;
    expect(mail.text).toContain(`http://localhost/alerts/${alertId}`);
    const page = await h.app.request(`/alerts/${alertId}`, { headers: { cookie: w.cookies.adopter! } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('name="answer" value="will_act"');
    expect(html).toContain('Arrested at dawn');
    expect((await h.store.getAlertFor(alertId, w.members.adopter.id)).recipient!.answer).toBeUndefined();
  });

  it('a member the alert did not go to gets 404 on the page and the API; signed out, the page sends to sign-in', async () => {
    expect((await h.app.request(`/alerts/${alertId}`, { headers: { cookie: w.cookies.otherMp! } })).status).toBe(404);
    expect((await answer('otherMp', { answer: 'will_act' })).status).toBe(404);
    const anonymous = await h.app.request(`/alerts/${alertId}`);
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toBe('/sign-in');
  });

  it('bad answers are 400 naming the field; nothing recorded', async () => {
    const res = await answer('twin', { answer: 'maybe' });
    expect(res.status).toBe(400);
    expect((await bodyOf(res)).errors[0].path).toBe('answer');
    expect((await h.store.getAlertFor(alertId, w.members.twin.id)).recipient!.answer).toBeUndefined();
  });

  it('answers go to the roster, which only coordinators read, with the time to the first answer', async () => {
    h.clock.advance(4 * 60_000);
    expect((await answer('adopter', { answer: 'will_act' })).status).toBe(200);
    h.clock.advance(60_000);
    expect((await answer('postedDiplomat', { answer: 'cannot' })).status).toBe(200);
    const res = await h.json('GET', `/api/alerts/${alertId}`, { cookie: w.cookies.coordinator });
    expect(res.status).toBe(200);
    const roster = await bodyOf(res);
    expect(roster.secondsToFirstAnswer).toBe(240);
    const byId = new Map(roster.recipients.map((r: { memberId: string }) => [r.memberId, r]));
    expect(byId.get(w.members.adopter.id)).toMatchObject({ answer: 'will_act', status: 'sent' });
    expect(byId.get(w.members.postedDiplomat.id)).toMatchObject({ answer: 'cannot' });
    expect(JSON.stringify(roster)).not.toContain('@example.org');
    expect((await h.json('GET', `/api/alerts/${alertId}`, { cookie: w.cookies.adopter })).status).toBe(403);
    expect((await h.json('GET', `/api/alerts/${alertId}`, { cookie: w.cookies.otherMp })).status).toBe(404);
  });

  it('the case page shows coordinators the alert with its roster and the time to the first answer; MPs see no roster', async () => {
    await stream.poller.drain();
    const page = await (await h.app.request(`/cases/${caseId}`, { headers: { cookie: w.cookies.coordinator! } })).text();
    expect(page).toContain('id="alerts-heading"');
    expect(page).toContain('First answer after 4 minutes.');
    expect(page).toContain(w.members.adopter.name);
    expect(page).toContain('I will act on');
    const mp = await (await h.app.request(`/cases/${caseId}`, { headers: { cookie: w.cookies.adopter! } })).text();
    expect(mp).not.toContain('id="alerts-heading"');
  });

  it('the answer page and the case page\'s section show no plain English in the pseudo-locale', async () => {
    const html = async (path: string, who: 'adopter' | 'coordinator') =>
      (await h.app.request(`${path}?lang=en-XA`, { headers: { cookie: w.cookies[who]! } })).text();
    const words = (fragment: string) => fragment.replace(/<[^>]+>/g, ' ');
    const answerPage = await html(`/alerts/${alertId}`, 'adopter');
    const main = words(answerPage.slice(answerPage.indexOf('<main'), answerPage.indexOf('</main>')));
    for (const word of ['Your answer', 'I will act', 'Deadline', 'What is asked', 'Letter to the authorities']) expect(main).not.toContain(word);
    const casePage = await html(`/cases/${caseId}`, 'coordinator');
    const start = casePage.indexOf('id="alerts-heading"');
    expect(start).toBeGreaterThan(0);
    const section = words(casePage.slice(start, casePage.indexOf('</section>', start)));
    for (const word of ['Urgent alerts', 'First answer', 'No answer', 'Delivered', 'Member', 'will act']) expect(section).not.toContain(word);
  });

  it('"Done" from the page records it and sends an MP on to the action form', async () => {
    const res = await h.app.request(`/alerts/${alertId}`, {
      method: 'POST', headers: { cookie: w.cookies.twin!, 'content-type': 'application/x-www-form-urlencoded' }, body: 'answer=done',
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain(`href="/cases/${caseId}/actions/new"`);
    expect((await h.store.getAlertFor(alertId, w.members.twin.id)).recipient!.answer).toBe('done');
  });

  it('the reminder: due a day before the deadline through the index (no Scan), sent once even by two schedulers at once', async () => {
    // Not due yet.
    expect(await findDueAlertReminders({ ...h.deps })).toEqual([]);
    h.clock.advance(Date.parse(ALERT_DEADLINE) - 86_400_000 - h.clock.now().getTime() + 1000);
    const due = await findDueAlertReminders({ ...h.deps });
    expect(due.map((d) => d.memberId)).toEqual([w.members.adopter.id]);
    const before = (await h.outbox.list()).length;
    const { tally } = await h.calls.measure(async () => {
      const first = await Promise.all([sendDueAlertReminders({ ...h.deps }, { mailer: h.deps.mailer }), sendDueAlertReminders({ ...h.deps }, { mailer: h.deps.mailer })]);
      expect(first[0].sent + first[1].sent).toBe(1);
    });
    expect(tally.scans).toBe(0);
    expect((await h.outbox.list()).length).toBe(before + 1);
    expect((await sendDueAlertReminders({ ...h.deps }, { mailer: h.deps.mailer })).sent).toBe(0);
    const reminder = (await h.outbox.list()).find((m) => m.subject.startsWith('Reminder:'))!;
    expect(reminder.to).toBe(w.members.adopter.email);
    // The deadline (12:00 UTC) in the adopter's zone: their country's (France) main zone, as in the alert itself.
    expect(reminder.text.replace(/\u202f/g, ' ')).toContain('Nov 26, 2026, 1:00 PM (GMT+1)');
    // Filed again after the reminder (the member said "I will act" once more): taken off the index, never a second reminder.
    const now = h.clock.now().toISOString();
    await h.store.saveAlertAnswer(alertId, w.members.adopter.id, 'will_act', now, now, {
      id: crypto.randomUUID(), at: now, actorId: w.members.adopter.id, action: 'alert.answered', caseId, fields: ['answer'],
    });
    expect(await sendDueAlertReminders({ ...h.deps }, { mailer: h.deps.mailer })).toEqual({ sent: 0, acted: 0, taken: 1 });
    expect(await findDueAlertReminders({ ...h.deps })).toEqual([]);
    expect((await h.outbox.list()).filter((m) => m.subject.startsWith('Reminder:'))).toHaveLength(1);
  });
});
