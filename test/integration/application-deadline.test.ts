/**
 * The ECtHR's four-month time limit, reminded through the notifications' schedule against DynamoDB
 * Local: once, 14 days ahead, to the coordinator who recorded the application, in their language;
 * never for an application lodged meanwhile; the case page shows the last day.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '#shared/domain/member.ts';
import { runReminders } from '#shared/notifications/reminder-jobs.ts';
import { makeHarness, bodyOf, type Harness } from '../support/harness.ts';

let h: Harness;
let coordinator: Member;
const DAY = 86_400_000;

const deadlineMails = async () => (await h.outbox.list()).filter((m) => m.to === coordinator.email && m.subject.includes('requête'));

beforeAll(async () => {
  h = await makeHarness();
  coordinator = await h.addMember('coordinator', { uiLanguage: 'fr' });
});

describe('the ECtHR time limit', () => {
  it('is shown on the case page and reminded once, 14 days ahead, to the coordinator who recorded it; a lodged application is not', async () => {
    const cookie = await h.signIn(coordinator);
    const c = await h.createCase(cookie, { defenderName: 'Deadline Defender' });
    // Today is 2026-11-23. Final decision on 2026-08-05: the last day is 2026-12-05, 12 days ahead.
    const due = await bodyOf(await h.json('POST', `/api/cases/${c.id}/proceedings`, { cookie, body: { internationalBody: 'ecthr', finalDomesticDecisionDate: '2026-08-05' } }));
    // Final decision on 2026-09-20: the last day is 2027-01-20, outside the 14 days.
    await h.json('POST', `/api/cases/${c.id}/proceedings`, { cookie, body: { internationalBody: 'ecthr', finalDomesticDecisionDate: '2026-09-20' } });
    // Lodged already: no time limit to remind.
    await h.json('POST', `/api/cases/${c.id}/proceedings`, { cookie, body: { internationalBody: 'ecthr', finalDomesticDecisionDate: '2026-08-01', lodgedDate: '2026-11-02' } });

    const page = await (await h.app.request(`/cases/${c.id}`, { headers: { cookie } })).text();
    expect(page).toContain('data-deadline="2026-12-05"');
    // The member's saved language wins: French.
    expect(page).toContain('(encore 12 jours)');

    await runReminders(h.deps);
    await runReminders(h.deps);
    const mails = await deadlineMails();
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain('12');
    expect(mails[0]!.text).toContain('5 décembre 2026');

    // Lodged now: nothing more, even as the last day comes closer.
    const lodged = await h.json('PATCH', `/api/cases/${c.id}/proceedings/${due.id}`, { cookie, body: { lodgedDate: '2026-11-23' }, headers: { 'if-match': '"1"' } });
    expect(lodged.status).toBe(200);
    h.clock.advance(10 * DAY);
    await runReminders(h.deps);
    expect(await deadlineMails()).toHaveLength(1);
  });
});
