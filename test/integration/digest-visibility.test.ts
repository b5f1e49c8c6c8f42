/**
 * Visibility holds in digests: a restricted case reaches only the members
 * named on it (and coordinators), a paused case reaches nobody, whoever
 * adopted or acted on it, and planted sensitive values reach no email.
 * Participation (a pledge, a logged action) is planted as issues 4 and 5
 * store it: a child of the case naming the member.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { DefenderCase } from '#shared/domain/case.ts';
import type { Member } from '#shared/domain/member.ts';
import { makeHarness, type Harness } from '../support/harness.ts';
import { duringReportedWeek, plantParticipation, runWeek, setPreferences } from '../support/digest.ts';

const PLANTED = {
  contactDetails: 'planted-contact +57 300 555 0142',
  exactLocation: 'planted-location Finca 7, vereda 3',
  legalNotes: 'planted-legal habeas 2026-77',
  riskAccount: 'planted-account they watch my house',
};

let h: Harness;
let coordinator: Member;
let named: Member;
let others: Member[];
let restricted: DefenderCase;
let paused: DefenderCase;
let open: DefenderCase;

beforeEach(async () => {
  h = await makeHarness();
  coordinator = await h.addMember('coordinator');
  const cookie = await h.signIn(coordinator);
  named = await h.addMember('mp');
  others = [await h.addMember('mp'), await h.addMember('mp'), await h.addMember('diplomat', { country: 'CO' })];
  for (const m of [named, ...others]) await setPreferences(h, m, { countries: ['CO'] });

  await duringReportedWeek(h, async () => {
    open = await h.createCase(cookie, { defenderName: 'Open Network Defender', country: 'CO' });
    restricted = await h.createCase(cookie, { defenderName: 'Restricted Named Defender', country: 'CO', visibility: 'restricted', namedMemberIds: [named.id] });
    paused = await h.createCase(cookie, { defenderName: 'Paused After Reprisal', country: 'CO', visibility: 'restricted', namedMemberIds: [named.id] });
    for (const c of [open, restricted, paused]) {
      // Everyone "acted on" every case, and each has news, a hearing ahead and sensitive fields.
      for (const m of [named, ...others]) await plantParticipation(h, c.id, m.id);
      await h.json('POST', `/api/cases/${c.id}/events`, { cookie, body: { type: 'update', date: '2026-11-19', title: `Week news on ${c.defenderName}` } });
      await h.json('POST', `/api/cases/${c.id}/events`, { cookie, body: { type: 'hearing', date: '2026-11-30', title: 'Appeal hearing', court: 'Court of Appeal', hearingAt: '2026-11-30T09:00' } });
      const saved = await h.json('PUT', `/api/cases/${c.id}/sensitive`, { cookie, body: PLANTED, headers: { 'if-match': '"0"' } });
      expect(saved.status).toBe(200);
    }
    const pause = await h.json('POST', `/api/cases/${paused.id}/pause`, { cookie, body: { reason: 'Reprisal after the hearing', basis: 'reprisal' } });
    expect(pause.status).toBe(200);
  });
});

/** Every digest's decoded parts (quoted-printable could split a string in the raw MIME). */
async function digests(): Promise<Array<{ to: string; content: string }>> {
  return (await h.outbox.list())
    .filter((m) => m.headers['list-unsubscribe'] !== undefined)
    .map((m) => ({ to: m.to, content: `${m.subject}\n${m.text}\n${m.html}` }));
}

describe('visibility in digests', () => {
  it('a restricted case appears only in the digests of members named on it (and coordinators)', async () => {
    await runWeek(h);
    const all = await digests();
    const naming = all.filter((d) => d.content.includes(restricted.defenderName)).map((d) => d.to);

    expect(all).toHaveLength(5);
    expect(naming.sort()).toEqual([coordinator.email, named.email].sort());
    expect(all.filter((d) => others.some((o) => o.email === d.to)).every((d) => d.content.includes(open.defenderName))).toBe(true);
  });

  it('a paused case appears in 0 digests, even for the member named on it and for coordinators', async () => {
    await runWeek(h);
    const all = await digests();

    expect(all.filter((d) => d.content.includes(paused.defenderName) || d.content.includes(paused.id))).toEqual([]);
    // The control: the same member's digest does carry the restricted case that is not paused.
    expect(all.find((d) => d.to === named.email)?.content).toContain(restricted.defenderName);
  });

  it('planted sensitive values appear in 0 emails, raw or decoded', async () => {
    await runWeek(h);
    const mails = await h.outbox.list();

    expect(mails.length).toBeGreaterThanOrEqual(5);
    for (const mail of mails) {
      for (const value of Object.values(PLANTED)) {
        expect(`${mail.raw}\n${mail.text}\n${mail.html}`, mail.to).not.toContain(value);
      }
    }
  });
});
