/**
 * The weekly news partition (issue 14, part 5): each timeline event is also
 * written under its ISO week in the same transaction, and digests read a
 * week's events with one Query. The oracle is the path it replaced: every
 * member's digest composed from the news partition (as the job loads it, and
 * as a preview loads it for that member alone) equals the digest composed
 * from each case's own partition (its events in the window, and every child
 * naming a member as participation), on a seeded week with real pledges,
 * an observer sign-up, a restricted case and a case paused after its news.
 */
import { DeleteCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, inject, it } from 'vitest';
import type { DefenderCase } from '#shared/domain/case.ts';
import type { Member } from '#shared/domain/member.ts';
import type { TimelineEvent } from '#shared/domain/timeline.ts';
import { composeDigest } from '#shared/digests/compose.ts';
import type { DigestInputs } from '#shared/digests/inputs.ts';
import { digestWindow, type DigestWindow } from '#shared/digests/iso-week.ts';
import { preferencesOf } from '#shared/digests/preferences.ts';
import { loadDigestInputs } from '#shared/digests/load-inputs.ts';
import { createDocumentClient } from '#functions/adapters/dynamo/index.ts';
import { queryAll } from '#functions/adapters/dynamo/query-all.ts';
import { backfillWeeklyNews } from '#functions/adapters/dynamo/news-backfill.ts';
import { stripKeys } from '#functions/adapters/dynamo/keys.ts';
import { makeHarness, type Harness } from '../support/harness.ts';
import { WEEK, duringReportedWeek, setPreferences } from '../support/digest.ts';
import { migrationMarker } from '#functions/adapters/dynamo/migration-marker.ts';

const doc = () => createDocumentClient({ region: 'local', endpoint: inject('dynamoEndpoint') });

/** The replaced path: one Query per case, its events in the window and every child naming a member. */
async function perCaseInputs(h: Harness, base: DigestInputs, window: DigestWindow): Promise<DigestInputs> {
  const events: TimelineEvent[] = [];
  const participations = new Map<string, string[]>();
  for (const caseId of base.cases.keys()) {
    const children = await queryAll(doc(), { TableName: h.table, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': `CASE#${caseId}` } });
    for (const child of children) {
      if (child.itemType === 'case' || child.itemType === 'consent') continue;
      const e = child.itemType === 'event' ? stripKeys<TimelineEvent>(child) : undefined;
      if (e && e.createdAt >= window.from && e.createdAt < window.to) events.push(e);
      if (typeof child.memberId === 'string') participations.set(child.memberId, [...new Set([...(participations.get(child.memberId) ?? []), caseId])]);
    }
  }
  return { ...base, events: events.sort((a, b) => a.createdAt.localeCompare(b.createdAt)), participations };
}

async function seededWeek() {
  const h = await makeHarness();
  const coordinator = await h.addMember('coordinator');
  const cookie = await h.signIn(coordinator);
  const mps = [await h.addMember('mp'), await h.addMember('mp'), await h.addMember('mp')];
  const diplomat = await h.addMember('diplomat', { country: 'CO', mission: 'EU Delegation to Colombia' });
  const members: Member[] = [coordinator, ...mps, diplomat];
  await setPreferences(h, mps[0]!, { countries: ['GT'] });
  await setPreferences(h, mps[1]!, { themes: ['journalism'] });
  const ok = async (res: Response) => expect(res.status, await res.clone().text()).toBeLessThan(300);
  const post = (path: string, body: unknown, as = cookie) => h.json('POST', path, { cookie: as, body });

  // A week earlier: news that belongs to W47's digest, never to W48's.
  h.clock.advance(-10 * 86_400_000);
  const older = await h.createCase(cookie, { defenderName: 'Older News', country: 'CO' });
  await ok(await post(`/api/cases/${older.id}/events`, { type: 'threat', date: '2026-11-12', title: 'Earlier threat' }));
  h.clock.advance(10 * 86_400_000);

  const cases: DefenderCase[] = [older];
  await duringReportedWeek(h, async () => {
    const network = await h.createCase(cookie, { defenderName: 'Network Defender', country: 'CO' });
    const restricted = await h.createCase(cookie, { defenderName: 'Named Only', country: 'GT', visibility: 'restricted', namedMemberIds: [mps[0]!.id] });
    const paused = await h.createCase(cookie, { defenderName: 'Paused Later', country: 'CO', themes: ['journalism'] });
    cases.push(network, restricted, paused);
    for (const as of [await h.signIn(mps[0]!), await h.signIn(mps[2]!)]) await ok(await post(`/api/cases/${network.id}/pledges`, { actions: ['prison_visit'] }, as));
    await ok(await post(`/api/cases/${paused.id}/pledges`, { actions: ['letter_authorities'] }, await h.signIn(mps[2]!)));
    for (const c of [network, restricted, paused, older]) {
      await ok(await post(`/api/cases/${c.id}/events`, { type: 'update', date: '2026-11-19', title: `Week news on ${c.defenderName}` }));
      await ok(await post(`/api/cases/${c.id}/events`, { type: 'arrest', date: '2026-11-18', title: `Arrest, ${c.defenderName}` }));
    }
    const hearing = await post(`/api/cases/${network.id}/events`, {
      type: 'hearing', date: '2026-11-27', title: 'Trial', court: 'Court of Bogotá', hearingAt: '2026-11-27T14:00', timeZone: 'UTC',
    });
    await ok(hearing.clone());
    const hearingId = ((await hearing.json()) as { event: { id: string } }).event.id;
    await ok(await h.json('PUT', `/api/cases/${network.id}/hearings/${hearingId}/observers/me`, { cookie: await h.signIn(diplomat) }));
    await ok(await post(`/api/cases/${paused.id}/pause`, { reason: 'Reprisal after the news', basis: 'reprisal' }));
  });
  return { h, members, cases };
}

async function compareAll(h: Harness, members: Member[], window: DigestWindow) {
  const job = await loadDigestInputs(h.deps, window);
  const oracle = await perCaseInputs(h, job, window);
  expect(job.events.map((e) => e.id).sort()).toEqual(oracle.events.map((e) => e.id).sort());
  let compared = 0;
  for (const m of members) {
    const fresh = (await h.store.getMember(m.id))!;
    const prefs = preferencesOf(fresh);
    const expected = composeDigest(fresh, prefs, oracle, window);
    expect(composeDigest(fresh, prefs, job, window), `job, ${fresh.role}`).toEqual(expected);
    const preview = await loadDigestInputs(h.deps, window, [fresh]);
    expect(composeDigest(fresh, prefs, preview, window), `preview, ${fresh.role}`).toEqual(expected);
    compared += 1;
  }
  return { compared, events: job.events.length, updates: job };
}

describe('the weekly news partition', () => {
  it('composes every member\'s digest exactly as the per-case reads did, for the job and for a preview', { timeout: 120_000 }, async () => {
    const { h, members } = await seededWeek();
    const window = digestWindow(WEEK);
    const { compared, events } = await compareAll(h, members, window);
    expect(compared).toBe(5);
    // 3 cases × 2 events, the older case's 2 events this week, and the hearing: 9; the earlier threat is W47's.
    expect(events).toBe(9);
    const w47 = await loadDigestInputs(h.deps, digestWindow('2026-W47'));
    expect(w47.events.map((e) => e.title)).toEqual(['Earlier threat']);
    // Not vacuous: someone's digest carries updates, the paused case reaches nobody.
    const mp = (await h.store.getMember(members[3]!.id))!;
    const digest = composeDigest(mp, preferencesOf(mp), await loadDigestInputs(h.deps, window, [mp]), window);
    expect(digest.updates.map((u) => u.case.defenderName)).toEqual(['Network Defender']);
  });

  it('a table from before it existed gets its news once from the backfill, and then composes the same', { timeout: 120_000 }, async () => {
    const { h, members } = await seededWeek();
    const window = digestWindow(WEEK);
    // As an earlier release left it: no news items, observer sign-ups without their member index.
    const client = doc();
    for (const week of ['2026-W46', '2026-W47']) {
      const news = await client.send(new QueryCommand({ TableName: h.table, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': `NEWS#${week}` } }));
      for (const item of news.Items ?? []) await client.send(new DeleteCommand({ TableName: h.table, Key: { pk: item.pk, sk: item.sk } }));
    }
    const observers = await client.send(new QueryCommand({
      TableName: h.table, IndexName: 'byKind', KeyConditionExpression: 'gsi2pk = :k', FilterExpression: 'itemType = :o', ExpressionAttributeValues: { ':k': 'HEARINGS', ':o': 'observer' },
    }));
    expect(observers.Items).toHaveLength(1);
    for (const o of observers.Items ?? []) {
      await client.send(new UpdateCommand({ TableName: h.table, Key: { pk: o.pk, sk: o.sk }, UpdateExpression: 'REMOVE gsi1pk, gsi1sk' }));
    }
    await client.send(new DeleteCommand({ TableName: h.table, Key: migrationMarker('weekly-news') }));
    expect((await loadDigestInputs(h.deps, window)).events).toHaveLength(0);

    const first = await backfillWeeklyNews(client, h.table);
    expect(first).toEqual({ ran: true, cases: 4, news: 10, observers: 1 });
    expect((await backfillWeeklyNews(client, h.table)).ran, 'a second run').toBe(false);
    const { compared, events } = await compareAll(h, members, window);
    expect([compared, events]).toEqual([5, 9]);
  });
});
