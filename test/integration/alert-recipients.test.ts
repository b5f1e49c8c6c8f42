/**
 * Who receives an urgent alert, against DynamoDB Local, across the
 * visibility matrix: exactly the members who may see the case and are tied
 * to it (pledged, twin, named, posted there, following its country or a
 * theme), never one who may not see it, never one who turned alerts off.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, makeHarness, type Harness } from '../support/harness.ts';
import { alertBody, follow, makeAlertWorld, type AlertWorld, type WorldRole } from '../support/alert-world.ts';
import { findRecipients } from '#shared/alerts/find-recipients.ts';

let h: Harness;
let w: AlertWorld;

beforeAll(async () => {
  h = await makeHarness();
  w = await makeAlertWorld(h);
}, 60_000);

async function recipientsOf(caseId: string): Promise<WorldRole[]> {
  const res = await h.json('POST', `/api/cases/${caseId}/alerts`, { cookie: w.cookies.coordinator, body: alertBody() });
  expect(res.status, await res.clone().text()).toBe(201);
  const { id, recipients } = await bodyOf(res);
  const found = (await h.store.getAlertWithRecipients(id))!;
  expect(found.recipients).toHaveLength(recipients);
  return found.recipients.map((r) => w.nameOf(r.memberId)).sort();
}

const TIED_OPEN: WorldRole[] = ['adopter', 'followsCountry', 'followsTheme', 'postedDiplomat', 'twin'];

describe('alert recipients', () => {
  it('public case: the adopter, the twin, the diplomat posted there and both followers; not the other MP, the diplomat elsewhere, the unnamed MP, the opted-out follower or the coordinator', async () => {
    expect(await recipientsOf((await w.tiedCase('public')).id)).toEqual(TIED_OPEN);
  });

  it('network case: the same set', async () => {
    expect(await recipientsOf((await w.tiedCase('network')).id)).toEqual(TIED_OPEN);
  });

  it('restricted case naming the named MP, the adopter, the posted diplomat and the theme follower: exactly those', async () => {
    const c = await w.tiedCase('restricted', ['named', 'adopter', 'postedDiplomat', 'followsTheme']);
    expect(await recipientsOf(c.id)).toEqual(['adopter', 'followsTheme', 'named', 'postedDiplomat']);
  });

  it('restricted case naming none of the tied members: only the member it names, though the twin and followers are tied to it', async () => {
    const c = await w.tiedCase('restricted', ['otherMp']);
    expect(await recipientsOf(c.id)).toEqual(['otherMp']);
  });

  it('restricted case naming the diplomat posted elsewhere: named is a tie of its own, so that diplomat receives it', async () => {
    const c = await w.tiedCase('restricted', ['elsewhereDiplomat']);
    expect(await recipientsOf(c.id)).toEqual(['elsewhereDiplomat']);
  });

  it('a paused case cannot be alerted (409 with the reason, in French for a French reader), and no alert is stored', async () => {
    const c = await w.tiedCase('restricted', ['adopter'], { pausedAt: h.clock.now().toISOString(), pausedFollowerIds: [w.members.adopter.id] });
    const res = await h.json('POST', `/api/cases/${c.id}/alerts`, { cookie: w.cookies.coordinator, body: alertBody(), headers: { 'accept-language': 'fr' } });
    expect(res.status).toBe(409);
    expect((await bodyOf(res)).detail).toContain('suspendue');
    expect(await h.store.latestAlertsOfCase(c.id)).toEqual([]);
  });

  it('members may not send alerts: 403 on a case they see, 404 on one they may not see; signed out, 401 or 404 alike', async () => {
    const open = await w.tiedCase('network');
    const hidden = await w.tiedCase('restricted', ['named']);
    expect((await h.json('POST', `/api/cases/${open.id}/alerts`, { cookie: w.cookies.adopter, body: alertBody() })).status).toBe(403);
    expect((await h.json('POST', `/api/cases/${hidden.id}/alerts`, { cookie: w.cookies.adopter, body: alertBody() })).status).toBe(404);
    // Signed out: a network case does not exist for them (404); a public one asks them to sign in (401).
    expect((await h.json('POST', `/api/cases/${open.id}/alerts`, { body: alertBody() })).status).toBe(404);
    const pub = await w.tiedCase('public');
    expect((await h.json('POST', `/api/cases/${pub.id}/alerts`, { body: alertBody() })).status).toBe(401);
  });

  it('recipients are found with Queries and GetItems only, never a Scan', async () => {
    const c = await w.tiedCase('public');
    const { tally } = await h.calls.measure(() => h.json('POST', `/api/cases/${c.id}/alerts`, { cookie: w.cookies.coordinator, body: alertBody() }));
    expect(tally.scans).toBe(0);
  });

  it('followers come from the follows index of the case\'s country and themes: the calls stay the same as 60 members who do not follow the case join, and none reads the members list', async () => {
    const c = await w.tiedCase('network');
    const bundle = (await h.store.getCaseBundle(c.id))!;
    const measure = () => h.calls.measure(() => findRecipients(h.deps, bundle), { record: true });
    const before = await measure();
    for (let i = 0; i < 60; i++) {
      const m = await h.addMember(i % 3 === 0 ? 'diplomat' : 'mp', { country: 'PE', ...(i % 3 === 0 ? { mission: 'EU Delegation' } : {}) });
      if (i % 2 === 0) await follow(h, m, { countries: ['PE', 'GT'], themes: ['labour'] });
    }
    const after = await measure();
    expect(after.result.map((r) => w.nameOf(r.member.id)).sort()).toEqual(before.result.map((r) => w.nameOf(r.member.id)).sort());
    expect(before.result.length).toBe(TIED_OPEN.length);
    // The posting roster (GetItem), the country's and the theme's follows (a Query each), the tied members (one BatchGet).
    expect(before.tally.byCommand).toEqual({ GetItemCommand: 1, QueryCommand: 2, BatchGetItemCommand: 1 });
    expect(after.tally.byCommand).toEqual(before.tally.byCommand);
    expect(after.tally.recorded!.filter((call) => JSON.stringify(call.input).includes('MEMBERS'))).toEqual([]);
  });

  it('bad input: 400 naming the field, nothing stored', async () => {
    const c = await w.tiedCase('public');
    const res = await h.json('POST', `/api/cases/${c.id}/alerts`, { cookie: w.cookies.coordinator, body: alertBody({ deadline: '2020-01-01T00:00:00Z', askedActions: ['not_an_action'] }) });
    expect(res.status).toBe(400);
    const paths = (await bodyOf(res)).errors.map((e: { path: string }) => e.path);
    expect(paths).toContain('askedActions.0');
    expect(await h.store.latestAlertsOfCase(c.id)).toEqual([]);
  });
});
