/**
 * Each stage of a proceeding is a timeline event of its case (issue 15, part 1), against DynamoDB
 * Local: written with the proceeding, moved when its date moves, removed when it is cleared, never
 * doubled by a second save, worded in the reader's language on the page and in the week's digest,
 * and seen by exactly those who may see the case. A coordinator cannot correct it by hand.
 */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import type { Member } from '#shared/domain/member.ts';
import { createDocumentClient } from '#functions/adapters/dynamo/index.ts';
import { makeHarness, bodyOf, type Harness } from '../support/harness.ts';
import { duringReportedWeek, plantParticipation, runWeek, setPreferences } from '../support/digest.ts';

let h: Harness;
let coordinator: Member;
let adopter: Member;
let outsider: Member;
const cookies = {} as Record<'coordinator' | 'adopter' | 'outsider', string>;

type Event = { id: string; type: string; date: string; title: string; proceeding?: { id: string } };

const proceedings = (caseId: string) => `/api/cases/${caseId}/proceedings`;
const stageEvents = async (caseId: string, cookie = cookies.coordinator): Promise<Event[]> =>
  ((await bodyOf(await h.json('GET', `/api/cases/${caseId}/events`, { cookie }))).items as Event[]).filter((e) => e.type.startsWith('proceeding_'));

/** The case's event items and the news lines of its events, read from the table itself. */
async function storedItems(caseId: string): Promise<{ events: number; news: number }> {
  const doc = createDocumentClient({ region: 'local', endpoint: inject('dynamoEndpoint') });
  const query = (pk: string, filter?: string) => doc.send(new QueryCommand({
    TableName: h.table, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': pk, ...(filter ? { ':case': filter } : {}) },
    ...(filter ? { FilterExpression: 'caseId = :case' } : {}),
  }));
  const own = await query(`CASE#${caseId}`);
  const news = await Promise.all(['NEWS#2026-W47', 'NEWS#2026-W48', 'NEWS#2026-W49'].map((pk) => query(pk, caseId)));
  return {
    events: (own.Items ?? []).filter((i) => i.itemType === 'event').length,
    news: news.reduce((n, r) => n + (r.Items ?? []).length, 0),
  };
}

beforeEach(async () => {
  h = await makeHarness();
  coordinator = await h.addMember('coordinator');
  adopter = await h.addMember('mp');
  await setPreferences(h, adopter, { language: 'fr' });
  outsider = await h.addMember('mp');
  cookies.coordinator = await h.signIn(coordinator);
  cookies.adopter = await h.signIn(adopter);
  cookies.outsider = await h.signIn(outsider);
});

describe('a proceeding\'s stages on the timeline', () => {
  it('records an event per dated stage, in the same write as the proceeding', async () => {
    const c = await h.createCase(cookies.coordinator, { visibility: 'network' });
    const res = await h.json('POST', proceedings(c.id), {
      cookie: cookies.coordinator,
      body: { internationalBody: 'ecthr', reference: 'no. 12345/26', lodgedDate: '2026-03-02', communicatedDate: '2026-09-15' },
    });
    expect(res.status).toBe(201);
    const created = await bodyOf(res);
    expect(created.stagesPostedAt).toBeUndefined();

    const events = await stageEvents(c.id);
    expect(events.map((e) => [e.type, e.date, e.title, e.proceeding?.id])).toEqual([
      ['proceeding_communicated', '2026-09-15', 'no. 12345/26', created.id],
      ['proceeding_lodged', '2026-03-02', 'no. 12345/26', created.id],
    ]);
    expect(await storedItems(c.id)).toEqual({ events: 2, news: 2 });
  });

  it('moves the event when its date moves, removes it when the date is cleared, adds one for a new stage', async () => {
    const c = await h.createCase(cookies.coordinator);
    const created = await bodyOf(await h.json('POST', proceedings(c.id), {
      cookie: cookies.coordinator, body: { internationalBody: 'un_hrc', reference: 'CCPR/C/140/D/4000/2026', lodgedDate: '2026-03-02', communicatedDate: '2026-06-01' },
    }));
    const [lodged] = (await stageEvents(c.id)).filter((e) => e.type === 'proceeding_lodged');

    const patch = (body: unknown, version: number) => h.json('PATCH', `${proceedings(c.id)}/${created.id}`, { cookie: cookies.coordinator, body, headers: { 'if-match': `"${version}"` } });
    expect((await patch({ lodgedDate: '2026-03-05', communicatedDate: null }, 1)).status).toBe(200);
    let events = await stageEvents(c.id);
    expect(events.map((e) => [e.id, e.type, e.date])).toEqual([[lodged!.id, 'proceeding_lodged', '2026-03-05']]);
    expect(await storedItems(c.id)).toEqual({ events: 1, news: 1 });

    expect((await patch({ decisionDate: '2026-10-20', outcome: 'violation', articles: ['19'] }, 2)).status).toBe(200);
    events = await stageEvents(c.id);
    expect(events.map((e) => e.type)).toEqual(['proceeding_decided', 'proceeding_lodged']);
    expect(await storedItems(c.id)).toEqual({ events: 2, news: 2 });
  });

  it('writes no duplicate when the same proceeding is saved twice, or its create replayed', async () => {
    const c = await h.createCase(cookies.coordinator);
    const body = { internationalBody: 'ecthr', reference: 'no. 777/26', lodgedDate: '2026-04-01' };
    const send = () => h.json('POST', proceedings(c.id), { cookie: cookies.coordinator, body, headers: { 'idempotency-key': 'stage-events-replay' } });
    const created = await bodyOf(await send());
    expect((await send()).headers.get('idempotent-replayed')).toBe('true');

    // The same values saved again, twice: the stage's event is neither rewritten nor doubled.
    const path = `${proceedings(c.id)}/${created.id}`;
    for (const version of [1, 2]) {
      const res = await h.json('PATCH', path, { cookie: cookies.coordinator, body: { lodgedDate: '2026-04-01', reference: 'no. 777/26' }, headers: { 'if-match': `"${version}"` } });
      expect(res.status).toBe(200);
    }
    expect((await stageEvents(c.id)).map((e) => e.date)).toEqual(['2026-04-01']);
    expect(await storedItems(c.id)).toEqual({ events: 1, news: 1 });
  });

  it('shows on the case page in the reader\'s language, without correction links', async () => {
    const c = await h.createCase(cookies.coordinator, { visibility: 'network' });
    await h.json('POST', proceedings(c.id), { cookie: cookies.coordinator, body: { internationalBody: 'ecthr', reference: 'no. 4242/26', lodgedDate: '2026-05-04' } });
    const [event] = await stageEvents(c.id);

    const page = await (await h.json('GET', `/cases/${c.id}?lang=fr`, { cookie: cookies.coordinator })).text();
    expect(page).toContain('Requête introduite');
    expect(page).toContain('Cour européenne des droits de l’homme (no. 4242/26)');
    expect(page).not.toContain(`/events/${event!.id}/edit`);
  });

  it('refuses a correction by hand: 409 in the caller\'s language, the event unchanged', async () => {
    const c = await h.createCase(cookies.coordinator);
    await h.json('POST', proceedings(c.id), { cookie: cookies.coordinator, body: { internationalBody: 'iachr', lodgedDate: '2026-05-04' } });
    const [event] = await stageEvents(c.id);
    const res = await h.json('PATCH', `/api/cases/${c.id}/events/${event!.id}`, {
      cookie: cookies.coordinator, body: { date: '2026-05-01' }, headers: { 'if-match': '"1"', 'accept-language': 'es' },
    });
    expect(res.status).toBe(409);
    expect((await bodyOf(res)).detail).toBe('Este hecho sigue un procedimiento: modifique la fecha de la etapa en el procedimiento.');
    const removed = await h.json('DELETE', `/api/cases/${c.id}/events/${event!.id}`, { cookie: cookies.coordinator, headers: { 'if-match': '"1"' } });
    expect(removed.status).toBe(409);
    expect((await stageEvents(c.id)).map((e) => e.date)).toEqual(['2026-05-04']);
  });
});

describe('who sees a stage', () => {
  it('follows the case: a member not named on a restricted case gets 404, and no digest carries it', async () => {
    const { restricted, open } = await duringReportedWeek(h, async () => {
      const restricted = await h.createCase(cookies.coordinator, { defenderName: 'Restricted Litigant', visibility: 'restricted', namedMemberIds: [adopter.id] });
      const open = await h.createCase(cookies.coordinator, { defenderName: 'Network Litigant', visibility: 'network' });
      for (const c of [restricted, open]) {
        for (const m of [adopter, outsider]) await plantParticipation(h, c.id, m.id);
      }
      await h.json('POST', proceedings(restricted.id), { cookie: cookies.coordinator, body: { internationalBody: 'un_hrc', reference: 'SECRET-REF-991', lodgedDate: '2026-11-17' } });
      await h.json('POST', proceedings(open.id), { cookie: cookies.coordinator, body: { internationalBody: 'ecthr', reference: 'no. 5150/26', lodgedDate: '2026-11-18' } });
      return { restricted, open };
    });

    expect((await h.json('GET', `/api/cases/${restricted.id}/events`, { cookie: cookies.outsider })).status).toBe(404);
    expect((await stageEvents(restricted.id, cookies.adopter)).map((e) => e.title)).toEqual(['SECRET-REF-991']);

    await runWeek(h);
    const digests = (await h.outbox.list()).filter((m) => m.headers['list-unsubscribe'] !== undefined);
    const of = (m: Member) => digests.filter((d) => d.to === m.email).map((d) => `${d.subject}\n${d.text}\n${d.html}`).join('\n');
    // The adopter reads French: the stage and the body in French, both cases named on them.
    expect(of(adopter)).toContain('Requête introduite');
    expect(of(adopter)).toContain('Cour européenne des droits de l’homme (no. 5150/26)');
    expect(of(adopter)).toContain('SECRET-REF-991');
    // The outsider's digest has the open case's stage and nothing of the restricted one.
    expect(of(outsider)).toContain('European Court of Human Rights (no. 5150/26)');
    expect(of(outsider)).not.toContain('SECRET-REF-991');
    expect(of(outsider)).not.toContain(restricted.defenderName);
    expect(of(outsider)).toContain(open.defenderName);
  });
});
