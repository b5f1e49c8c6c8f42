/**
 * Issue 16, item 5: the pause notice sent MPs to a 404. Who keeps a paused
 * case: coordinators, and exactly the members the notice went to (those who
 * pledged, twinned, logged an action or a mission action, signed up to
 * observe, and the members the case names). Each of them opens the emailed
 * link and the API: 200, with the "publicity paused" guidance and never the
 * coordinator's reason. Anyone else gets the 404 of a case that does not
 * exist. The notice is in each recipient's language.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DefenderCase } from '#shared/domain/case.ts';
import type { Member } from '#shared/domain/member.ts';
import { addHearing } from '#functions/local/seed-missions.ts';
import { APP_URL, bodyOf, makeHarness, type Harness } from '../support/harness.ts';
import { setPreferences } from '../support/digest.ts';
import type { UiLanguage } from '#shared/i18n/languages.ts';
import { translatorFor } from '#shared/i18n/translator.ts';

const REASON = 'Secret reason: the family was threatened';
let h: Harness;
let paused: DefenderCase;
let named: DefenderCase;
const who = {} as Record<'twin' | 'actor' | 'diplomat' | 'observer' | 'namedMp' | 'bystander' | 'postedDiplomat', Member>;
const cookies = {} as Record<keyof typeof who, string>;

const noticeTo = async (m: Member) => (await h.outbox.list()).find((e) => e.to === m.email && /pause|pausa|suspend/i.test(e.subject));
const linkIn = (text: string) => text.match(/http:\/\/localhost\/cases\/[0-9a-f-]{36}/)?.[0];
/** Each error page carries its own request id; apart from it, hidden and missing must read the same. */
/** The page without its request id and without the case id it echoes in the language links (the address asked for). */
const withoutRequestId = (html: string) =>
  html.replace(/Request id: <code>[^<]*<\/code>/, '').replace(/\/cases\/[0-9a-f-]{36}/g, '/cases/ID');

beforeAll(async () => {
  h = await makeHarness();
  const coordinator = await h.signIn(await h.addMember('coordinator'));
  who.twin = await h.addMember('mp');
  who.actor = await h.addMember('mp');
  who.observer = await h.addMember('mp');
  who.namedMp = await h.addMember('mp');
  who.bystander = await h.addMember('mp');
  who.diplomat = await h.addMember('diplomat', { country: 'CO', mission: 'EU Delegation to Colombia' });
  who.postedDiplomat = await h.addMember('diplomat', { country: 'CO', mission: 'Embassy of Ireland' });
  await setPreferences(h, who.twin, { language: 'fr' });
  await setPreferences(h, who.actor, { language: 'es' });
  for (const key of Object.keys(who) as Array<keyof typeof who>) cookies[key] = await h.signIn(who[key]);

  paused = await h.createCase(coordinator, { visibility: 'public', defenderName: 'Paused Notice Defender' });
  const day = new Date(h.clock.now().getTime() + 5 * 86_400_000).toISOString().slice(0, 10);
  const hearing = await addHearing(h.deps, 'test', paused.id, { hearingAt: `${day}T09:30`, court: 'Juzgado 3', title: 'Hearing' });
  const acts = [
    await h.json('POST', `/api/cases/${paused.id}/pledges`, { cookie: cookies.twin, body: { actions: ['public_statement'], twin: true } }),
    await h.json('POST', `/api/cases/${paused.id}/actions`, {
      cookie: cookies.actor, body: { type: 'social_media', date: '2026-11-20', description: 'Posted about the case', public: true },
    }),
    await h.json('POST', `/api/cases/${paused.id}/mission-actions`, {
      cookie: cookies.diplomat,
      body: { actionType: 'detention_visit', mission: 'EU Delegation to Colombia', date: '2026-11-20', outcome: 'Visited.', confidential: false },
    }),
    await h.json('PUT', `/api/cases/${paused.id}/hearings/${hearing.id}/observers/me`, { cookie: cookies.observer }),
  ];
  expect(acts.map((r) => r.status)).toEqual([201, 201, 201, 201]);
  named = await h.createCase(coordinator, { visibility: 'restricted', namedMemberIds: [who.namedMp.id], defenderName: 'Named Notice Defender' });

  for (const c of [paused, named]) {
    const res = await h.json('POST', `/api/cases/${c.id}/pause`, { cookie: coordinator, body: { reason: REASON, basis: 'partner_request' } });
    expect(res.status).toBe(200);
  }
});

describe('who keeps a paused case: the members the notice went to', () => {
  const recipients = ['twin', 'actor', 'diplomat', 'observer', 'namedMp'] as const;

  for (const key of recipients) {
    it(`the ${key} gets the notice, opens its link (page 200 with the guidance) and the API (200), and never sees the reason`, async () => {
      const notice = await noticeTo(who[key]);
      expect(notice, `no notice to the ${key}`).toBeDefined();
      const link = linkIn(notice!.text)!;
      expect(link).toBe(`${APP_URL}/cases/${key === 'namedMp' ? named.id : paused.id}`);

      const page = await h.app.request(link.replace(APP_URL, ''), { headers: { cookie: cookies[key] } });
      expect(page.status).toBe(200);
      const html = await page.text();
      // In the reader's language (the twin reads French, the actor Spanish): the banner's words before its date.
      const { t } = translatorFor((html.match(/<html lang="([^"]+)"/)?.[1] ?? 'en') as UiLanguage);
      expect(html).toContain(t('caseSafety.paused.title', { date: '\u0000' }).split('\u0000')[0]!.trim());
      expect(html).not.toContain(REASON);

      const api = await h.json('GET', link.replace(APP_URL, '/api'), { cookie: cookies[key] });
      expect(api.status).toBe(200);
      const body = await bodyOf(api);
      expect(body.pausedAt).toBeDefined();
      expect(JSON.stringify(body)).not.toContain(REASON);
    });
  }

  it('a member who did not act, and a diplomat merely posted there, get the 404 of a case that does not exist', async () => {
    const missing = randomUUID();
    for (const key of ['bystander', 'postedDiplomat'] as const) {
      expect(await noticeTo(who[key])).toBeUndefined();
      for (const id of [paused.id, named.id]) {
        const page = await h.app.request(`/cases/${id}`, { headers: { cookie: cookies[key] } });
        const absent = await h.app.request(`/cases/${missing}`, { headers: { cookie: cookies[key] } });
        expect(page.status).toBe(404);
        expect(withoutRequestId(await page.text())).toBe(withoutRequestId(await absent.text()));
        const api = await h.json('GET', `/api/cases/${id}`, { cookie: cookies[key] });
        const absentApi = await h.json('GET', `/api/cases/${missing}`, { cookie: cookies[key] });
        expect(api.status).toBe(404);
        const { requestId: _a, ...hidden } = await bodyOf(api);
        const { requestId: _b, ...nothing } = await bodyOf(absentApi);
        expect(hidden).toEqual(nothing);
      }
    }
  });

  it('the recipients keep the page, not the lists: the paused case is in none of their case lists', async () => {
    for (const key of ['twin', 'actor', 'diplomat', 'observer'] as const) {
      const listed = (await bodyOf(await h.json('GET', '/api/cases?limit=100', { cookie: cookies[key] }))).items as DefenderCase[];
      expect(listed.map((c) => c.id)).not.toContain(paused.id);
    }
  });
});

describe('the notice speaks the recipient\'s language', () => {
  it('French for the twin, Spanish for the actor, English by default; Content-Language says which', async () => {
    const fr = (await noticeTo(who.twin))!;
    const es = (await noticeTo(who.actor))!;
    const en = (await noticeTo(who.diplomat))!;
    expect(fr.headers['content-language']).toBe('fr');
    expect(es.headers['content-language']).toBe('es');
    expect(en.headers['content-language']).toBe('en');
    expect(fr.subject).toBe('Confidentiel\u00a0: suspendez toute action publique pour Paused Notice Defender');
    expect(es.subject).toBe('Confidencial: suspenda toda acción pública sobre Paused Notice Defender');
    expect(en.subject).toBe('Private: pause public action on Paused Notice Defender');
    expect(fr.html).toContain('<html lang="fr" dir="ltr">');
    for (const notice of [fr, es, en]) expect(`${notice.text}${notice.html}`).not.toContain(REASON);
  });
});
