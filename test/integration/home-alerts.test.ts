/**
 * Urgent alerts waiting for a member's answer, on their home (`/home`):
 * written with the recipient's record, gone once answered, newest first, and
 * never one on a case the member may no longer see. Visibility is checked
 * when the home is read: the waiting item stays when a case is paused or made
 * restricted, and the home leaves it out.
 */
import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { startAlertPoller } from '#functions/adapters/alert-queue/local-alert-queue.ts';
import type { DefenderCase } from '#shared/domain/case.ts';
import { digestWindow } from '#shared/digests/iso-week.ts';
import { loadDigestInputs } from '#shared/digests/load-inputs.ts';
import { bodyOf, makeHarness, type Harness } from '../support/harness.ts';
import { alertBody, makeAlertWorld, type AlertWorld } from '../support/alert-world.ts';

let h: Harness;
let w: AlertWorld;

beforeEach(async () => {
  h = await makeHarness();
  w = await makeAlertWorld(h);
  w.cookies.postedDiplomat = await h.signIn(w.members.postedDiplomat);
  w.cookies.otherMp = await h.signIn(w.members.otherMp);
}, 60_000);

async function sendAlert(c: DefenderCase, extra: Record<string, unknown> = {}): Promise<string> {
  const res = await h.json('POST', `/api/cases/${c.id}/alerts`, { cookie: w.cookies.coordinator, body: alertBody(extra) });
  expect(res.status).toBe(201);
  const poller = startAlertPoller({ ...h.deps }, h.alertQueue, { mailer: h.deps.mailer, idleMs: 20 });
  await poller.drain();
  await poller.stop();
  return (await bodyOf(res)).id;
}

const home = async (who: 'adopter' | 'postedDiplomat' | 'otherMp') => {
  const res = await h.app.request('/home', { headers: { cookie: w.cookies[who]! } });
  expect(res.status).toBe(200);
  const html = await res.text();
  const start = html.indexOf('<section aria-labelledby="alerts">');
  return html.slice(start, html.indexOf('</section>', start));
};

async function changeCase(c: DefenderCase, change: Partial<DefenderCase>): Promise<void> {
  const current = (await h.store.getCase(c.id))!;
  await h.store.saveCase({
    case: { ...current, ...change }, expectedVersion: current.version,
    audit: { id: randomUUID(), at: h.clock.now().toISOString(), actorId: w.members.coordinator.id, action: 'case.visibility_changed', caseId: c.id },
  });
}

describe('alerts waiting for an answer on the home', () => {
  it('lists the MP\'s and the posted diplomat\'s unanswered alerts, newest first, with the deadline and a link to answer', async () => {
    const older = await w.tiedCase('network', [], { defenderName: 'Older Alert Defender' });
    const olderId = await sendAlert(older);
    h.clock.advance(60_000);
    const newer = await w.tiedCase('network', [], { defenderName: 'Newer Alert Defender' });
    const newerId = await sendAlert(newer, { deadline: '2026-11-27T15:30:00Z' });

    const mp = await home('adopter');
    expect(mp).toContain('<h2 id="alerts">Alerts waiting for your answer</h2>');
    expect(mp).toContain(`<a href="/alerts/${newerId}">Answer the alert about Newer Alert Defender (Colombia)</a>`);
    expect(mp).toContain(`<a href="/alerts/${olderId}">Answer the alert about Older Alert Defender (Colombia)</a>`);
    expect(mp.indexOf(newerId)).toBeLessThan(mp.indexOf(olderId));
    expect(mp).toContain('<time datetime="2026-11-27T15:30:00.000Z">Deadline:');
    expect(await home('postedDiplomat')).toContain(`href="/alerts/${newerId}"`);
    // Every word of the part comes from the catalogs: in the pseudo-locale none is left in plain English.
    const pseudo = await (await h.app.request('/home?lang=en-XA', { headers: { cookie: w.cookies.adopter! } })).text();
    const part = pseudo.slice(pseudo.indexOf('<section aria-labelledby="alerts">'), pseudo.indexOf('</section>', pseudo.indexOf('<section aria-labelledby="alerts">')));
    expect(part).toContain('Newer Alert Defender');
    expect(part).not.toMatch(/Alerts waiting|Answer the alert|Deadline:|newest first/);
    // A member the alerts did not go to has none waiting.
    expect(await home('otherMp')).toContain('No urgent alert is waiting for your answer.');
  });

  it('an answered alert leaves the home (its waiting item is deleted in the answer\'s transaction); the others stay', async () => {
    const c = await w.tiedCase('network');
    const alertId = await sendAlert(c);
    expect(await h.store.waitingAlertsOf(w.members.adopter.id)).toHaveLength(1);

    const answered = await h.json('PUT', `/api/alerts/${alertId}/response`, { cookie: w.cookies.adopter, body: { answer: 'will_act' } });
    expect(answered.status).toBe(200);

    expect(await h.store.waitingAlertsOf(w.members.adopter.id)).toEqual([]);
    expect(await home('adopter')).not.toContain(alertId);
    expect(await home('postedDiplomat')).toContain(`href="/alerts/${alertId}"`);
  });

  it('an alert on a case paused, closed or restricted since is not shown, and comes back when the member may see the case again', async () => {
    const c = await w.tiedCase('network', [], { defenderName: 'Changing Case Defender' });
    const alertId = await sendAlert(c);
    expect(await home('adopter')).toContain(alertId);

    await changeCase(c, { pausedAt: h.clock.now().toISOString(), pausedFollowerIds: [w.members.adopter.id] });
    expect(await home('adopter'), 'paused').not.toContain('Changing Case Defender');
    await changeCase(c, { pausedAt: undefined, pausedFollowerIds: undefined, visibility: 'restricted', namedMemberIds: [w.members.postedDiplomat.id] });
    expect(await home('adopter'), 'restricted without naming the MP').not.toContain('Changing Case Defender');
    expect(await home('postedDiplomat'), 'restricted, naming the diplomat').toContain(alertId);
    await changeCase(c, { visibility: 'restricted', namedMemberIds: [w.members.adopter.id] });
    expect(await home('adopter'), 'restricted, naming the MP').toContain(alertId);
    await changeCase(c, { visibility: 'network', namedMemberIds: [], state: 'closed', closedReason: 'Released and safe.' });
    expect(await home('adopter'), 'closed').not.toContain('Changing Case Defender');
    // The item itself is kept: what hides it is the case as it is now.
    expect((await h.store.waitingAlertsOf(w.members.adopter.id)).map((a) => a.alertId)).toEqual([alertId]);
  });

  it('past its deadline the alert stays, marked late, for 30 days', async () => {
    const c = await w.tiedCase('network');
    const alertId = await sendAlert(c);
    h.clock.advance(4 * 86_400_000);
    w.cookies.adopter = await h.signIn(w.members.adopter); // sessions last 12 hours
    const late = await home('adopter');
    expect(late).toContain(alertId);
    expect(late).toContain('The deadline passed on');
    h.clock.advance(30 * 86_400_000);
    w.cookies.adopter = await h.signIn(w.members.adopter);
    expect(await home('adopter')).not.toContain(alertId);
  });
});

describe('waiting alerts and the weekly digest', () => {
  it('an alert waiting for a named MP does not count as taking part in the case (their digest\'s "your cases")', async () => {
    const c = await w.tiedCase('restricted', ['named']);
    await sendAlert(c);
    expect((await h.store.waitingAlertsOf(w.members.named.id)).map((a) => a.caseId)).toEqual([c.id]);

    const inputs = await loadDigestInputs(h.deps, digestWindow('2026-W48'), [w.members.named, w.members.adopter]);
    expect(inputs.participations.get(w.members.named.id) ?? []).toEqual([]);
    expect(inputs.participations.get(w.members.adopter.id), 'the adopter pledged').toEqual([c.id]);
  });
});
