/**
 * Issue 14: a case's audit page names each actor from the line itself, as they were named when they
 * acted, in 3 DynamoDB calls (the session, the case, the log) whatever the page holds; lines from
 * before names were kept get theirs from the backfill; the API's entries stay as documented (ids).
 */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DefenderCase } from '#shared/domain/case.ts';
import type { Member } from '#shared/domain/member.ts';
import { auditItem } from '#functions/adapters/dynamo/items.ts';
import { backfillAuditActorNames } from '#functions/adapters/dynamo/audit-name-backfill.ts';
import { bodyOf, makeHarness, type Harness } from '../support/harness.ts';

let h: Harness;
let ana: Member;
let bo: Member;
let mp: Member;
let asAna: string;
let asBo: string;
let c: DefenderCase;

const auditPage = (caseId: string, cookie: string) => h.calls.measure(async () => {
  const res = await h.app.request(`/cases/${caseId}/audit`, { headers: { cookie } });
  return { status: res.status, html: await res.text() };
});

const actorLink = (m: Member, name: string) => `<a href="/members/${m.id}/audit" aria-label="Everything ${name} did">${name}</a>`;

beforeAll(async () => {
  h = await makeHarness();
  ana = await h.addMember('coordinator', { name: 'Ana Ortiz' });
  bo = await h.addMember('coordinator', { name: 'Bo Lind' });
  mp = await h.addMember('mp', { name: 'Cy Park' });
  [asAna, asBo] = [await h.signIn(ana), await h.signIn(bo)];
  c = await h.createCase(asAna, { defenderName: 'Xiomara Ruiz' });
  expect((await h.json('POST', `/api/cases/${c.id}/pledges`, { cookie: await h.signIn(mp), body: { actions: ['prison_visit'] } })).status).toBe(201);
  expect((await h.json('GET', `/api/cases/${c.id}/sensitive`, { cookie: asBo })).status).toBe(200);
  await h.settled();
});

describe('the case\'s audit page', () => {
  it('names three actors (two coordinators, an MP) in 3 calls: the session, the case, the log; no read of the members', async () => {
    const { result, tally } = await auditPage(c.id, asAna);
    expect(result.status).toBe(200);
    for (const [m, name] of [[ana, 'Ana Ortiz'], [bo, 'Bo Lind'], [mp, 'Cy Park']] as const) expect(result.html).toContain(actorLink(m, name));
    expect(tally.calls).toBeLessThanOrEqual(3);
    expect(tally.byCommand).toEqual({ GetItemCommand: 2, QueryCommand: 1 });
  });

  it('keeps the name an actor had when they acted; their later lines carry the new one', async () => {
    const version = (await bodyOf(await h.json('GET', `/api/members/${bo.id}`, { cookie: asAna }))).version as number;
    expect((await h.json('PATCH', `/api/members/${bo.id}`, { cookie: asAna, body: { name: 'Bo Lindqvist' }, headers: { 'if-match': `"${version}"` } })).status).toBe(200);
    expect((await h.json('GET', `/api/cases/${c.id}/sensitive`, { cookie: await h.signIn({ ...bo, name: 'Bo Lindqvist' }) })).status).toBe(200);
    const { result } = await auditPage(c.id, asAna);
    expect(result.html).toContain(actorLink(bo, 'Bo Lind'));
    expect(result.html).toContain(actorLink(bo, 'Bo Lindqvist'));
  });

  it('the API\'s entries name the actor by id only, as its answer is documented', async () => {
    const items = (await bodyOf(await h.json('GET', `/api/cases/${c.id}/audit`, { cookie: asAna }))).items as Array<Record<string, unknown>>;
    expect(items.length).toBeGreaterThanOrEqual(4);
    expect(items.every((e) => typeof e.actorId === 'string' && !('actorName' in e))).toBe(true);
  });
});

describe('audit lines written before they carried names', () => {
  it('show an unknown member until the backfill names them (once; a second run changes nothing), still in 3 calls', async () => {
    const old = await h.createCase(asAna, { defenderName: 'Yuri Pak' });
    // A line as the earlier release wrote it: the actor by id only.
    const line = { id: randomUUID(), at: '2026-01-05T10:00:00.000Z', actorId: mp.id, action: 'pledge.created' as const, caseId: old.id };
    await h.doc.send(new PutCommand({ TableName: h.table, Item: auditItem(line) }));
    const before = await auditPage(old.id, asAna);
    expect(before.result.html).not.toContain(actorLink(mp, 'Cy Park'));
    expect(before.result.html).toContain('a member no longer listed');

    const first = await backfillAuditActorNames(h.doc, h.table);
    expect(first).toMatchObject({ ran: true, lines: 1 });
    const after = await auditPage(old.id, asAna);
    expect(after.result.html).toContain(actorLink(mp, 'Cy Park'));
    expect(after.result.html).toContain(actorLink(ana, 'Ana Ortiz'));
    expect(after.tally.calls).toBeLessThanOrEqual(3);

    expect(await backfillAuditActorNames(h.doc, h.table)).toEqual({ ran: false, members: 0, lines: 0 });
    // Forced, it finds nothing left to name: lines written with their name keep it (Bo's old name stays).
    expect(await backfillAuditActorNames(h.doc, h.table, { force: true })).toMatchObject({ ran: true, lines: 0 });
    expect((await auditPage(c.id, asAna)).result.html).toContain(actorLink(bo, 'Bo Lind'));
  });
});
