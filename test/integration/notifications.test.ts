/**
 * Notifications against DynamoDB Local (issue 11, items 2 and 3): who is
 * told, once, in their language, and only about a case they may see now.
 * - a new action request: the diplomats posted to its country, at once;
 * - a hearing 48 hours ahead: the members on its observer roster;
 * - a request one day overdue: its posting, once;
 * - a verified action: the member who logged it.
 * Reminders run as the schedule runs them (`runReminders`), twice where it
 * matters; a claim left "sending" by a crash is never sent again.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { DefenderCase } from '#shared/domain/case.ts';
import type { Member } from '#shared/domain/member.ts';
import type { OutboxView } from '#shared/ports/outbox.ts';
import { runReminders } from '#shared/notifications/reminder-jobs.ts';
import { addHearing } from '#functions/local/seed-missions.ts';
import { bodyOf, makeHarness, type Harness } from '../support/harness.ts';
import { FAST, setPreferences } from '../support/digest.ts';
import { runDigest } from '#shared/digests/run-digest.ts';

let h: Harness;
let coordinator: string;
let dana: Member;
let sergio: Member;
let kenya: Member;
let mp: Member;
let otherMp: Member;
const seen = new Set<string>();
const HOUR = 3_600_000;

/** The emails sent since the last call, sign-in links and pause notices left out. */
async function newMail(): Promise<OutboxView[]> {
  const fresh = (await h.outbox.list()).filter((m) => !seen.has(m.id));
  for (const m of fresh) seen.add(m.id);
  return fresh.filter((m) => !/sign-in link|pause/i.test(m.subject));
}
const recipients = (mails: OutboxView[]) => mails.map((m) => m.to).sort();
const emailsOf = (...members: Member[]) => members.map((m) => m.email).sort();
const remind = () => runReminders(h.deps);

const ask = async (caseId: string, body: Record<string, unknown> = {}, headers: Record<string, string> = {}) => {
  const res = await h.json('POST', `/api/cases/${caseId}/action-requests`, {
    cookie: coordinator, headers, body: { actionType: 'trial_observation', dueDate: '2026-11-25', ...body },
  });
  expect(res.status).toBe(201);
  return bodyOf(res) as Promise<{ id: string; version: number }>;
};
const newCase = (over: Partial<DefenderCase> = {}) =>
  h.createCase(coordinator, { defenderName: 'Ana Defensora', country: 'CO', visibility: 'network', riskStatus: 'on_trial', ...over });

beforeEach(async () => {
  seen.clear();
  h = await makeHarness();
  coordinator = await h.signIn(await h.addMember('coordinator'));
  dana = await h.addMember('diplomat', { country: 'CO', mission: 'EU Delegation to Colombia', name: 'Dana Diplomat' });
  sergio = await h.addMember('diplomat', { country: 'CO', mission: 'Embassy of Spain, Bogotá', name: 'Sergio Embajada' });
  kenya = await h.addMember('diplomat', { country: 'KE', mission: 'EU Delegation to Kenya' });
  mp = await h.addMember('mp', { name: 'Maren Olsen MP' });
  otherMp = await h.addMember('mp');
  await newMail();
});

describe('a new action request', () => {
  it('emails each diplomat posted to the country at once, in their language; not the diplomat posted elsewhere, nor MPs', async () => {
    await setPreferences(h, sergio, { language: 'es' });
    const c = await newCase();
    await ask(c.id, {}, { 'idempotency-key': 'new-request-once' });
    const mails = await newMail();
    expect(recipients(mails)).toEqual(emailsOf(dana, sergio));
    const english = mails.find((m) => m.to === dana.email)!;
    expect(english.subject).toBe('New action request for the missions in Colombia');
    expect(english.text).toContain('act on the case of Ana Defensora: Trial observation, by November 25, 2026.');
    expect(mails.find((m) => m.to === sergio.email)!.subject).toBe('Nueva solicitud de acción para las misiones en Colombia');

    // A replay of the same create answers as the first and tells nobody again.
    await ask(c.id, {}, { 'idempotency-key': 'new-request-once' });
    expect(await newMail()).toEqual([]);
  });

  it('on a restricted case, only the diplomat it names', async () => {
    await ask((await newCase({ visibility: 'restricted', namedMemberIds: [dana.id] })).id);
    expect(recipients(await newMail())).toEqual(emailsOf(dana));
  });

  it('never carries the request\'s note', async () => {
    await ask((await newCase()).id, { note: 'Meet the lawyer at the café on 5th street' });
    const mails = await newMail();
    expect(mails).toHaveLength(2);
    for (const m of mails) expect(`${m.text}${m.html}`).not.toContain('café');
  });

  it('a member who turned it off gets nothing; "in the weekly digest" sends no email either', async () => {
    await setPreferences(h, dana, { notifications: { newRequest: 'off', hearingReminder: 'now', overdueRequest: 'now', actionVerified: 'now', applicationDeadline: 'now' } });
    await setPreferences(h, sergio, { notifications: { newRequest: 'digest', hearingReminder: 'now', overdueRequest: 'now', actionVerified: 'now', applicationDeadline: 'now' } });
    await ask((await newCase()).id);
    expect(await newMail()).toEqual([]);
  });
});

describe('hearing reminders', () => {
  let c: DefenderCase;
  const signUp = async (member: Member, eventId: string) =>
    expect((await h.json('PUT', `/api/cases/${c.id}/hearings/${eventId}/observers/me`, { cookie: await h.signIn(member) })).status).toBeLessThan(300);
  const hearingIn = (hours: number) =>
    addHearing(h.deps, dana.id, c.id, { hearingAt: new Date(h.clock.now().getTime() + hours * HOUR).toISOString().slice(0, 16), court: 'Juzgado 4 de Bogotá', title: 'Hearing' });

  beforeEach(async () => {
    c = await newCase();
    await newMail();
  });

  it('the members on the roster, once, 48 hours ahead: the schedule run twice sends one email each', async () => {
    const soon = await hearingIn(47);
    const later = await hearingIn(72);
    await signUp(mp, soon.id);
    await signUp(dana, later.id);
    await newMail();

    await remind();
    await remind();
    const mails = await newMail();
    expect(recipients(mails)).toEqual(emailsOf(mp));
    expect(mails[0]!.subject).toBe('Hearing in two days: Ana Defensora');
    expect(mails[0]!.text).toContain('at Juzgado 4 de Bogotá, on Wednesday, November 25, 2026');

    // A day later the other hearing is 48 hours ahead: its observer's turn, still once.
    h.clock.advance(25 * HOUR);
    await remind();
    await remind();
    expect(recipients(await newMail())).toEqual(emailsOf(dana));
  });

  it('a crash between claim and send leaves the claim: the next runs send nothing', async () => {
    const soon = await hearingIn(30);
    await signUp(mp, soon.id);
    await newMail();
    // What a run killed after claiming, before sending, leaves behind.
    await h.store.claimNotification({ kind: 'hearingReminder', itemId: `${soon.id}@${soon.hearingAt}`, memberId: mp.id }, h.clock.now().toISOString());

    const first = await remind();
    await remind();
    expect(await newMail()).toEqual([]);
    expect(first.hearingReminder).toMatchObject({ unknown: 1, sent: 0 });
  });

  it('a paused case reminds nobody, not even an observer the case names', async () => {
    c = await newCase({ visibility: 'restricted', namedMemberIds: [mp.id] });
    const soon = await hearingIn(20);
    await signUp(mp, soon.id);
    const pause = await h.json('POST', `/api/cases/${c.id}/pause`, { cookie: coordinator, body: { reason: 'Partner asked for silence.', basis: 'partner_request' } });
    expect(pause.status).toBe(200);
    await newMail();
    expect((await remind()).hearingReminder).toMatchObject({ hidden: 1, sent: 0 });
    expect(await newMail()).toEqual([]);
  });

  it('a restricted case reminds only the observers it still names', async () => {
    c = await newCase({ visibility: 'restricted', namedMemberIds: [mp.id, otherMp.id] });
    const soon = await hearingIn(20);
    await signUp(mp, soon.id);
    await signUp(otherMp, soon.id);
    // The coordinators take the other MP off the case after the sign-up.
    const current = (await h.store.getCase(c.id))!;
    await h.store.saveCase({
      case: { ...current, namedMemberIds: [mp.id], version: current.version + 1 }, expectedVersion: current.version,
      audit: { id: crypto.randomUUID(), at: h.clock.now().toISOString(), actorId: 'test', action: 'case.updated', caseId: c.id, fields: ['namedMemberIds'] },
    });
    await newMail();
    expect((await remind()).hearingReminder).toMatchObject({ sent: 1, hidden: 1 });
    expect(recipients(await newMail())).toEqual(emailsOf(mp));
  });

  it('"off" sends nothing', async () => {
    const soon = await hearingIn(10);
    await signUp(mp, soon.id);
    await setPreferences(h, mp, { notifications: { newRequest: 'now', hearingReminder: 'off', overdueRequest: 'now', actionVerified: 'now', applicationDeadline: 'now' } });
    await newMail();
    expect((await remind()).hearingReminder).toMatchObject({ off: 1, sent: 0 });
    expect(await newMail()).toEqual([]);
  });
});

describe('overdue requests', () => {
  it('one day overdue, the posting is reminded once; not the diplomat posted elsewhere', async () => {
    await setPreferences(h, dana, { language: 'fr' });
    await ask((await newCase()).id, { dueDate: '2026-11-25' });
    await newMail();
    h.clock.advance(2 * 24 * HOUR); // 2026-11-25: due today, not overdue yet
    await remind();
    expect(await newMail()).toEqual([]);

    h.clock.advance(24 * HOUR); // 2026-11-26
    await remind();
    h.clock.advance(HOUR / 4);
    await remind();
    const mails = await newMail();
    expect(recipients(mails)).toEqual(emailsOf(dana, sergio));
    expect(mails.find((m) => m.to === dana.email)!.subject).toBe('Demande d’action en retard pour les missions en poste dans ce pays\u00a0: Colombie');
    expect(mails.find((m) => m.to === sergio.email)!.text).toContain('was due on November 25, 2026 and is still open');
  });

  it('a request withdrawn, or on a case paused meanwhile, reminds nobody', async () => {
    const withdrawn = await ask((await newCase()).id, { dueDate: '2026-11-24' });
    const onPaused = await newCase({ defenderName: 'Paused Defender', visibility: 'restricted', namedMemberIds: [dana.id, sergio.id] });
    await ask(onPaused.id, { dueDate: '2026-11-24' });
    const withdrawnCase = (await h.json('GET', '/api/action-requests?status=open&country=CO', { cookie: coordinator }));
    const item = ((await bodyOf(withdrawnCase)).items as Array<{ id: string; caseId: string }>).find((r) => r.id === withdrawn.id)!;
    expect((await h.json('PATCH', `/api/cases/${item.caseId}/action-requests/${withdrawn.id}`, {
      cookie: coordinator, headers: { 'if-match': '"1"' }, body: { status: 'withdrawn', reason: 'Done another way.' },
    })).status).toBe(200);
    expect((await h.json('POST', `/api/cases/${onPaused.id}/pause`, { cookie: coordinator, body: { reason: 'Partner asked for silence.', basis: 'partner_request' } })).status).toBe(200);
    await newMail();

    h.clock.advance(2 * 24 * HOUR);
    await remind();
    expect(await newMail()).toEqual([]);
  });
});

describe('verified actions', () => {
  it('a verified mission action tells its author, once; nobody else', async () => {
    const c = await newCase();
    const asDana = await h.signIn(dana);
    const logged = await bodyOf(await h.json('POST', `/api/cases/${c.id}/mission-actions`, {
      cookie: asDana, body: { actionType: 'detention_visit', mission: 'EU Delegation to Colombia', date: '2026-11-20', outcome: 'Visited in prison.', confidential: false },
    }));
    await newMail();
    const path = `/api/cases/${c.id}/mission-actions/${logged.id}/verification`;
    expect((await h.json('POST', path, { cookie: coordinator, headers: { 'if-match': '"1"' } })).status).toBe(200);
    expect((await h.json('POST', path, { cookie: coordinator, headers: { 'if-match': '"2"' } })).status).toBe(200);
    const mails = await newMail();
    expect(recipients(mails)).toEqual(emailsOf(dana));
    expect(mails[0]!.text).toContain('on the case of Ana Defensora: Detention visit, on November 20, 2026');
    expect(mails[0]!.text).not.toContain('Visited in prison');
  });

  it('an MP\'s action: verified tells the MP; "needs more information" does not', async () => {
    const c = await newCase();
    const asMp = await h.signIn(mp);
    await h.json('POST', `/api/cases/${c.id}/pledges`, { cookie: asMp, body: { actions: ['prison_visit'] } });
    const visit = { type: 'prison_visit', date: '2026-11-20', description: 'Visited the defender in prison.', public: false };
    const first = await bodyOf(await h.json('POST', `/api/cases/${c.id}/actions`, { cookie: asMp, body: visit }));
    const second = await bodyOf(await h.json('POST', `/api/cases/${c.id}/actions`, { cookie: asMp, body: { ...visit, date: '2026-11-21' } }));
    await newMail();
    const verify = (id: string, state: string) =>
      h.json('PUT', `/api/cases/${c.id}/actions/${id}/verification`, { cookie: coordinator, headers: { 'if-match': '"1"' }, body: { state, ...(state === 'needs_more_info' ? { note: 'Which prison?' } : {}) } });
    expect((await verify(first.id, 'verified')).status).toBe(200);
    expect((await verify(second.id, 'needs_more_info')).status).toBe(200);
    const mails = await newMail();
    expect(recipients(mails)).toEqual(emailsOf(mp));
    expect(mails[0]!.text).toContain('Prison visit, on November 20, 2026');
  });

  it('"in the weekly digest": no email, a line in the next digest, once; left out if the case is paused by then', async () => {
    const keep = { newRequest: 'now', hearingReminder: 'now', overdueRequest: 'now', actionVerified: 'digest', applicationDeadline: 'now' } as const;
    await setPreferences(h, dana, { notifications: keep });
    const asDana = await h.signIn(dana);
    const verifyNew = async (c: DefenderCase, date: string) => {
      const logged = await bodyOf(await h.json('POST', `/api/cases/${c.id}/mission-actions`, {
        cookie: asDana, body: { actionType: 'detention_visit', mission: 'EU Delegation to Colombia', date, outcome: 'Visited in prison.', confidential: false },
      }));
      expect((await h.json('POST', `/api/cases/${c.id}/mission-actions/${logged.id}/verification`, { cookie: coordinator, headers: { 'if-match': '"1"' } })).status).toBe(200);
    };
    const shown = await newCase({ defenderName: 'Shown Defender' });
    const paused = await newCase({ defenderName: 'Paused Defender', visibility: 'restricted', namedMemberIds: [dana.id] });
    await verifyNew(shown, '2026-11-20');
    await verifyNew(paused, '2026-11-21');
    expect((await h.json('POST', `/api/cases/${paused.id}/pause`, { cookie: coordinator, body: { reason: 'Partner asked for silence.', basis: 'partner_request' } })).status).toBe(200);
    expect(await newMail()).toEqual([]);

    // Next Monday's digest (2026-W49) reports this week.
    await runDigest(h.deps, { week: '2026-W49', trigger: 'cli' }, FAST);
    const digests = (await newMail()).filter((m) => m.to === dana.email);
    expect(digests).toHaveLength(1);
    expect(digests[0]!.text).toContain('YOUR ACTIONS VERIFIED BY A COORDINATOR');
    expect(digests[0]!.text).toMatch(/YOUR ACTIONS VERIFIED BY A COORDINATOR\n\n\* Shown Defender \[On trial\]\n  Colombia\n  Detention visit\n  Nov 20, 2026/);
    expect(digests[0]!.text).not.toContain('Paused Defender');
  });
});
