/**
 * The digest's rules over plain records, without DynamoDB: the coordinators' gaps (the gap view's rules and
 * the execution gap), the open requests (the missions' own rule) and their labels, and what of the records
 * an audience is handed at all.
 */
import { describe, expect, it } from 'vitest';
import type { DefenderCase } from '../domain/case.ts';
import { assembleDigestInputs, gapLookups, postingsOf } from './assemble.ts';
import { noRecords, type DigestCoverageRecord, type DigestRecords, type DigestRequestRecord } from './records.ts';
import { BEFORE, DURING, WINDOW, defenderCase, event, hearing, member } from './testing/fixtures.ts';

const records = (cases: DefenderCase[], extra: Partial<DigestRecords> = {}): DigestRecords => ({ ...noRecords(), cases, ...extra });

const marker = (c: DefenderCase, code: string, lastLoggedAt: string): DigestCoverageRecord =>
  ({ caseId: c.id, code, count: 1, firstLoggedAt: lastLoggedAt, lastLoggedAt });

const request = (c: DefenderCase, status: string, extra: Partial<DigestRequestRecord> = {}): DigestRequestRecord =>
  ({ id: `r-${status}`, caseId: c.id, country: c.country, actionType: 'trial_observation', dueDate: '2026-11-30', status, ...extra });

describe('the coordinators\' gaps', () => {
  const coordinator = member('coordinator');

  it('opens a gap on a detained case with no detention visit since it entered the status, aged to the window\'s end', () => {
    const unvisited = defenderCase({ defenderName: 'Unvisited', statusSince: { detained: '2026-11-01T00:00:00.000Z' } });
    const visited = defenderCase({ defenderName: 'Visited', statusSince: { detained: '2026-11-01T00:00:00.000Z' } });
    // Visited before the detention began: it does not cover this detention.
    const visitedBefore = defenderCase({ defenderName: 'Visited Before', statusSince: { detained: '2026-11-01T00:00:00.000Z' } });
    const threatenedMet = defenderCase({ riskStatuses: ['threatened'] });
    const closed = defenderCase({ state: 'closed' });
    const inputs = assembleDigestInputs(records([unvisited, visited, visitedBefore, threatenedMet, closed], {
      markers: [
        marker(visited, 'mission:detention_visit', '2026-11-10T00:00:00.000Z'),
        marker(visitedBefore, 'mission:detention_visit', '2026-10-20T00:00:00.000Z'),
        marker(threatenedMet, 'mission:meeting_hrds', DURING),
      ],
    }), WINDOW, { kind: 'members', members: [coordinator] });

    expect(inputs.gaps).toEqual([
      { caseId: unvisited.id, rule: 'detained_no_detention_visit', ageDays: 22 },
      { caseId: visitedBefore.id, rule: 'detained_no_detention_visit', ageDays: 22 },
    ]);
  });

  it('opens the execution gap six months after a judgment became final, and an MP\'s question since closes it', () => {
    const watched = defenderCase({ riskStatuses: ['threatened'], executionWatch: new Set(['2026-03-02#p1']) });
    const questioned = defenderCase({ riskStatuses: ['threatened'], executionWatch: new Set(['2026-03-02#p2']) });
    const tooRecent = defenderCase({ riskStatuses: ['threatened'], executionWatch: new Set(['2026-06-01#p3']) });
    const data = records([watched, questioned, tooRecent], {
      markers: [
        marker(watched, 'mission:meeting_hrds', DURING), marker(questioned, 'mission:meeting_hrds', DURING), marker(tooRecent, 'mission:meeting_hrds', DURING),
        marker(questioned, 'mp:execution_question', '2026-04-01T00:00:00.000Z'),
      ],
    });

    expect(assembleDigestInputs(data, WINDOW).gaps).toEqual([{ caseId: watched.id, rule: 'judgment_not_executed', ageDays: 82 }]);
  });

  it('asks the store for the markers of the cases some rule watches, and no others', () => {
    const detained = defenderCase();
    const watched = defenderCase({ riskStatuses: ['threatened'], executionWatch: new Set(['2026-03-02#p1']) });
    const unwatched = defenderCase({ riskStatuses: ['released'] });
    const inactive = defenderCase({ state: 'closed' });

    expect(gapLookups([detained, watched, unwatched, inactive])).toEqual([
      { caseId: detained.id, code: 'mission:detention_visit' }, { caseId: detained.id, code: 'mp:prison_visit' },
      { caseId: watched.id, code: 'mission:meeting_hrds' }, { caseId: watched.id, code: 'mission:receiving_hrds' },
      { caseId: watched.id, code: 'mp:execution_question' },
    ]);
  });

  it('assembles no gap for an audience without a coordinator', () => {
    const data = records([defenderCase()]);
    expect(assembleDigestInputs(data, WINDOW, { kind: 'members', members: [member('mp'), member('diplomat', { country: 'CO' })] }).gaps).toEqual([]);
    expect(assembleDigestInputs(data, WINDOW, { kind: 'members', members: [member('mp'), coordinator] }).gaps).toHaveLength(1);
  });
});

describe('the open requests', () => {
  it('keeps open and acknowledged requests, labelled; drops declined, done and withdrawn ones', () => {
    const c = defenderCase();
    const inputs = assembleDigestInputs(records([c], {
      requests: ['open', 'acknowledged', 'declined', 'done', 'withdrawn'].map((status) => request(c, status)),
    }), WINDOW);

    expect(inputs.openRequests).toEqual([
      { id: 'r-open', caseId: c.id, country: 'CO', actionLabel: 'Trial observation', dueDate: '2026-11-30', status: 'open' },
      { id: 'r-acknowledged', caseId: c.id, country: 'CO', actionLabel: 'Trial observation', dueDate: '2026-11-30', status: 'acknowledged' },
    ]);
  });

  it('gives some members only the requests of their diplomats\' postings', () => {
    const inColombia = defenderCase({ country: 'CO' });
    const inKenya = defenderCase({ country: 'KE' });
    const diplomat = member('diplomat', { country: 'CO' });
    const data = records([inColombia, inKenya], { requests: [request(inColombia, 'open'), request(inKenya, 'open', { id: 'r-ke' })] });

    expect(postingsOf([diplomat, member('mp', { country: 'KE' })])).toEqual(['CO']);
    expect(assembleDigestInputs(data, WINDOW, { kind: 'members', members: [diplomat] }).openRequests.map((r) => r.id)).toEqual(['r-open']);
    expect(assembleDigestInputs(data, WINDOW).openRequests.map((r) => r.id)).toEqual(['r-open', 'r-ke']);
  });
});

describe('what an audience is handed', () => {
  const named = member('mp');
  const other = member('mp');
  const diplomat = member('diplomat', { country: 'GT' });
  const coordinator = member('coordinator');
  const restricted = defenderCase({ country: 'GT', visibility: 'restricted', namedMemberIds: [named.id] });
  const paused = defenderCase({ country: 'GT', pausedAt: DURING });
  const everything = (c: DefenderCase, m: string) => ({
    events: [event(c)], hearings: [hearing(c)], requests: [request(c, 'open', { id: `r-${c.id}` })],
    participations: new Map([[m, [c.id]]]),
    notes: [{ kind: 'actionVerified', itemId: `i-${c.id}`, memberId: m, caseId: c.id, actionKey: 'vocabulary.euAction.prison_visit', date: '2026-11-18', at: DURING }],
    markers: [] as DigestCoverageRecord[],
  });
  const data = (c: DefenderCase, m: string): DigestRecords => records([c], everything(c, m));
  const holdsNothingOf = (inputs: ReturnType<typeof assembleDigestInputs>, c: DefenderCase) => {
    expect(inputs.cases.has(c.id)).toBe(false);
    expect(JSON.stringify([inputs.events, inputs.hearings, inputs.openRequests, inputs.gaps, inputs.notes, [...inputs.participations]])).not.toContain(c.id);
  };

  it('never assembles a restricted case into the inputs of members not named on it, whatever the records hold', () => {
    holdsNothingOf(assembleDigestInputs(data(restricted, other.id), WINDOW, { kind: 'members', members: [other, diplomat] }), restricted);
  });

  it('assembles it, with all its records, for the member named on it and for a coordinator', () => {
    const forNamed = assembleDigestInputs(data(restricted, named.id), WINDOW, { kind: 'members', members: [named] });
    expect([forNamed.cases.has(restricted.id), forNamed.events.length, forNamed.hearings.length, forNamed.notes.length]).toEqual([true, 1, 1, 1]);
    expect(forNamed.participations.get(named.id)).toEqual([restricted.id]);
    const forCoordinator = assembleDigestInputs(data(restricted, named.id), WINDOW, { kind: 'members', members: [coordinator] });
    expect(forCoordinator.cases.has(restricted.id)).toBe(true);
    expect(forCoordinator.gaps.map((g) => g.caseId)).toEqual([restricted.id]);
  });

  it('assembles a paused case into no member\'s inputs, not even a coordinator\'s or the named member\'s', () => {
    holdsNothingOf(assembleDigestInputs(data({ ...paused, visibility: 'restricted', namedMemberIds: [named.id] }, named.id), WINDOW, { kind: 'members', members: [named, coordinator] }), paused);
  });

  it('hands some members only their own participations and notes', () => {
    const c = defenderCase({ createdAt: BEFORE });
    const inputs = assembleDigestInputs(data(c, other.id), WINDOW, { kind: 'members', members: [named] });
    expect(inputs.cases.has(c.id)).toBe(true);
    expect([[...inputs.participations], inputs.notes]).toEqual([[], []]);
  });
});
