/**
 * Issue 14: a member's page (`/members/:id`) within 3 DynamoDB calls: the session, one Query of the
 * member's byScope collection (their item, pledges and actions) and the audit Query by actor. The cases'
 * names come with those items, kept on them by the stream (case-name-projector.ts): named when written,
 * renamed with the case. Until the stream has named an item the page reads the name from the case (one
 * BatchGet more, never a wrong name); the backfill names what the stream never saw; no API answer
 * carries the names.
 */
import { GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterEach, describe, expect, it } from 'vitest';
import type { Member } from '#shared/domain/member.ts';
import { backfillCaseNames, caseNameProjector } from '#functions/adapters/dynamo/case-name-projector.ts';
import { keys } from '#functions/adapters/dynamo/keys.ts';
import { APP_URL, bodyOf, makeHarness, type Harness } from '../support/harness.ts';
import { coverageBeside, type CoverageBeside } from '../support/coverage.ts';

let h: Harness;
let stream: CoverageBeside | undefined;
afterEach(async () => stream?.poller.stop());

/** A coordinator, an MP who pledged on a case and logged an action there; the stream beside when asked. */
async function world(options: { stream: boolean }) {
  h = await makeHarness({ stream: options.stream });
  stream = options.stream ? coverageBeside(h) : undefined;
  const coordinator = await h.addMember('coordinator');
  const asCoordinator = await h.signIn(coordinator);
  const mp = await h.addMember('mp', { name: 'Ines Quintero' });
  const asMp = await h.signIn(mp);
  const c = await h.createCase(asCoordinator, { defenderName: 'Berta Flores', visibility: 'network' });
  expect((await h.json('POST', `/api/cases/${c.id}/pledges`, { cookie: asMp, body: { actions: ['prison_visit'] } })).status).toBe(201);
  expect((await h.json('POST', `/api/cases/${c.id}/actions`, { cookie: asMp, body: { type: 'prison_visit', date: '2026-11-20', description: 'Visited.' } })).status).toBe(201);
  return { coordinator, asCoordinator, mp, asMp, caseId: c.id };
}

const settled = async () => {
  await h.settled();
  await stream?.poller.drain();
};

async function memberPage(member: Member, cookie: string) {
  await settled();
  const { result, tally } = await h.calls.measure(async () => {
    const res = await h.app.request(`/members/${member.id}`, { headers: { cookie } });
    return { status: res.status, html: await res.text() };
  });
  expect(result.status).toBe(200);
  return { html: result.html, tally };
}

const link = (caseId: string, name: string) => `<a href="/cases/${caseId}">${name}</a>`;
const count = (html: string, part: string) => html.split(part).length - 1;

async function rename(caseId: string, defenderName: string, cookie: string) {
  const etag = (await h.json('GET', `/api/cases/${caseId}`, { cookie })).headers.get('etag')!;
  expect((await h.json('PATCH', `/api/cases/${caseId}`, { cookie, body: { defenderName }, headers: { 'if-match': etag } })).status).toBe(200);
}

describe('the member page in 3 calls', () => {
  it('the session, the member\'s Query and the audit Query: the pledge, the action and both audit lines name the case', async () => {
    const { asCoordinator, mp, caseId } = await world({ stream: true });
    const { html, tally } = await memberPage(mp, asCoordinator);
    expect(tally.byCommand).toEqual({ GetItemCommand: 1, QueryCommand: 2 });
    expect(html).toContain('<h1>Ines Quintero</h1>');
    // The pledge, the action, and the audit lines "adopted" and "logged an action".
    expect(count(html, link(caseId, 'Berta Flores'))).toBe(4);
  });

  it('a coordinator\'s page names the cases of their audit lines in 3 calls too', async () => {
    const { coordinator, asCoordinator, caseId } = await world({ stream: true });
    const { html, tally } = await memberPage(coordinator, asCoordinator);
    expect(tally.calls).toBe(3);
    expect(html).toContain(link(caseId, 'Berta Flores'));
  });

  it('a case renamed after the pledge: the page shows the new name everywhere, still in 3 calls', async () => {
    const { coordinator, asCoordinator, mp, caseId } = await world({ stream: true });
    await memberPage(mp, asCoordinator);
    await rename(caseId, 'B. F. (name withheld)', asCoordinator);
    const page = await memberPage(mp, asCoordinator);
    expect(page.tally.calls).toBe(3);
    expect(page.html).not.toContain('Berta Flores');
    expect(count(page.html, link(caseId, 'B. F. (name withheld)'))).toBe(4);
    const own = await memberPage(coordinator, asCoordinator);
    expect(own.html).not.toContain('Berta Flores');
    expect(own.tally.calls).toBe(3);
  });

  it('a case restricted later, not naming the MP: coordinators still see its name here; the MP is refused the page (403)', async () => {
    const { asCoordinator, mp, asMp, caseId } = await world({ stream: true });
    const etag = (await h.json('GET', `/api/cases/${caseId}`, { cookie: asCoordinator })).headers.get('etag')!;
    expect((await h.json('PUT', `/api/cases/${caseId}/visibility`, {
      cookie: asCoordinator, headers: { 'if-match': etag }, body: { visibility: 'restricted', basis: 'reprisal' },
    })).status).toBe(200);
    expect((await memberPage(mp, asCoordinator)).html).toContain(link(caseId, 'Berta Flores'));
    expect((await h.app.request(`/members/${mp.id}`, { headers: { cookie: asMp } })).status).toBe(403);
  });

  it('/api/members/:id stays within 3 calls', async () => {
    const { asCoordinator, mp } = await world({ stream: false });
    const { result, tally } = await h.calls.measure(() => Promise.resolve(h.app.request(`/api/members/${mp.id}`, { headers: { cookie: asCoordinator } })));
    expect(result.status).toBe(200);
    expect(tally.calls).toBeLessThanOrEqual(3);
  });
});

describe('the audit lines in words', () => {
  it('an import of cases is worded, not shown as its code', async () => {
    const { coordinator, asCoordinator } = await world({ stream: false });
    const imported = await h.app.request('/api/imports/cases', {
      method: 'POST', body: 'defenderName,country,themes,riskStatus,summary,visibility,consentBasis\r\nImported One,CO,journalism,threatened,Imported,network,explicit_consent\r\n',
      headers: { cookie: asCoordinator, origin: APP_URL, 'content-type': 'text/csv' },
    });
    expect(imported.status).toBe(202);
    const { html } = await memberPage(coordinator, asCoordinator);
    expect(html).toContain('Imported cases from a spreadsheet');
    expect(html).not.toContain('cases.imported');
  });
});

describe('names the stream has not written', () => {
  it('are read from the cases (one BatchGet more), then the backfill names the items once: 3 calls', async () => {
    const { asCoordinator, mp, caseId } = await world({ stream: false });
    const before = await memberPage(mp, asCoordinator);
    expect(count(before.html, link(caseId, 'Berta Flores'))).toBe(4);
    expect(before.tally.byCommand).toEqual({ GetItemCommand: 1, QueryCommand: 2, BatchGetItemCommand: 1 });

    // The pledge, the action, and the case's audit lines (created, adopted, action logged).
    expect(await backfillCaseNames(h.doc, h.table, caseNameProjector(h.doc, h.table))).toEqual({ ran: true, cases: 1, items: 5 });
    const after = await memberPage(mp, asCoordinator);
    expect(after.tally.calls).toBe(3);
    expect(count(after.html, link(caseId, 'Berta Flores'))).toBe(4);
    expect(await backfillCaseNames(h.doc, h.table, caseNameProjector(h.doc, h.table))).toEqual({ ran: false, cases: 0, items: 0 });
    expect(await backfillCaseNames(h.doc, h.table, caseNameProjector(h.doc, h.table), { force: true })).toEqual({ ran: true, cases: 1, items: 0 });
  });
});

describe('a member whose item does not head their collection', () => {
  it('(stored before it did) is read by id: the page is the same, one call dearer; an unknown id is 404', async () => {
    const { asCoordinator, mp, caseId } = await world({ stream: false });
    await backfillCaseNames(h.doc, h.table, caseNameProjector(h.doc, h.table));
    await h.doc.send(new UpdateCommand({ TableName: h.table, Key: keys.member(mp.id), UpdateExpression: 'REMOVE gsi1pk, gsi1sk' }));
    const { html, tally } = await memberPage(mp, asCoordinator);
    expect(html).toContain('<h1>Ines Quintero</h1>');
    expect(count(html, link(caseId, 'Berta Flores'))).toBe(4);
    expect(tally.byCommand).toEqual({ GetItemCommand: 2, QueryCommand: 2 });
    expect((await h.app.request(`/members/${crypto.randomUUID()}`, { headers: { cookie: asCoordinator } })).status).toBe(404);
  });
});

describe('the names stay off every answer', () => {
  it('are on the stored items, and in no pledge, action or audit answer of the API', async () => {
    const { coordinator, asCoordinator, asMp, caseId } = await world({ stream: true });
    await settled();
    const stored = await h.doc.send(new GetCommand({ TableName: h.table, Key: keys.pledge(caseId, (await bodyOf(await h.json('GET', '/api/me', { cookie: asMp }))).id) }));
    expect(stored.Item?.caseName).toBe('Berta Flores');
    const audit = await h.doc.send(new QueryCommand({ TableName: h.table, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': `AUDIT#CASE#${caseId}` } }));
    expect(audit.Items?.map((i) => i.caseName)).toEqual(audit.Items?.map(() => 'Berta Flores'));

    const answers = [
      await h.json('GET', '/api/me/pledges', { cookie: asMp }),
      await h.json('GET', `/api/cases/${caseId}/pledges`, { cookie: asCoordinator }),
      await h.json('GET', `/api/cases/${caseId}/actions`, { cookie: asCoordinator }),
      await h.json('GET', `/api/cases/${caseId}/audit`, { cookie: asCoordinator }),
      await h.json('GET', `/api/members/${coordinator.id}/audit`, { cookie: asCoordinator }),
    ];
    for (const res of answers) {
      expect(res.status, res.url).toBe(200);
      expect(await res.text()).not.toContain('caseName');
    }
  });
});
