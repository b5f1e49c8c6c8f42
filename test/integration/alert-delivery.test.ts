/**
 * Delivery of urgent alerts against DynamoDB Local, through the real local
 * queue and the sender code the Lambda runs: each recipient gets one email in
 * their language with RFC 8058 headers; killing the sender between a claim
 * and its send, or half-way through a batch, then restarting, leaves no
 * member with two emails; a replayed create sends nothing; suppressed
 * addresses get nothing.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { deliverAlert } from '#shared/alerts/index.ts';
import type { Mailer } from '#shared/ports/mailer.ts';
import { dynamoQueue } from '#functions/adapters/alert-queue/dynamo-queue.ts';
import { startAlertPoller } from '#functions/adapters/alert-queue/local-alert-queue.ts';
import { parseDelivery } from '#functions/adapters/alert-queue/delivery-message.ts';
import { bodyOf, makeHarness, type Harness } from '../support/harness.ts';
import { alertBody, makeAlertWorld, type AlertWorld } from '../support/alert-world.ts';

let h: Harness;
let w: AlertWorld;

beforeAll(async () => {
  h = await makeHarness();
  w = await makeAlertWorld(h);
}, 60_000);

const senderDeps = () => ({ ...h.deps, log: h.deps.log });

async function sendAlert(caseId: string, key?: string): Promise<{ res: Response; id: string; recipients: number }> {
  const res = await h.json('POST', `/api/cases/${caseId}/alerts`, {
    cookie: w.cookies.coordinator, body: alertBody(), ...(key ? { headers: { 'idempotency-key': key } } : {}),
  });
  expect(res.status, await res.clone().text()).toBe(201);
  const body = await bodyOf(res);
  return { res, id: body.id, recipients: body.recipients };
}

/** Emails of one alert per address (the answer link names the alert). */
async function emailsOf(alertId: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const m of await h.outbox.list()) if (m.text.includes(`/alerts/${alertId}`)) counts.set(m.to, (counts.get(m.to) ?? 0) + 1);
  return counts;
}

/** Takes every visible message off the queue (each test starts from an empty queue). */
async function takeAll() {
  const all = [];
  for (let batch = await h.alertQueue.receive(10); batch.length > 0; batch = await h.alertQueue.receive(10)) all.push(...batch);
  return all;
}

describe('alert delivery', () => {
  it('one email per recipient in their language, with both unsubscribe headers, and the roster shows when each was delivered', async () => {
    await takeAll();
    const c = await w.tiedCase('public');
    const { id, recipients } = await sendAlert(c.id);
    const poller = startAlertPoller(senderDeps(), h.alertQueue, { mailer: h.deps.mailer, idleMs: 20 });
    await poller.drain();
    await poller.stop();
    const sent = await emailsOf(id);
    expect([...sent.values()]).toEqual(Array(recipients).fill(1));
    const mails = (await h.outbox.list()).filter((m) => m.text.includes(`/alerts/${id}`));
    expect(mails.find((m) => m.to === w.members.followsCountry.email)!.subject).toMatch(/^Urgent\u00a0:/);
    expect(mails.find((m) => m.to === w.members.followsTheme.email)!.subject).toMatch(/^Urgente:/);
    for (const m of mails) {
      expect(m.headers['list-unsubscribe']).toMatch(/^<http:\/\/localhost\/alerts\/unsubscribe\/[0-9a-f-]+\.[^>]+>$/);
      expect(m.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    }
    const roster = (await h.store.getAlertWithRecipients(id))!;
    expect(roster.recipients.every((r) => r.status === 'sent' && r.deliveredAt)).toBe(true);
  });

  it('gives the deadline in each recipient\'s time zone: their saved one, else their country\'s main zone', async () => {
    await takeAll();
    const c = await w.tiedCase('public');
    const { id } = await sendAlert(c.id);
    const poller = startAlertPoller(senderDeps(), h.alertQueue, { mailer: h.deps.mailer, idleMs: 20 });
    await poller.drain();
    await poller.stop();
    const mails = (await h.outbox.list()).filter((m) => m.text.includes(`/alerts/${id}`));
    const textTo = (m: { email: string }) => mails.find((mail) => mail.to === m.email)!.text.replace(/\u202f/g, ' ');
    // The deadline is 12:00 UTC on 26 November: 13:00 in Brussels (a French reader in Belgium), 07:00 in Bogotá
    // (the diplomat posted to Colombia), 21:00 in Tokyo (the twin, who saved that zone).
    expect(textTo(w.members.followsCountry)).toMatch(/26 nov\. 2026, 13:00 \((UTC\+1|heure normale d’Europe centrale|HNEC)\)/);
    expect(textTo(w.members.postedDiplomat)).toMatch(/Nov 26, 2026, 7:00 AM \((GMT-5|COT|UTC-5)\)/);
    expect(textTo(w.members.twin)).toMatch(/Nov 26, 2026, 9:00 PM \((GMT\+9|JST|UTC\+9)\)/);
  });

  it('killed between claim and send, then restarted: the member whose claim was taken gets no second email, every other exactly one', async () => {
    await takeAll();
    const c = await w.tiedCase('public');
    const { id, recipients } = await sendAlert(c.id);
    const [message] = await h.alertQueue.receive(10);
    const delivery = parseDelivery(message!.body);
    const victim = delivery.memberIds[2]!;
    // The "kill": the process stops right after the claim of the third member, before its send.
    await expect(deliverAlert(senderDeps(), delivery, {
      mailer: h.deps.mailer, concurrency: 1,
      afterClaim: (memberId) => { if (memberId === victim) throw new Error('killed'); },
    })).rejects.toThrow('killed');
    // Restart: the same message comes back (here at once: a fresh queue view with no visibility wait).
    const restarted = dynamoQueue(h.doc, h.table, { name: 'alerts', visibilityTimeoutMs: 0, maxReceives: 5, now: () => Date.now() + 130_000 });
    const poller = startAlertPoller(senderDeps(), restarted, { mailer: h.deps.mailer, idleMs: 20 });
    await poller.drain();
    await poller.stop();
    const sent = await emailsOf(id);
    expect(sent.get(w.members[w.nameOf(victim)].email)).toBeUndefined();
    expect([...sent.values()].every((n) => n === 1)).toBe(true);
    expect(sent.size).toBe(recipients - 1);
    const roster = (await h.store.getAlertWithRecipients(id))!;
    expect(roster.recipients.find((r) => r.memberId === victim)!.status).toBe('sending');
  });

  it('killed half-way through a batch (after two sends), then restarted: no member gets two emails, and the rest get theirs', async () => {
    await takeAll();
    const c = await w.tiedCase('public');
    const { id, recipients } = await sendAlert(c.id);
    const [message] = await h.alertQueue.receive(10);
    let sends = 0;
    const dying: Mailer = {
      async send(email) {
        if (sends === 2) throw Object.assign(new Error('process killed'), { name: 'Killed' });
        sends += 1;
        return h.deps.mailer.send(email);
      },
    };
    await expect(deliverAlert(senderDeps(), parseDelivery(message!.body), { mailer: dying, concurrency: 1 })).rejects.toThrow();
    expect((await emailsOf(id)).size).toBe(2);
    const restarted = dynamoQueue(h.doc, h.table, { name: 'alerts', visibilityTimeoutMs: 0, maxReceives: 5, now: () => Date.now() + 130_000 });
    const poller = startAlertPoller(senderDeps(), restarted, { mailer: h.deps.mailer, idleMs: 20 });
    await poller.drain();
    await poller.stop();
    const sent = await emailsOf(id);
    expect([...sent.values()].every((n) => n === 1)).toBe(true);
    expect(sent.size).toBe(recipients);
  });

  it('the same message delivered twice at once (two senders) sends each email once', async () => {
    await takeAll();
    const c = await w.tiedCase('network');
    const { id, recipients } = await sendAlert(c.id);
    const [message] = await h.alertQueue.receive(10);
    const delivery = parseDelivery(message!.body);
    await Promise.all([1, 2].map(() => deliverAlert(senderDeps(), delivery, { mailer: h.deps.mailer })));
    const sent = await emailsOf(id);
    expect(sent.size).toBe(recipients);
    expect([...sent.values()].every((n) => n === 1)).toBe(true);
  });

  it('a replay with the same Idempotency-Key answers the first 201 and sends nothing more', async () => {
    await takeAll();
    const c = await w.tiedCase('public');
    const key = `alert-${randomUUID()}`;
    const first = await sendAlert(c.id, key);
    expect(await takeAll()).toHaveLength(1);
    const replay = await h.json('POST', `/api/cases/${c.id}/alerts`, { cookie: w.cookies.coordinator, body: alertBody(), headers: { 'idempotency-key': key } });
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(await bodyOf(replay)).toEqual({ id: first.id, recipients: first.recipients });
    expect(await takeAll()).toHaveLength(0);
    expect(await h.store.latestAlertsOfCase(c.id)).toHaveLength(1);
  });

  it('a suppressed address gets nothing and shows as suppressed', async () => {
    await takeAll();
    const c = await w.tiedCase('public');
    await h.store.suppressAddress({ email: w.members.twin.email, reason: 'bounce', at: h.clock.now().toISOString() }, {
      id: randomUUID(), at: h.clock.now().toISOString(), actorId: 'ses', action: 'mail.suppressed',
    });
    const { id } = await sendAlert(c.id);
    const poller = startAlertPoller(senderDeps(), h.alertQueue, { mailer: h.deps.mailer, idleMs: 20 });
    await poller.drain();
    await poller.stop();
    expect((await emailsOf(id)).get(w.members.twin.email)).toBeUndefined();
    const roster = (await h.store.getAlertWithRecipients(id))!;
    expect(roster.recipients.find((r) => r.memberId === w.members.twin.id)!.status).toBe('suppressed');
  });

  it('the alerts unsubscribe link stops alerts (one-click POST without Origin), and only alerts', async () => {
    const m = await h.addMember('mp', { country: 'FR' });
    const { alertUnsubscribeToken } = await import('#shared/alerts/index.ts');
    const token = alertUnsubscribeToken('test-secret', m.id);
    expect((await h.app.request(`/alerts/unsubscribe/${token}`)).status).toBe(200);
    expect((await h.store.getMember(m.id)) as unknown as { alertsOff?: boolean }).not.toHaveProperty('alertsOff');
    const res = await h.app.fetch(new Request(`http://localhost/alerts/unsubscribe/${token}`, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click',
    }));
    expect(res.status).toBe(200);
    const after = (await h.store.getMember(m.id)) as unknown as { alertsOff?: boolean; preferences?: unknown };
    expect(after.alertsOff).toBe(true);
    expect(after.preferences).toBeUndefined();
    expect((await h.app.request(`/alerts/unsubscribe/${m.id}.forged`)).status).toBe(404);
  });
});
