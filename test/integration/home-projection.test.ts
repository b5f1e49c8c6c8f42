/**
 * The member homes' projections (functions/adapters/dynamo/home-projector.ts):
 * what the table's stream writes into each member's collection so a home is
 * three DynamoDB calls whatever it holds, and the safety rule on top of it:
 * a projection only says where to look, the home checks each case as it is
 * now, before the stream has caught up and after.
 *
 * The poller is drained by hand (`projected()`), so a test can read a home
 * both before and after the projector saw a change.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { addHearing } from '#functions/local/seed-missions.ts';
import { homeProjector } from '#functions/adapters/dynamo/home-projector.ts';
import { homeKeys } from '#functions/adapters/dynamo/home-items.ts';
import type { DefenderCase } from '#shared/domain/case.ts';
import type { Member } from '#shared/domain/member.ts';
import { digestWindow } from '#shared/digests/iso-week.ts';
import { loadDigestInputs } from '#shared/digests/load-inputs.ts';
import { makeHarness, type Harness } from '../support/harness.ts';
import { coverageBeside, type CoverageBeside } from '../support/coverage.ts';

let h: Harness;
let stream: CoverageBeside;
let coordinator: string;
let coordinatorId: string;
let mpMember: Member;
let mp: string;
let diplomat: string;

const ok = async (res: Response) => expect(res.status, await res.clone().text()).toBeLessThan(300);
const projected = async () => {
  await h.settled();
  await stream.poller.drain();
};
const page = async (cookie: string) => {
  const res = await h.app.request('/home', { headers: { cookie } });
  expect(res.status).toBe(200);
  return res.text();
};
/** The part of a home under the heading with this id. */
const part = (html: string, id: string) => {
  const start = html.indexOf(`id="${id}"`);
  expect(start, id).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf('</section>', start));
};
const follow = async (member: Member, cookie: string, countries: string[]) =>
  ok(await h.json('PUT', '/api/me/preferences', { cookie, body: { weeklyDigest: true, countries, themes: [], language: 'en' }, headers: { 'if-match': `"${member.version}"` } }));
const observe = async (c: DefenderCase, eventId: string, cookie: string) => ok(await h.json('PUT', `/api/cases/${c.id}/hearings/${eventId}/observers/me`, { cookie }));

/** A change a coordinator makes to the case (visibility, names, state), straight through the store as the consent page does. */
async function changeCase(c: DefenderCase, change: Partial<DefenderCase>): Promise<void> {
  const current = (await h.store.getCase(c.id))!;
  await h.store.saveCase({
    case: { ...current, ...change, version: current.version + 1 }, expectedVersion: current.version,
    audit: { id: randomUUID(), at: h.clock.now().toISOString(), actorId: coordinatorId, action: 'case.visibility_changed', caseId: c.id },
  });
}

beforeEach(async () => {
  h = await makeHarness({ stream: true });
  stream = coverageBeside(h);
  const coordinatorMember = await h.addMember('coordinator');
  coordinatorId = coordinatorMember.id;
  coordinator = await h.signIn(coordinatorMember);
  mpMember = await h.addMember('mp');
  mp = await h.signIn(mpMember);
  diplomat = await h.signIn(await h.addMember('diplomat', { country: 'CO', mission: 'EU Delegation to Colombia' }));
}, 60_000);
afterEach(async () => stream.poller.stop());

describe('the MP\'s home within the budget', () => {
  it('is 3 calls with 5 countries followed, 30 pledges and 12 hearings on the roster, and lists them all', async () => {
    const countries = ['CO', 'KE', 'PH', 'MX', 'GT'];
    await follow(mpMember, mp, countries);
    const pledged: DefenderCase[] = [];
    for (let i = 0; i < 30; i++) {
      const c = await h.createCase(coordinator, { defenderName: `Pledged Defender ${i}`, country: countries[i % countries.length]! });
      await ok(await h.json('POST', `/api/cases/${c.id}/pledges`, { cookie: mp, body: { actions: ['letter_authorities'] } }));
      pledged.push(c);
    }
    for (let i = 0; i < 12; i++) {
      const hearing = await addHearing(h.deps, coordinatorId, pledged[i]!.id, { hearingAt: `2026-12-${String(i + 1).padStart(2, '0')}T10:00`, court: 'Court', title: `Roster hearing ${i}` });
      await observe(pledged[i]!, hearing.id, mp);
    }
    for (const country of countries) await h.createCase(coordinator, { defenderName: `Open Defender ${country}`, country });
    await projected();

    const { result, tally } = await h.calls.measure(async () => h.app.request('/home', { headers: { cookie: mp } }));
    expect(result.status).toBe(200);
    console.info(`MP home with 30 pledges, 12 hearings, 5 countries: ${tally.calls} DynamoDB calls ${JSON.stringify(tally.byCommand)}`);
    expect(tally.calls).toBeLessThanOrEqual(3);
    expect(tally.scans).toBe(0);
    const html = await result.text();
    expect(html).toContain('30 pledged actions: 0 done, 30 still to do.');
    expect(part(html, 'hearings').match(/Roster hearing \d+/g)).toHaveLength(12);
    expect(part(html, 'unadopted').match(/Open Defender/g)).toHaveLength(5);
  }, 120_000);
});

describe('the visibility rule on every part of both homes, as the case is now', () => {
  it('a paused, restricted or closed case leaves each part at once, before the stream caught up; a case naming the MP comes back to the MP only', async () => {
    await follow(mpMember, mp, ['CO']);
    const watched = await h.createCase(coordinator, { defenderName: 'Watched Defender', country: 'CO' });
    const hearing = await addHearing(h.deps, coordinatorId, watched.id, { hearingAt: '2026-12-03T14:00', court: 'Court of Cali', title: 'Watched hearing' });
    await observe(watched, hearing.id, mp);
    await ok(await h.json('POST', `/api/cases/${watched.id}/action-requests`, { cookie: coordinator, body: { actionType: 'trial_observation', country: 'CO', dueDate: '2026-12-10' } }));
    const adopted = await h.createCase(coordinator, { defenderName: 'Adopted Defender', country: 'CO' });
    await ok(await h.json('POST', `/api/cases/${adopted.id}/pledges`, { cookie: mp, body: { actions: ['prison_visit'] } }));
    await projected();

    const mpParts = async () => {
      const html = await page(mp);
      return { commitments: part(html, 'commitments'), hearings: part(html, 'hearings'), unadopted: part(html, 'unadopted') };
    };
    const diplomatParts = async () => {
      const html = await page(diplomat);
      return { requests: part(html, 'requests'), hearings: part(html, 'hearings'), gaps: part(html, 'gaps') };
    };
    const expectShown = async (shown: { mp: boolean; diplomat: boolean }, when: string) => {
      const m = await mpParts();
      for (const [name, text] of [['hearings', m.hearings], ['unadopted', m.unadopted]] as const) {
        expect(text.includes('Watched Defender'), `MP ${name}, ${when}`).toBe(shown.mp);
      }
      expect(m.commitments.includes('Adopted Defender'), `MP commitments, ${when}`).toBe(shown.mp);
      const d = await diplomatParts();
      for (const [name, text] of Object.entries(d)) expect(text.includes('Watched Defender'), `diplomat ${name}, ${when}`).toBe(shown.diplomat);
    };
    await expectShown({ mp: true, diplomat: true }, 'network');
    // Every word of both homes comes from the catalogs: in the pseudo-locale, only the cases' own data and the dates are plain.
    for (const cookie of [mp, diplomat]) {
      const pseudo = await (await h.app.request('/home?lang=en-XA', { headers: { cookie } })).text();
      const main = pseudo.slice(pseudo.indexOf('<main'), pseudo.indexOf('</main>'));
      // Dates and times are Intl's, in the page's locale (en for en-XA): not catalog strings.
      const words = main.replace(/<time[^>]*>[\s\S]*?<\/time>/g, ' ').replace(/<[^>]*>/g, ' ').replace(/⟦[^⟧]*⟧/g, ' ').replace(/Watched Defender|Adopted Defender|Watched hearing/g, ' ');
      expect(words.match(/[A-Za-z]{3,}/g), 'plain English on the home in en-XA').toBeNull();
    }

    // Paused after a reprisal: restricted, naming nobody.
    await ok(await h.json('POST', `/api/cases/${watched.id}/pause`, { cookie: coordinator, body: { reason: 'Reprisal', basis: 'reprisal' } }));
    await ok(await h.json('POST', `/api/cases/${adopted.id}/pause`, { cookie: coordinator, body: { reason: 'Reprisal', basis: 'reprisal' } }));
    await expectShown({ mp: false, diplomat: false }, 'paused, before the stream');
    await projected();
    await expectShown({ mp: false, diplomat: false }, 'paused, after the stream');

    // Restricted, naming the MP: theirs again, never the diplomat's.
    await changeCase(watched, { visibility: 'restricted', namedMemberIds: [mpMember.id], pausedAt: undefined, pausedFollowerIds: undefined });
    await changeCase(adopted, { visibility: 'restricted', namedMemberIds: [mpMember.id], pausedAt: undefined, pausedFollowerIds: undefined });
    await projected();
    await expectShown({ mp: true, diplomat: false }, 'naming the MP');

    // Restricted, naming nobody: gone at once.
    await changeCase(watched, { namedMemberIds: [] });
    await changeCase(adopted, { namedMemberIds: [] });
    await expectShown({ mp: false, diplomat: false }, 'named no more, before the stream');

    // Network again, then closed: gone from the parts a closed case leaves (commitments keep it, as "My cases" does).
    await changeCase(watched, { visibility: 'network' });
    await changeCase(adopted, { visibility: 'network' });
    await projected();
    await expectShown({ mp: true, diplomat: true }, 'network again');
    await changeCase(watched, { state: 'closed' });
    const m = await mpParts();
    expect(m.hearings + m.unadopted, 'closed, before the stream').not.toContain('Watched Defender');
    expect(Object.values(await diplomatParts()).join(''), 'closed, before the stream').not.toContain('Watched Defender');
    await projected();
    const left = await h.doc.send(new QueryCommand({ TableName: h.table, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': homeKeys.casePartition(watched.id) } }));
    expect(left.Items, 'a closed case projects nothing').toEqual([]);
  }, 120_000);
});

describe('projections follow the writes', () => {
  it('a hearing moved by a timeline correction shows its new time on both homes within the poller\'s delay', async () => {
    const c = await h.createCase(coordinator, { defenderName: 'Moved Hearing Defender', country: 'CO' });
    const created = await h.json('POST', `/api/cases/${c.id}/events`, {
      cookie: coordinator, body: { type: 'hearing', date: '2026-11-20', title: 'Trial', court: 'Juzgado 4', hearingAt: '2026-12-02T14:00' },
    });
    await ok(created);
    const hearingId = ((await created.json()) as { event: { id: string } }).event.id;
    await observe(c, hearingId, mp);
    stream.poller.start();
    await expect.poll(async () => part(await page(mp), 'hearings'), { timeout: 10_000, interval: 100 }).toContain('datetime="2026-12-02T14:00:00Z"');

    await ok(await h.json('PATCH', `/api/cases/${c.id}/events/${hearingId}`, { cookie: coordinator, body: { hearingAt: '2026-12-09T16:30', title: 'Trial, adjourned' }, headers: { 'if-match': '"1"' } }));
    for (const cookie of [mp, diplomat]) {
      await expect.poll(async () => part(await page(cookie), 'hearings'), { timeout: 10_000, interval: 100 }).toContain('datetime="2026-12-09T16:30:00Z"');
      const hearings = part(await page(cookie), 'hearings');
      expect(hearings).toContain('Trial, adjourned');
      expect(hearings).not.toContain('2026-12-02T14:00');
    }

    // Deleted: off both homes.
    await ok(await h.json('DELETE', `/api/cases/${c.id}/events/${hearingId}`, { cookie: coordinator, headers: { 'if-match': '"2"' } }));
    for (const cookie of [mp, diplomat]) {
      await expect.poll(async () => part(await page(cookie), 'hearings'), { timeout: 10_000, interval: 100 }).not.toContain('Moved Hearing Defender');
    }
  }, 60_000);

  it('a case adopted by another MP leaves the suggestions, at once on the page and from the collection once the stream saw it', async () => {
    await follow(mpMember, mp, ['CO']);
    const c = await h.createCase(coordinator, { defenderName: 'Suggested Defender', country: 'CO' });
    await projected();
    expect(part(await page(mp), 'unadopted')).toContain('Suggested Defender');
    expect(part(await page(diplomat), 'gaps')).toContain('Suggested Defender');

    await ok(await h.json('POST', `/api/cases/${c.id}/pledges`, { cookie: await h.signIn(await h.addMember('mp')), body: { actions: ['letter_authorities'] } }));
    expect(part(await page(mp), 'unadopted'), 'before the stream').not.toContain('Suggested Defender');
    await projected();
    expect(part(await page(mp), 'unadopted')).not.toContain('Suggested Defender');
    expect(part(await page(diplomat), 'gaps')).not.toContain('Suggested Defender');
    const left = await h.doc.send(new QueryCommand({ TableName: h.table, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': homeKeys.casePartition(c.id) } }));
    expect((left.Items ?? []).filter((i) => i.itemType === 'home_suggestion')).toEqual([]);
  }, 60_000);

  it('following a country brings its unadopted cases to the MP\'s home; unfollowing takes them off', async () => {
    await h.createCase(coordinator, { defenderName: 'Kenyan Defender', country: 'KE' });
    await follow(mpMember, mp, ['KE']);
    await projected();
    expect(part(await page(mp), 'unadopted')).toContain('Kenyan Defender');
    await follow({ ...mpMember, version: mpMember.version + 1 }, mp, ['CO']);
    await projected();
    expect(part(await page(mp), 'unadopted')).not.toContain('Kenyan Defender');
    const held = await h.doc.send(new QueryCommand({
      TableName: h.table, IndexName: 'byScope', KeyConditionExpression: 'gsi1pk = :m AND begins_with(gsi1sk, :home)',
      ExpressionAttributeValues: { ':m': `MEMBER#${mpMember.id}`, ':home': 'HOME#' },
    }));
    expect(held.Items).toEqual([]);
  }, 60_000);

  it('a diplomat moved to another posting gets the new posting\'s requests, hearings and gaps, and none of the old one\'s left in their collection', async () => {
    const moved = await h.addMember('diplomat', { country: 'CO', mission: 'Embassy in Bogotá' });
    for (const [country, name] of [['CO', 'Colombian'], ['KE', 'Kenyan']] as const) {
      const c = await h.createCase(coordinator, { defenderName: `${name} Defender`, country });
      await addHearing(h.deps, coordinatorId, c.id, { hearingAt: '2026-12-04T09:00', court: 'Court', title: `${name} hearing` });
      if (country === 'KE') await h.addMember('diplomat', { country: 'KE', mission: 'EU Delegation to Kenya' });
      await ok(await h.json('POST', `/api/cases/${c.id}/action-requests`, { cookie: coordinator, body: { actionType: 'trial_observation', country, dueDate: '2026-12-10' } }));
    }
    await projected();
    expect(await page(await h.signIn(moved))).toContain('Colombian hearing');

    await ok(await h.json('PATCH', `/api/members/${moved.id}`, { cookie: coordinator, body: { country: 'KE', mission: 'Embassy in Nairobi' }, headers: { 'if-match': '"1"' } }));
    await projected();
    const html = await page(await h.signIn(moved));
    for (const id of ['requests', 'hearings', 'gaps']) {
      expect(part(html, id), id).toContain('Kenyan');
      expect(part(html, id), id).not.toContain('Colombian');
    }
    const held = await h.doc.send(new QueryCommand({
      TableName: h.table, IndexName: 'byScope', KeyConditionExpression: 'gsi1pk = :m AND begins_with(gsi1sk, :home)',
      ExpressionAttributeValues: { ':m': `MEMBER#${moved.id}`, ':home': 'HOME#' },
    }));
    expect(new Set((held.Items ?? []).map((i) => i.caseId)).size, 'only the Kenyan case').toBe(1);
  }, 60_000);

  it('a case a home suggests, or a hearing or request of a posting, does not count as taking part in it (the digest\'s "your cases")', async () => {
    await follow(mpMember, mp, ['CO']);
    const c = await h.createCase(coordinator, { defenderName: 'Not Taken Part', country: 'CO' });
    await addHearing(h.deps, coordinatorId, c.id, { hearingAt: '2026-12-05T10:00', court: 'Court', title: 'Posting hearing' });
    await ok(await h.json('POST', `/api/cases/${c.id}/action-requests`, { cookie: coordinator, body: { actionType: 'trial_observation', country: 'CO', dueDate: '2026-12-10' } }));
    await projected();
    expect(part(await page(mp), 'unadopted')).toContain('Not Taken Part');
    const members = (await h.store.listAllMembers()).filter((m) => m.role !== 'coordinator');
    expect(members.map((m) => m.role).sort()).toEqual(['diplomat', 'mp']);
    const inputs = await loadDigestInputs(h.deps, digestWindow('2026-W48'), members);
    for (const m of members) expect(inputs.participations.get(m.id) ?? [], m.role).toEqual([]);
  }, 60_000);

  it('reconciling a case again, as a replayed record does, changes nothing', async () => {
    const c = await h.createCase(coordinator, { defenderName: 'Replayed Defender', country: 'CO' });
    await addHearing(h.deps, coordinatorId, c.id, { hearingAt: '2026-12-05T10:00', court: 'Court', title: 'Replayed hearing' });
    await ok(await h.json('POST', `/api/cases/${c.id}/action-requests`, { cookie: coordinator, body: { actionType: 'trial_observation', country: 'CO', dueDate: '2026-12-10' } }));
    await projected();
    const read = async () => (await h.doc.send(new QueryCommand({
      TableName: h.table, KeyConditionExpression: 'pk = :pk', ConsistentRead: true, ExpressionAttributeValues: { ':pk': homeKeys.casePartition(c.id) },
    }))).Items ?? [];
    const before = await read();
    expect(before.map((i) => i.itemType).sort()).toEqual(['home_hearing', 'home_request', 'home_suggestion']);
    const projector = homeProjector(h.doc, h.table, () => h.clock.now());
    await projector.reconcileCase(c.id);
    await projector.reconcileCase(c.id);
    expect(await read()).toEqual(before);
  }, 60_000);
});
