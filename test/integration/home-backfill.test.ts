/**
 * Tables from before member homes listed waiting alerts: the backfill gives
 * each unanswered recipient its waiting item once, and none to a member who
 * answered.
 */
import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { startAlertPoller } from '#functions/adapters/alert-queue/local-alert-queue.ts';
import { backfillHomeItems } from '#functions/adapters/dynamo/home-backfill.ts';
import { alertKeys } from '#functions/adapters/dynamo/alert-items.ts';
import { bodyOf, makeHarness } from '../support/harness.ts';
import { alertBody, makeAlertWorld } from '../support/alert-world.ts';

describe('waiting alerts for an older table', () => {
  it('lists each unanswered alert under its member once, never one already answered', async () => {
    const h = await makeHarness();
    const w = await makeAlertWorld(h);
    const c = await w.tiedCase('network');
    const sent = await h.json('POST', `/api/cases/${c.id}/alerts`, { cookie: w.cookies.coordinator, body: alertBody() });
    const alertId = (await bodyOf(sent)).id as string;
    const poller = startAlertPoller({ ...h.deps }, h.alertQueue, { mailer: h.deps.mailer, idleMs: 20 });
    await poller.drain();
    await poller.stop();
    expect((await h.json('PUT', `/api/alerts/${alertId}/response`, { cookie: w.cookies.twin, body: { answer: 'cannot' } })).status).toBe(200);
    const { recipients } = (await h.store.getAlertWithRecipients(alertId))!;
    const unanswered = recipients.filter((r) => r.answer === undefined).map((r) => r.memberId);
    expect(unanswered.length).toBeGreaterThan(2);
    // As an earlier release left it: recipients, and no waiting item.
    for (const r of recipients) await h.doc.send(new DeleteCommand({ TableName: h.table, Key: alertKeys.waiting(r.memberId, alertId) }));
    expect(await h.store.waitingAlertsOf(w.members.adopter.id)).toEqual([]);

    const first = await backfillHomeItems(h.doc, h.table);
    expect(first).toMatchObject({ ran: true, waitingAlerts: unanswered.length });
    expect(await backfillHomeItems(h.doc, h.table), 'a second start').toMatchObject({ ran: false });
    expect(await backfillHomeItems(h.doc, h.table, { force: true }), 'forced: nothing left to add').toMatchObject({ ran: true, waitingAlerts: 0 });

    expect((await h.store.waitingAlertsOf(w.members.adopter.id)).map((a) => a.alertId)).toEqual([alertId]);
    expect(await h.store.waitingAlertsOf(w.members.twin.id), 'the twin answered').toEqual([]);
    const home = await (await h.app.request('/home', { headers: { cookie: w.cookies.adopter! } })).text();
    expect(home).toContain(`href="/alerts/${alertId}"`);
  });
});
