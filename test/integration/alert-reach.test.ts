/**
 * The compose page's count from the alert reach (shared/alerts/reach.ts,
 * functions/adapters/dynamo/reach-projector.ts): once the stream has caught
 * up, the number shown is the number the send reaches (the send's own
 * reading: the posting roster, the follows index and the members, fresh), by
 * role and by country, across visibilities and after the members change;
 * the page stays within three DynamoDB calls however many follow the case;
 * and a reach item too large to grow counts the send's way.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { composeAlert } from '#shared/alerts/index.ts';
import { findRecipients } from '#shared/alerts/find-recipients.ts';
import { countRecipients } from '#shared/alerts/recipients.ts';
import type { Member, Viewer } from '#shared/domain/member.ts';
import { reachKey } from '#functions/adapters/dynamo/reach-items.ts';
import { makeHarness, type Harness } from '../support/harness.ts';
import { coverageBeside, type CoverageBeside } from '../support/coverage.ts';
import { follow, makeAlertWorld, type AlertWorld } from '../support/alert-world.ts';

let h: Harness;
let stream: CoverageBeside;
let w: AlertWorld;
let coordinator: Viewer;

const caughtUp = async () => {
  await h.settled();
  await stream.poller.drain();
};

/** What the compose page counts and what the send would reach, for the same case at the same moment. */
async function bothCounts(caseId: string) {
  const shown = (await composeAlert(h.deps, coordinator, caseId)).counts;
  const bundle = (await h.store.getCaseBundle(caseId))!;
  return { shown, sent: countRecipients(await findRecipients(h.deps, bundle)) };
}

const patchMember = async (m: Member, body: Record<string, unknown>) => {
  const current = (await h.store.getMember(m.id))!;
  const res = await h.json('PATCH', `/api/members/${m.id}`, { cookie: w.cookies.coordinator, body, headers: { 'if-match': `"${current.version}"` } });
  expect(res.status, await res.clone().text()).toBe(200);
};

beforeAll(async () => {
  h = await makeHarness({ stream: true });
  stream = coverageBeside(h);
  w = await makeAlertWorld(h);
  const c = w.members.coordinator;
  coordinator = { kind: 'member', id: c.id, email: c.email, name: c.name, role: c.role };
  await caughtUp();
}, 60_000);

afterAll(async () => {
  await stream.poller.stop();
});

describe('the compose page counts what the send reaches', () => {
  it('for a public, a network and two restricted cases: the same total, roles and countries', async () => {
    const cases = [
      await w.tiedCase('public'), await w.tiedCase('network'),
      await w.tiedCase('restricted', ['named', 'adopter', 'postedDiplomat', 'followsTheme']), await w.tiedCase('restricted', ['otherMp']),
    ];
    await caughtUp();
    const totals: number[] = [];
    for (const c of cases) {
      const { shown, sent } = await bothCounts(c.id);
      expect(shown, c.visibility).toEqual(sent);
      totals.push(shown.total);
    }
    // The world's ties (test/support/alert-world.ts): adopter, twin, posted diplomat, two followers; the named ones.
    expect(totals).toEqual([5, 5, 4, 1]);
  });

  it('after follows, a posting, a role, a deactivation and alerts turned off change: the same again', async () => {
    const c = await w.tiedCase('network');
    const extra = await h.addMember('mp', { country: 'NL' });
    await follow(h, extra, { themes: ['land_environment'] });
    await caughtUp();
    expect((await bothCounts(c.id)).shown.total).toBe(6);

    await patchMember(w.members.followsCountry, { interests: { countries: [], themes: [] } });
    await patchMember(w.members.postedDiplomat, { country: 'PE', mission: 'EU Delegation in Lima' });
    await patchMember(w.members.elsewhereDiplomat, { country: 'CO', mission: 'EU Delegation in Bogotá' });
    await patchMember(w.members.otherMp, { role: 'diplomat', country: 'CO', mission: 'Embassy in Bogotá' });
    await patchMember(w.members.followsTheme, { active: false });
    await h.store.turnAlertsOff(extra.id, {
      id: randomUUID(), at: h.clock.now().toISOString(), actorId: extra.id, action: 'member.alerts_off', memberId: extra.id,
    });
    await caughtUp();

    const { shown, sent } = await bothCounts(c.id);
    expect(shown).toEqual(sent);
    // The adopter and the twin, and the two diplomats now posted to Colombia.
    expect(shown).toMatchObject({ total: 4, byRole: { mp: 2, diplomat: 2 } });
  });
});

describe('the compose page within the read budget', () => {
  it('three DynamoDB calls with 110 more followers (the send\'s reading takes seven), and the count names them all', async () => {
    const c = await w.tiedCase('network', [], { themes: ['journalism'] });
    // Past 100 members tied to the case: the send's reading needs two BatchGets besides its Queries.
    await Promise.all(Array.from({ length: 10 }, async (_, worker) => {
      for (let i = worker; i < 110; i += 10) {
        const m = await h.addMember('mp', { country: i % 2 ? 'FR' : 'DE' });
        await follow(h, m, i % 2 ? { countries: ['CO'] } : { themes: ['journalism'] });
      }
    }));
    await caughtUp();
    const { result: res, tally } = await h.calls.measure(async () => h.app.request(`/cases/${c.id}/alerts/new`, { headers: { cookie: w.cookies.coordinator! } }));
    expect(res.status).toBe(200);
    expect(tally.calls, JSON.stringify(tally.byCommand)).toBeLessThanOrEqual(3);
    expect(tally.byCommand).toEqual({ GetItemCommand: 1, QueryCommand: 1, BatchGetItemCommand: 1 });
    const { sent } = await bothCounts(c.id);
    expect(sent.total).toBeGreaterThan(110);
    expect(await res.text()).toContain(`${sent.total} members will receive this alert.`);
  }, 120_000);

  it('a reach item that cannot grow is marked full, and the page then counts the send\'s way, still right', async () => {
    const c = await w.tiedCase('network', [], { themes: ['labour'] });
    // 409,587 of the 409,600 bytes an item may hold (names and values): the next entry (45 bytes) does not fit.
    await h.doc.send(new UpdateCommand({
      TableName: h.table, Key: reachKey('THEME', 'labour'), UpdateExpression: 'SET padding = :p, itemType = :t',
      ExpressionAttributeValues: { ':p': 'x'.repeat(409_540), ':t': 'reach' },
    }));
    const late = await h.addMember('mp', { country: 'SE' });
    await follow(h, late, { themes: ['labour'] });
    await caughtUp();
    const { Item } = await h.doc.send(new GetCommand({ TableName: h.table, Key: reachKey('THEME', 'labour') }));
    expect(Item?.full).toBe(true);
    expect(Item?.[`M#${late.id}`]).toBeUndefined();
    const { shown, sent } = await bothCounts(c.id);
    expect(shown).toEqual(sent);
    expect(shown.byCountry.SE).toBe(1);
  }, 60_000);
});
