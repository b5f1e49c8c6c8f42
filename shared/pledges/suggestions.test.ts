import { describe, expect, it } from 'vitest';
import { RISK_STATUSES, type RiskStatus } from '../domain/case.ts';
import { PARLIAMENTARY_ACTIONS, PUBLICITY_ACTIONS } from '../domain/parliamentary-actions.ts';
import { SUGGESTIONS_BY_STATUS, suggestionsFor, type Suggestion } from './suggestions.ts';

const codes = (s: Suggestion[]) => s.map((x) => (x.kind === 'action' ? x.action : `case:${x.state}`));
const publicCase = (...riskStatuses: RiskStatus[]) => ({ riskStatuses, visibility: 'public' as const, state: 'active' as const });

describe('suggestions by status (the rules are data)', () => {
  // The examples, as a table: status → what must be suggested for a public, active case.
  const table: Array<[RiskStatus, string[]]> = [
    ['detained', ['prison_visit', 'trial_observation', 'letter_authorities']],
    ['on_trial', ['trial_observation']],
    ['released', ['letter_defender', 'case:dormant']],
    ['killed', ['public_statement', 'letter_authorities']],
  ];
  for (const [status, expected] of table) {
    it(`${status} suggests ${expected.join(', ')}`, () => {
      expect(codes(suggestionsFor(publicCase(status)))).toEqual(expect.arrayContaining(expected));
    });
  }

  it('detained puts the prison visit first and trial observation second', () => {
    expect(codes(suggestionsFor(publicCase('detained'))).slice(0, 2)).toEqual(['prison_visit', 'trial_observation']);
  });

  it('every risk status has at least one rule, each a known action with a reason', () => {
    for (const status of RISK_STATUSES) {
      const rules = SUGGESTIONS_BY_STATUS[status];
      expect(rules.length, status).toBeGreaterThan(0);
      for (const rule of rules) {
        expect(rule.why.length).toBeGreaterThan(10);
        if (rule.kind === 'action') expect(PARLIAMENTARY_ACTIONS).toContain(rule.action);
      }
    }
  });

  it('suggests no publicity for a case not consented as public, or paused', () => {
    const network = suggestionsFor({ riskStatuses: ['killed'], visibility: 'network', state: 'active' });
    expect(codes(network)).toEqual(['letter_authorities']);
    const paused = suggestionsFor({ riskStatuses: ['threatened'], visibility: 'public', state: 'active', pausedAt: '2026-11-01T00:00:00Z' });
    expect(codes(paused).some((c) => PUBLICITY_ACTIONS.has(c as never))).toBe(false);
    expect(codes(paused)).toEqual(['letter_authorities', 'meeting_ambassador']);
  });

  it('suggests nothing for a closed case, and no move to dormant for a dormant one', () => {
    expect(suggestionsFor({ riskStatuses: ['detained'], visibility: 'public', state: 'closed' })).toEqual([]);
    expect(codes(suggestionsFor({ riskStatuses: ['released'], visibility: 'public', state: 'dormant' }))).toEqual(['letter_defender']);
  });

  it('a case holding several statuses gets each status\'s suggestions once, each with the status that calls for it', () => {
    const both = suggestionsFor(publicCase('detained', 'charged'));
    expect(codes(both)).toEqual(expect.arrayContaining(['prison_visit', 'trial_observation', 'letter_authorities']));
    expect(new Set(codes(both)).size).toBe(codes(both).length);
    expect(both.find((s) => s.kind === 'action' && s.action === 'prison_visit')?.status).toBe('detained');
  });
});
