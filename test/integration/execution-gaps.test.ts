/**
 * The execution gap against DynamoDB Local: a judgment final for more than six months whose
 * execution is not closed appears in the gap view (and on the case page, with the suggestion to the
 * adopting MPs), and disappears when the Committee of Ministers' supervision closes or when an MP logs
 * a parliamentary question on the execution. A judgment final for less than six months is no gap yet.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '#shared/domain/member.ts';
import type { Gap } from '#shared/missions/gap-rules.ts';
import { makeHarness, bodyOf, type Harness } from '../support/harness.ts';

let h: Harness;
let coordinator: Member;
let mp: Member;
const DAY = 86_400_000;

const judgment = (judgmentFinalDate: string) => ({
  internationalBody: 'ecthr', reference: 'no. 4567/24', finalDomesticDecisionDate: '2023-09-01', lodgedDate: '2023-12-15',
  communicatedDate: '2024-06-03', decisionDate: '2025-09-10', judgmentFinalDate, outcome: 'violation', articles: ['10', '5 § 1'],
  executionStatus: 'pending',
});

/** The gap view as a coordinator sees it now (sessions last 12 hours: signed in afresh each time). */
async function executionGaps(): Promise<Gap[]> {
  const res = await h.json('GET', '/api/gaps', { cookie: await h.signIn(coordinator) });
  expect(res.status).toBe(200);
  return ((await bodyOf(res)).items as Gap[]).filter((g) => g.rule === 'judgment_not_executed');
}

/** A public case whose status calls for no other gap, with a judgment final on `finalDate`. */
async function caseWithJudgment(name: string, finalDate: string) {
  const cookie = await h.signIn(coordinator);
  const c = await h.createCase(cookie, { visibility: 'public', riskStatus: 'released', defenderName: name });
  const res = await h.json('POST', `/api/cases/${c.id}/proceedings`, { cookie, body: judgment(finalDate) });
  expect(res.status).toBe(201);
  return { caseId: c.id, proceedingId: (await bodyOf(res)).id as string };
}

beforeAll(async () => {
  h = await makeHarness();
  coordinator = await h.addMember('coordinator');
  mp = await h.addMember('mp');
});

describe('the execution gap', () => {
  it('closes when an MP logs a parliamentary question on the execution, and only for that case', async () => {
    const questioned = await caseWithJudgment('Execution Questioned', '2026-03-02');
    const other = await caseWithJudgment('Execution Ignored', '2026-04-15');
    expect((await executionGaps()).map((g) => g.defenderName).sort()).toEqual(['Execution Ignored', 'Execution Questioned']);

    const mpCookie = await h.signIn(mp);
    expect((await h.json('POST', `/api/cases/${questioned.caseId}/pledges`, { cookie: mpCookie, body: { actions: ['execution_question'] } })).status).toBe(201);
    // On the case page the adopting MP sees the gap and the suggestion.
    const page = await (await h.app.request(`/cases/${questioned.caseId}`, { headers: { cookie: mpCookie } })).text();
    expect(page).toContain('data-gap="judgment_not_executed"');
    expect(page).toContain(`/cases/${questioned.caseId}/actions/new?type=execution_question`);

    const logged = await h.json('POST', `/api/cases/${questioned.caseId}/actions`, {
      cookie: mpCookie, body: { type: 'execution_question', date: '2026-11-20', description: 'Written question on the execution of the judgment.' },
    });
    expect(logged.status).toBe(201);
    expect((await executionGaps()).map((g) => g.caseId)).toEqual([other.caseId]);
    const after = await (await h.app.request(`/cases/${questioned.caseId}`, { headers: { cookie: mpCookie } })).text();
    expect(after).not.toContain('data-gap="judgment_not_executed"');
  });

  it('is not opened by an inadmissible decision or a judgment not yet final', async () => {
    const cookie = await h.signIn(coordinator);
    const c = await h.createCase(cookie, { visibility: 'network', riskStatus: 'released', defenderName: 'No Execution' });
    const bodies = [
      { internationalBody: 'ecthr', decisionDate: '2025-01-10', judgmentFinalDate: '2025-01-10', outcome: 'inadmissible' },
      { internationalBody: 'ecthr', decisionDate: '2025-01-10', outcome: 'violation' },
    ];
    for (const body of bodies) expect((await h.json('POST', `/api/cases/${c.id}/proceedings`, { cookie, body })).status).toBe(201);
    expect((await executionGaps()).filter((g) => g.caseId === c.id)).toEqual([]);
    expect((await h.store.getCase(c.id))?.executionWatch).toBeUndefined();
  });
  it('keeps every judgment watched when ten are recorded at once, and follows a corrected final date', async () => {
    const cookie = await h.signIn(coordinator);
    const c = await h.createCase(cookie, { visibility: 'network', riskStatus: 'released', defenderName: 'Many Judgments' });
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) =>
      h.json('POST', `/api/cases/${c.id}/proceedings`, { cookie, body: judgment(`2026-01-${String(10 + i).padStart(2, '0')}`) })));
    expect(answers.map((r) => r.status)).toEqual(Array(10).fill(201));
    const ids = await Promise.all(answers.map(async (r) => (await bodyOf(r)).id as string));
    expect([...(await h.store.getCase(c.id))!.executionWatch!].sort()).toEqual(ids.map((id, i) => `2026-01-${10 + i}#${id}`).sort());

    const corrected = await h.json('PATCH', `/api/cases/${c.id}/proceedings/${ids[0]}`, { cookie, body: { judgmentFinalDate: '2026-02-02' }, headers: { 'if-match': '"1"' } });
    expect(corrected.status).toBe(200);
    const watch = [...(await h.store.getCase(c.id))!.executionWatch!];
    expect(watch).toHaveLength(10);
    expect(watch).toContain(`2026-02-02#${ids[0]}`);
  });

  it('is in the coordinators\' weekly digest', async () => {
    await caseWithJudgment('Execution In Digest', '2026-02-10');
    const res = await h.json('GET', `/api/digests/2026-W48/preview?member=${coordinator.id}`, { cookie: await h.signIn(coordinator) });
    expect(res.status).toBe(200);
    const digest = JSON.stringify(await bodyOf(res));
    expect(digest).toContain('Execution In Digest');
    expect(digest).toContain('Judgment final for more than 6 months, execution not closed');
  });

  // Last: it moves the clock on for good.
  it('appears once the judgment has been final for six months without closed supervision, and closes with the supervision', async () => {
    // Today is 2026-11-23: final on 2026-06-30, the gap opens on 2026-12-30.
    const { caseId, proceedingId } = await caseWithJudgment('Execution Pending', '2026-06-30');
    expect((await executionGaps()).filter((g) => g.caseId === caseId)).toEqual([]);

    h.clock.advance(37 * DAY); // 2026-12-30
    const [gap] = (await executionGaps()).filter((g) => g.caseId === caseId);
    expect(gap).toMatchObject({ defenderName: 'Execution Pending', since: '2026-12-30', ageDays: 0, riskStatus: 'released' });

    const cookie = await h.signIn(coordinator);
    const closed = await h.json('PATCH', `/api/cases/${caseId}/proceedings/${proceedingId}`, {
      cookie, body: { executionStatus: 'closed' }, headers: { 'if-match': '"1"' },
    });
    expect(closed.status).toBe(200);
    expect((await executionGaps()).filter((g) => g.caseId === caseId)).toEqual([]);
    // The case no longer watches the judgment.
    expect((await h.store.getCase(caseId))?.executionWatch).toBeUndefined();
  });
});
