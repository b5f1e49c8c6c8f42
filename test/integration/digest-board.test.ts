/**
 * The digest board (issue 14, part 5): previews and the send page's count read
 * the board and the week's partition, which the table's stream keeps
 * (functions/adapters/dynamo/digest-projector.ts), in 2 calls besides the
 * session. The oracle is the job's own reading of the base items
 * (loadDigestInputs, every member, the suppression list, the send records):
 * once the stream has caught up, every member's previewed digest and the count
 * are what the job would compose and send, on a week with an MP, a diplomat
 * and a coordinator, news, a hearing, a request, a note, a restricted case and
 * a case paused after its news. A change (a restriction, a suppression, a
 * send) reaches the board through the stream.
 */
import { randomUUID } from 'node:crypto';
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Member } from '#shared/domain/member.ts';
import { composeDigest, viewerOf } from '#shared/digests/compose.ts';
import { countDigestRecipients } from '#shared/digests/digest-runs.ts';
import { digestWindow } from '#shared/digests/iso-week.ts';
import { planFor } from '#shared/digests/plan.ts';
import { preferencesOf } from '#shared/digests/preferences.ts';
import { previewDigest } from '#shared/digests/preview.ts';
import { loadDigestInputs } from '#shared/digests/load-inputs.ts';
import { isActiveMember } from '#shared/domain/member.ts';
import { backfillDigestBoard, readDigestBoard } from '#functions/adapters/dynamo/digest-board.ts';
import { boardKeys } from '#functions/adapters/dynamo/digest-board-items.ts';
import { digestProjector } from '#functions/adapters/dynamo/digest-projector.ts';
import { makeHarness, type Harness } from '../support/harness.ts';
import { coverageBeside, type CoverageBeside } from '../support/coverage.ts';
import { WEEK, duringReportedWeek, runWeek, setPreferences } from '../support/digest.ts';

const window = digestWindow(WEEK);
let h: Harness;
let stream: CoverageBeside | undefined;
let coordinatorCookie: string;
let members: { coordinator: Member; mp: Member; named: Member; diplomat: Member };
let cases: { network: string; restricted: string };

const ok = async (res: Response) => expect(res.status, await res.clone().text()).toBeLessThan(300);
/** Every write so far has reached the board. */
const projected = async () => {
  await h.settled();
  await stream?.poller.drain();
};

async function seededWeek(withStream: boolean) {
  h = await makeHarness({ stream: withStream });
  stream = withStream ? coverageBeside(h) : undefined;
  const coordinator = await h.addMember('coordinator');
  coordinatorCookie = await h.signIn(coordinator);
  const mp = await h.addMember('mp');
  const named = await h.addMember('mp');
  const diplomat = await h.addMember('diplomat', { country: 'CO', mission: 'EU Delegation to Colombia' });
  members = { coordinator, mp, named, diplomat };
  await setPreferences(h, mp, { countries: ['GT'] });
  await setPreferences(h, named, { themes: ['journalism'] });
  const post = (path: string, body: unknown, as = coordinatorCookie) => h.json('POST', path, { cookie: as, body });
  await duringReportedWeek(h, async () => {
    const network = await h.createCase(coordinatorCookie, { defenderName: 'Network Defender', country: 'CO' });
    const restricted = await h.createCase(coordinatorCookie, { defenderName: 'Named Only', country: 'GT', visibility: 'restricted', namedMemberIds: [named.id] });
    const paused = await h.createCase(coordinatorCookie, { defenderName: 'Paused Later', country: 'CO', themes: ['journalism'] });
    await h.createCase(coordinatorCookie, { defenderName: 'Detained Unadopted', country: 'KE', riskStatus: 'detained' });
    cases = { network: network.id, restricted: restricted.id };
    for (const as of [await h.signIn(mp), await h.signIn(named)]) await ok(await post(`/api/cases/${network.id}/pledges`, { actions: ['prison_visit'] }, as));
    await ok(await post(`/api/cases/${restricted.id}/pledges`, { actions: ['letter_authorities'] }, await h.signIn(named)));
    for (const c of [network, restricted, paused]) {
      await ok(await post(`/api/cases/${c.id}/events`, { type: 'update', date: '2026-11-19', title: `Week news on ${c.defenderName}` }));
    }
    await ok(await post(`/api/cases/${network.id}/events`, {
      type: 'hearing', date: '2026-11-27', title: 'Trial', court: 'Court of Bogotá', hearingAt: '2026-11-27T14:00', timeZone: 'UTC',
    }));
    await ok(await post(`/api/cases/${network.id}/action-requests`, { actionType: 'trial_observation', dueDate: '2026-11-26', note: 'Hearing at 2.' }));
    await h.store.noteForDigest({
      kind: 'actionVerified', itemId: randomUUID(), memberId: named.id, caseId: network.id, actionKey: 'vocabulary.euAction.prison_visit',
      date: '2026-11-18', at: h.clock.now().toISOString(),
    });
    await ok(await post(`/api/cases/${paused.id}/pause`, { reason: 'Reprisal after the news', basis: 'reprisal' }));
  });
}

/** What the job composes and counts from the base items. */
async function theJob() {
  const [inputs, all, suppressed, sent] = await Promise.all([
    loadDigestInputs(h.deps, window), h.store.listAllMembers(), h.store.listSuppressedAddresses(), h.store.listDigestRecipients(WEEK),
  ]);
  const blocked = new Set(suppressed.map((e) => e.toLowerCase()));
  const count = all.filter((m) => isActiveMember(m) && !sent.includes(m.id) && planFor(m, blocked, inputs, window).send).length;
  return { inputs, count };
}

async function expectPreviewsAsTheJob() {
  const { inputs } = await theJob();
  const shown: Record<string, string[]> = {};
  for (const m of Object.values(members)) {
    const fresh = (await h.store.getMember(m.id))!;
    const expected = composeDigest(fresh, preferencesOf(fresh), inputs, window);
    const { result: preview, tally } = await h.calls.measure(() => previewDigest(h.deps, viewerOf(members.coordinator), WEEK, { member: m.id }));
    expect(tally.calls, `${fresh.role}: the board and the week`).toBe(2);
    expect(preview.digest, fresh.role).toEqual(expected);
    shown[m.id] = [...preview.digest.updates.map((u) => u.case.defenderName), ...preview.digest.verified.map((v) => v.case.defenderName)];
  }
  return shown;
}

afterEach(async () => stream?.poller.stop());

describe('the digest board, kept by the stream', () => {
  beforeEach(async () => {
    await seededWeek(true);
    await backfillDigestBoard(h.doc, h.table, digestProjector(h.doc, h.table));
  }, 60_000);

  it('previews every kind of member as the job composes, in the board and the week (2 calls)', { timeout: 60_000 }, async () => {
    await projected();
    const shown = await expectPreviewsAsTheJob();
    // Not vacuous: updates and a verified action reach who took part; the paused case reaches nobody.
    expect(shown[members.named.id]).toEqual(['Network Defender', 'Named Only', 'Network Defender']);
    expect(shown[members.mp.id]).toEqual(['Network Defender']);
    const coordinatorDigest = (await previewDigest(h.deps, viewerOf(members.coordinator), WEEK, { member: members.coordinator.id })).digest;
    expect(coordinatorDigest.gaps?.unadopted.map((c) => c.defenderName)).toContain('Detained Unadopted');
    const diplomatDigest = (await previewDigest(h.deps, viewerOf(members.coordinator), WEEK, { member: members.diplomat.id })).digest;
    expect(diplomatDigest.requests.map((r) => r.case.defenderName)).toEqual(['Network Defender']);
    expect(diplomatDigest.hearings.map((r) => r.court)).toEqual(['Court of Bogotá']);
  });

  it('follows a case restricted after its news, and stays the job\'s digest', { timeout: 60_000 }, async () => {
    await projected();
    const before = await h.json('GET', `/api/cases/${cases.network}`, { cookie: coordinatorCookie });
    const res = await h.json('PUT', `/api/cases/${cases.network}/visibility`, {
      cookie: coordinatorCookie, headers: { 'if-match': before.headers.get('etag') ?? '' },
      body: { visibility: 'restricted', namedMemberIds: [members.named.id], basis: 'partner_request' },
    });
    if (res.status >= 300) return expect.fail(`restricting answered ${res.status}: ${await res.text()}`);
    await projected();
    const shown = await expectPreviewsAsTheJob();
    expect(shown[members.mp.id]).toEqual([]);
  });

  it('counts the send page\'s recipients as the job would, after a suppression and a send too (2 calls)', { timeout: 60_000 }, async () => {
    await projected();
    const count = async () => {
      const { result, tally } = await h.calls.measure(() => countDigestRecipients(h.deps, viewerOf(members.coordinator), WEEK));
      expect(tally.calls).toBe(2);
      return result.recipients;
    };
    expect(await count()).toBe((await theJob()).count);
    expect(await count()).toBeGreaterThanOrEqual(3);
    await h.store.suppressAddress({ email: members.mp.email, reason: 'bounce', at: h.clock.now().toISOString() }, {
      id: randomUUID(), at: h.clock.now().toISOString(), actorId: 'ses', action: 'mail.suppressed',
    });
    await projected();
    expect(await count()).toBe((await theJob()).count);
    await runWeek(h);
    await projected();
    expect((await theJob()).count).toBe(0);
    expect(await count()).toBe(0);
  });
});

describe('the digest board of a table from before it', () => {
  it('is built once by the backfill, and previews as the job composes', { timeout: 60_000 }, async () => {
    await seededWeek(false);
    const projector = digestProjector(h.doc, h.table);
    const first = await backfillDigestBoard(h.doc, h.table, projector);
    expect(first).toMatchObject({ ran: true, cases: 4, members: 4, notes: 1 });
    expect((await backfillDigestBoard(h.doc, h.table, projector)).ran, 'a second run').toBe(false);
    await expectPreviewsAsTheJob();
    expect((await countDigestRecipients(h.deps, viewerOf(members.coordinator), WEEK)).recipients).toBe((await theJob()).count);
  });

  it('reads as not built while its cards are of the earlier format, and the backfill rebuilds them without --force', { timeout: 60_000 }, async () => {
    await seededWeek(false);
    const projector = digestProjector(h.doc, h.table);
    await backfillDigestBoard(h.doc, h.table, projector);
    // As format 1 left it: `READY` naming no format, the request on the card already filtered and labelled, no action code.
    const cardKey = { TableName: h.table, Key: boardKeys.card(cases.network) };
    const card = (await h.doc.send(new GetCommand(cardKey))).Item!;
    const labelled = (card.requests as Array<Record<string, unknown>>).map(({ actionType: _code, ...r }) => ({ ...r, actionLabel: 'Trial observation' }));
    expect(labelled).toHaveLength(1);
    await h.doc.send(new PutCommand({ TableName: h.table, Item: { ...card, requests: labelled } }));
    await h.doc.send(new UpdateCommand({ TableName: h.table, Key: boardKeys.ready, UpdateExpression: 'REMOVE #format', ExpressionAttributeNames: { '#format': 'format' } }));

    expect(await readDigestBoard(h.doc, h.table, window)).toBeUndefined();
    // Meanwhile a preview reads as the job does, and lists the request all the same.
    const diplomatDigest = (await previewDigest(h.deps, viewerOf(members.coordinator), WEEK, { member: members.diplomat.id })).digest;
    expect(diplomatDigest.requests.map((r) => r.actionLabel)).toEqual(['Trial observation']);

    expect((await backfillDigestBoard(h.doc, h.table, projector)).ran, 'the backfill `npm start` runs').toBe(true);
    expect((await h.doc.send(new GetCommand(cardKey))).Item!.requests).toEqual([expect.objectContaining({ actionType: 'trial_observation', status: 'open' })]);
    await expectPreviewsAsTheJob();
  });
});
