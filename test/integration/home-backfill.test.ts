/**
 * Tables from before member homes listed waiting alerts: the backfill gives
 * each unanswered recipient its waiting item once, and none to a member who
 * answered. Tables from before homes read projections: each member's own item
 * joins their collection and every case is projected, once.
 */
import { DeleteCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { startAlertPoller } from '#functions/adapters/alert-queue/local-alert-queue.ts';
import { backfillHomeItems, backfillHomeProjections } from '#functions/adapters/dynamo/home-backfill.ts';
import { homeProjector } from '#functions/adapters/dynamo/home-projector.ts';
import { homeKeys } from '#functions/adapters/dynamo/home-items.ts';
import { keys } from '#functions/adapters/dynamo/keys.ts';
import { addHearing } from '#functions/local/seed-missions.ts';
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

describe('home projections for an older table', () => {
  it('puts each member\'s own item in their collection and projects every case, once; a second start does nothing', async () => {
    // No stream: as a table whose writes were made before the projector existed.
    const h = await makeHarness();
    const coordinator = await h.addMember('coordinator');
    const asCoordinator = await h.signIn(coordinator);
    const mpMember = await h.addMember('mp');
    const mp = await h.signIn(mpMember);
    const diplomat = await h.signIn(await h.addMember('diplomat', { country: 'CO', mission: 'EU Delegation to Colombia' }));
    const ok = async (res: Response) => expect(res.status, await res.clone().text()).toBeLessThan(300);
    await ok(await h.json('PUT', '/api/me/preferences', { cookie: mp, body: { weeklyDigest: true, countries: ['CO'], themes: [], language: 'en' }, headers: { 'if-match': `"${mpMember.version}"` } }));
    const c = await h.createCase(asCoordinator, { defenderName: 'Older Defender', country: 'CO' });
    const hearing = await addHearing(h.deps, coordinator.id, c.id, { hearingAt: '2026-12-02T09:30', court: 'Court of Bogotá', title: 'Older hearing' });
    await ok(await h.json('PUT', `/api/cases/${c.id}/hearings/${hearing.id}/observers/me`, { cookie: mp }));
    await ok(await h.json('POST', `/api/cases/${c.id}/action-requests`, { cookie: asCoordinator, body: { actionType: 'trial_observation', country: 'CO', dueDate: '2026-12-10' } }));
    // As an earlier release stored members: not in their own collection.
    await h.doc.send(new UpdateCommand({ TableName: h.table, Key: keys.member(mpMember.id), UpdateExpression: 'REMOVE gsi1pk, gsi1sk' }));
    const home = async (cookie: string) => (await h.app.request('/home', { headers: { cookie } })).text();
    expect(await home(mp)).toContain('<a href="/settings">settings</a>');
    expect(await home(diplomat)).not.toContain('Older Defender');

    const projector = homeProjector(h.doc, h.table, () => h.clock.now());
    expect(await backfillHomeProjections(h.doc, h.table, projector)).toMatchObject({ ran: true, members: 1, cases: 1 });
    expect(await backfillHomeProjections(h.doc, h.table, projector), 'a second start').toMatchObject({ ran: false });
    const projections = async () => (await h.doc.send(new QueryCommand({
      TableName: h.table, KeyConditionExpression: 'pk = :pk', ConsistentRead: true, ExpressionAttributeValues: { ':pk': homeKeys.casePartition(c.id) },
    }))).Items ?? [];
    const written = await projections();
    expect(await backfillHomeProjections(h.doc, h.table, projector, { force: true }), 'forced: nothing left to add').toMatchObject({ ran: true, members: 0, cases: 1 });
    expect(await projections()).toEqual(written);

    const mpHome = await home(mp);
    expect(mpHome).toContain('Older hearing');
    expect(mpHome.slice(mpHome.indexOf('id="unadopted"'))).toContain('Older Defender');
    const diplomatHome = await home(diplomat);
    expect(diplomatHome.slice(diplomatHome.indexOf('id="requests"'), diplomatHome.indexOf('id="hearings"'))).toContain('Older Defender');
    expect(diplomatHome).toContain('Older hearing');
  }, 60_000);
});
