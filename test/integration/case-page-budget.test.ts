/**
 * Issue 14: a coordinator's case page within 3 DynamoDB calls with an urgent alert and its roster: the
 * session, the case's Query (which also returns the rosters the table's stream keeps under the case,
 * alert-roster-items.ts) and the member picker. The roster follows deliveries and answers as the stream
 * passes them; members' reads stop before it; the copies carry nothing but what the roster shows; the
 * backfill copies what the stream never saw, once.
 */
import { DeleteCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAlertPoller } from '#functions/adapters/alert-queue/local-alert-queue.ts';
import { backfillAlertRosters } from '#functions/adapters/dynamo/alert-roster-projector.ts';
import { bodyOf, makeHarness, type Harness } from '../support/harness.ts';
import { coverageBeside, type CoverageBeside } from '../support/coverage.ts';
import { alertBody, makeAlertWorld, type AlertWorld } from '../support/alert-world.ts';

let h: Harness;
let stream: CoverageBeside;
let w: AlertWorld;
let caseId: string;
let alertId: string;

beforeAll(async () => {
  h = await makeHarness({ stream: true });
  stream = coverageBeside(h);
  w = await makeAlertWorld(h);
  caseId = (await w.tiedCase('network')).id;
  const res = await h.json('POST', `/api/cases/${caseId}/alerts`, { cookie: w.cookies.coordinator, body: alertBody() });
  expect(res.status).toBe(201);
  alertId = (await bodyOf(res)).id;
  const poller = startAlertPoller({ ...h.deps }, h.alertQueue, { mailer: h.deps.mailer, idleMs: 20 });
  await poller.drain();
  await poller.stop();
}, 60_000);

afterAll(async () => stream.poller.stop());

/** The case page as `who` sees it once the stream passed every write so far, with the calls it made. */
async function casePage(who: 'coordinator' | 'adopter' = 'coordinator') {
  await h.settled();
  await stream.poller.drain();
  const { result, tally } = await h.calls.measure(async () => {
    const res = await h.app.request(`/cases/${caseId}`, { headers: { cookie: w.cookies[who]! } });
    return { status: res.status, html: await res.text() };
  }, { record: true });
  expect(result.status).toBe(200);
  return { html: result.html, tally };
}

const rosterRow = (html: string, name: string) => html.match(new RegExp(`<tr><th scope="row">${name}</th>[\\s\\S]*?</tr>`))?.[0] ?? '';
const recipients = ['adopter', 'twin', 'postedDiplomat', 'followsCountry', 'followsTheme'] as const;
/** Recipients whose names the case page shows nowhere but in the roster. */
const onlyOnTheRoster = ['postedDiplomat', 'followsCountry', 'followsTheme'] as const;

describe('the coordinators\' case page with an urgent alert, in 3 calls', () => {
  it('shows the alert and every recipient\'s delivery: the session, the case\'s Query, the member picker', async () => {
    const { html, tally } = await casePage();
    expect(tally.byCommand).toEqual({ GetItemCommand: 1, QueryCommand: 2 });
    expect(html).toContain(`data-alert-id="${alertId}"`);
    for (const who of recipients) expect(rosterRow(html, w.members[who].name), who).toContain('Delivered');
    expect(html).toContain('No answer yet.');
  });

  it('an answer given a moment ago, and a change of answer, are on the next page load', async () => {
    h.clock.advance(3 * 60_000);
    expect((await h.json('PUT', `/api/alerts/${alertId}/response`, { cookie: w.cookies.adopter, body: { answer: 'will_act' } })).status).toBe(200);
    const first = await casePage();
    expect(rosterRow(first.html, w.members.adopter.name)).toContain('I will act on');
    expect(first.html).toContain('First answer after 3 minutes.');
    expect(first.tally.calls).toBe(3);

    expect((await h.json('PUT', `/api/alerts/${alertId}/response`, { cookie: w.cookies.adopter, body: { answer: 'done' } })).status).toBe(200);
    const changed = await casePage();
    expect(rosterRow(changed.html, w.members.adopter.name)).toContain('Done on');
    expect(rosterRow(changed.html, w.members.adopter.name)).not.toContain('I will act');
  });

  it('a member\'s page holds no roster: their case Query stops before it, and so does the API\'s', async () => {
    const { html, tally } = await casePage('adopter');
    expect(html).not.toContain('id="alerts-heading"');
    for (const who of onlyOnTheRoster) expect(html, who).not.toContain(w.members[who].name);
    const queries = tally.recorded!.filter((c) => c.command === 'QueryCommand');
    expect(queries.map((q) => q.input.KeyConditionExpression)).toEqual(['pk = :pk AND sk < :below']);

    const api = await h.json('GET', `/api/cases/${caseId}`, { cookie: w.cookies.coordinator });
    const body = await api.text();
    for (const who of onlyOnTheRoster) expect(body, who).not.toContain(w.members[who].name);
  });

  it('the copies under the case hold what the roster shows, never an address, a language, a zone or the alert\'s words', async () => {
    await stream.poller.drain();
    const copies = await rosterCopies();
    expect(copies).toHaveLength(1 + recipients.length);
    const text = JSON.stringify(copies);
    for (const secret of ['@example.org', 'Arrested at dawn', 'immediate release', '"language"', '"timeZone"', '"email"', '"createdBy"', '"defenderName"']) {
      expect(text).not.toContain(secret);
    }
  });

  it('the backfill copies the rosters the stream never saw, as they are now, once; forced again, it overwrites no copy', async () => {
    const kept = await rosterCopies();
    for (const copy of kept) await h.doc.send(new DeleteCommand({ TableName: h.table, Key: { pk: copy.pk, sk: copy.sk } }));
    await stream.poller.drain();
    expect((await casePage()).html).not.toContain(`data-alert-id="${alertId}"`);

    expect(await backfillAlertRosters(h.doc, h.table)).toEqual({ ran: true, alerts: 1, recipients: recipients.length });
    expect(await rosterCopies()).toEqual(kept);
    expect(rosterRow((await casePage()).html, w.members.adopter.name)).toContain('Done on');
    expect(await backfillAlertRosters(h.doc, h.table)).toEqual({ ran: false, alerts: 0, recipients: 0 });
    await backfillAlertRosters(h.doc, h.table, { force: true });
    expect(await rosterCopies()).toEqual(kept);
  });
});

/** Every item of the case's partition from `~` on: the copies only coordinators read. */
async function rosterCopies() {
  const { Items } = await h.doc.send(new QueryCommand({
    TableName: h.table, KeyConditionExpression: 'pk = :pk AND sk >= :from', ConsistentRead: true,
    ExpressionAttributeValues: { ':pk': `CASE#${caseId}`, ':from': '~' },
  }));
  return Items ?? [];
}
