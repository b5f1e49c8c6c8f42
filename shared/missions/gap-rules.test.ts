import { describe, expect, it } from 'vitest';
import { EU_ACTION_CODES } from '../domain/eu-guidelines.ts';
import { coverageLookups, findGaps, GAP_RULES, GAP_STATUSES, MAX_CODES_PER_CASE, type CoverageMarker } from './gap-rules.ts';

const NOW = new Date('2026-11-23T09:00:00.000Z');
type Status = 'detained' | 'charged' | 'on_trial' | 'threatened' | 'disappeared' | 'released';
const aCase = (id: string, riskStatus: Status | Status[], extra = {}) => ({
  id, defenderName: `Defender ${id}`, country: 'CO', riskStatuses: Array.isArray(riskStatus) ? riskStatus : [riskStatus], visibility: 'network' as const, state: 'active' as const,
  createdAt: '2026-10-01T00:00:00.000Z', riskStatusSince: '2026-11-03T09:00:00.000Z', ...extra,
});
const marker = (caseId: string, code: string, lastLoggedAt: string): CoverageMarker => ({
  caseId, code, count: 1, firstLoggedAt: lastLoggedAt, lastLoggedAt,
});

describe('gap rules (data)', () => {
  it('covers the three situations the issue names, each closed only by EU Guidelines or MP actions that exist', () => {
    const byStatus = Object.fromEntries(GAP_RULES.flatMap((r) => r.statuses.map((s) => [s, r.coveredBy])));
    expect(byStatus.detained).toContain('mission:detention_visit');
    expect(byStatus.on_trial).toContain('mission:trial_observation');
    expect(byStatus.threatened).toContain('mission:meeting_hrds');
    for (const code of GAP_RULES.flatMap((r) => r.coveredBy).filter((c) => c.startsWith('mission:'))) {
      expect(EU_ACTION_CODES).toContain(code.slice('mission:'.length));
    }
    expect(new Set(GAP_RULES.map((r) => r.code)).size).toBe(GAP_RULES.length);
  });

  it('needs at most MAX_CODES_PER_CASE lookups per case', () => {
    for (const status of GAP_STATUSES) {
      expect(coverageLookups([aCase('x', status as 'detained')]).length).toBeLessThanOrEqual(MAX_CODES_PER_CASE);
    }
    expect(coverageLookups([aCase('x', 'released')])).toEqual([]);
  });
});

describe('findGaps', () => {
  it('finds a gap per uncovered rule, with its age in days, oldest first', () => {
    const gaps = findGaps([
      aCase('a', 'detained'),
      aCase('b', 'on_trial', { riskStatusSince: '2026-11-20T09:00:00.000Z' }),
      aCase('c', 'released'),
    ], [], NOW);
    expect(gaps.map((g) => [g.caseId, g.rule, g.ageDays])).toEqual([
      ['a', 'detained_no_detention_visit', 20],
      ['b', 'on_trial_no_trial_observation', 3],
    ]);
  });

  it('a matching action logged since the status began closes the gap; one logged before does not', () => {
    const cases = [aCase('a', 'detained'), aCase('b', 'detained')];
    const gaps = findGaps(cases, [
      marker('a', 'mission:detention_visit', '2026-11-10T00:00:00.000Z'),
      marker('b', 'mission:detention_visit', '2026-10-10T00:00:00.000Z'),
    ], NOW);
    expect(gaps.map((g) => g.caseId)).toEqual(['b']);
  });

  it('an MP prison visit covers a detention too; an unrelated action does not', () => {
    const cases = [aCase('a', 'detained'), aCase('b', 'detained')];
    const gaps = findGaps(cases, [
      marker('a', 'mp:prison_visit', '2026-11-20T00:00:00.000Z'),
      marker('b', 'mission:public_statement', '2026-11-20T00:00:00.000Z'),
    ], NOW);
    expect(gaps.map((g) => g.caseId)).toEqual(['b']);
  });

  it('ignores dormant and closed cases, and falls back to createdAt for older records', () => {
    expect(findGaps([aCase('a', 'detained', { state: 'dormant' })], [], NOW)).toEqual([]);
    const [gap] = findGaps([aCase('a', 'threatened', { riskStatusSince: undefined })], [], NOW);
    expect(gap).toMatchObject({ since: '2026-10-01T00:00:00.000Z', ageDays: 53 });
  });

  it('a detained defender who is also charged still shows "detained, and no detention visit"', () => {
    const gaps = findGaps([aCase('a', ['detained', 'charged']), aCase('b', ['charged'])], [], NOW);
    expect(gaps.map((g) => [g.caseId, g.rule, g.riskStatus])).toEqual([['a', 'detained_no_detention_visit', 'detained']]);
  });

  it('counts each gap from when the case entered its own status: a charge after the detention does not reset it', () => {
    const detainedThenCharged = aCase('a', ['detained', 'charged', 'on_trial'], {
      riskStatusSince: '2026-11-20T09:00:00.000Z',
      statusSince: { detained: '2026-11-03T09:00:00.000Z', charged: '2026-11-20T09:00:00.000Z', on_trial: '2026-11-20T09:00:00.000Z' },
    });
    // A detention visit between the detention and the charge covers the detention.
    const gaps = findGaps([detainedThenCharged], [marker('a', 'mission:detention_visit', '2026-11-10T00:00:00.000Z')], NOW);
    expect(gaps.map((g) => [g.rule, g.since, g.ageDays])).toEqual([['on_trial_no_trial_observation', '2026-11-20T09:00:00.000Z', 3]]);
    expect(coverageLookups([detainedThenCharged]).map((l) => l.code).sort()).toEqual(
      ['mission:detention_visit', 'mission:trial_observation', 'mp:prison_visit', 'mp:trial_observation'],
    );
  });
});
