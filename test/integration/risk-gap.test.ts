/**
 * The risk gap (issue 15) against DynamoDB Local: a risk analysis raised to high or critical with no
 * action logged in the 14 days since shows in the coordinators' gap view (API and page) with an urgent
 * alert to compose, and nowhere else: not for MPs (their gap view is refused, their case page and API
 * carry neither the gap nor the level) and in no digest, the coordinators' included. It closes when an
 * MP logs an action or the level drops below high. The gap view reads the raised risks from the roster
 * the table's stream keeps (issue 14), so the stream runs beside the app and is drained before each read.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Member } from '#shared/domain/member.ts';
import { makeHarness, bodyOf, type Harness } from '../support/harness.ts';
import { plantParticipation, runWeek } from '../support/digest.ts';
import { coverageBeside, type CoverageBeside } from '../support/coverage.ts';

const DAY = 86_400_000;
const LABEL = 'Risk high or critical, and no action logged in 14 days';

let h: Harness;
let stream: CoverageBeside;
let coordinator: Member;
let mp: Member;
const cookies = {} as Record<'coordinator' | 'mp', string>;

beforeEach(async () => {
  h = await makeHarness({ stream: true });
  stream = coverageBeside(h);
  coordinator = await h.addMember('coordinator');
  mp = await h.addMember('mp');
  cookies.coordinator = await h.signIn(coordinator);
  cookies.mp = await h.signIn(mp);
}, 60_000);
afterEach(async () => stream.poller.stop());

type GapRow = { caseId: string; rule: string; riskLevel?: string; suggestedAlert?: string; since: string };
const riskGaps = async (): Promise<GapRow[]> => {
  await stream.poller.drain();
  return ((await bodyOf(await h.json('GET', '/api/gaps', { cookie: cookies.coordinator }))).items as GapRow[]).filter((g) => g.rule === 'risk_high_no_action');
};

/** A network case whose analysis is saved at `level`, `daysAgo` days before now. */
async function raisedCase(name: string, level: string, daysAgo: number) {
  h.clock.advance(-daysAgo * DAY);
  const c = await h.createCase(cookies.coordinator, { visibility: 'network', defenderName: name, riskStatus: 'released' });
  const saved = await h.json('PUT', `/api/cases/${c.id}/risk-assessment`, { cookie: cookies.coordinator, body: { level }, headers: { 'if-match': '"0"' } });
  h.clock.advance(daysAgo * DAY);
  expect(saved.status).toBe(200);
  return c;
}

describe('the risk gap', () => {
  it('opens 14 days after the rise with no action, for coordinators, with the urgent alert to compose', async () => {
    const old = await raisedCase('Raised Long Ago', 'critical', 15);
    await raisedCase('Raised Last Week', 'high', 7);
    await raisedCase('Kept Medium', 'medium', 30);

    const gaps = await riskGaps();
    expect(gaps.map((g) => [g.caseId, g.riskLevel, g.suggestedAlert])).toEqual([[old.id, 'critical', `/cases/${old.id}/alerts/new`]]);
    const page = await (await h.json('GET', '/gaps?lang=fr', { cookie: cookies.coordinator })).text();
    expect(page).toContain('Risque élevé ou critique, et aucune action consignée en 14\u00a0jours');
    expect(page).toContain(`href="/cases/${old.id}/alerts/new"`);
    expect(page).toContain('Niveau de risque\u00a0: Critique');
    // The compose page it leads to answers, drafted from the case.
    expect((await h.json('GET', `/cases/${old.id}/alerts/new`, { cookie: cookies.coordinator })).status).toBe(200);
  });

  it('closes when an MP logs an action on the case, or when the level drops below high', async () => {
    const acted = await raisedCase('Acted Upon', 'high', 20);
    const lowered = await raisedCase('Lowered', 'critical', 20);
    expect((await riskGaps()).map((g) => g.caseId).sort()).toEqual([acted.id, lowered.id].sort());

    expect((await h.json('POST', `/api/cases/${acted.id}/pledges`, { cookie: cookies.mp, body: { actions: ['letter_authorities'] } })).status).toBe(201);
    const logged = await h.json('POST', `/api/cases/${acted.id}/actions`, {
      cookie: cookies.mp, body: { type: 'letter_authorities', date: '2026-11-22', description: 'Letter to the prosecutor general.' },
    });
    expect(logged.status).toBe(201);
    const lower = await h.json('PUT', `/api/cases/${lowered.id}/risk-assessment`, { cookie: cookies.coordinator, body: { level: 'medium' }, headers: { 'if-match': '"1"' } });
    expect(lower.status).toBe(200);

    expect(await riskGaps()).toEqual([]);
  });

  it('never reaches an MP or a digest: not the gap, not the level', async () => {
    const c = await raisedCase('Quietly Watched', 'critical', 22);
    expect((await riskGaps()).map((g) => g.caseId)).toEqual([c.id]);
    await plantParticipation(h, c.id, mp.id);

    expect((await h.json('GET', '/api/gaps', { cookie: cookies.mp })).status).toBe(403);
    for (const path of [`/api/cases/${c.id}`, `/cases/${c.id}`, `/api/cases/${c.id}/suggestions`, `/cases/${c.id}/alerts/new`]) {
      const text = await (await h.json('GET', path, { cookie: cookies.mp })).text();
      expect(text, path).not.toContain('risk_high_no_action');
      expect(text, path).not.toContain(LABEL);
      expect(text, path).not.toMatch(/\bcritical\b/i);
    }

    // The week's digests (W48 ends on 23 November: the gap has been open since the 15th).
    await runWeek(h);
    const digests = (await h.outbox.list()).filter((m) => m.headers['list-unsubscribe'] !== undefined);
    expect(digests.map((d) => d.to)).toContain(coordinator.email);
    for (const d of digests) {
      const content = `${d.subject}\n${d.text}\n${d.html}\n${d.raw}`;
      expect(content, d.to).not.toContain(LABEL);
      expect(content, d.to).not.toContain('risk_high_no_action');
      expect(content, d.to).not.toMatch(/\bcritical\b/i);
    }
    // The control: the MP's digest does name the case (the participation counts), the level does not come with it.
    expect(digests.some((d) => `${d.text}`.includes('Quietly Watched'.split(' ')[0]!))).toBe(true);
  });
});
