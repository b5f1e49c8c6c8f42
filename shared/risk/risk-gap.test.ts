import { describe, expect, it } from 'vitest';
import { findRiskGaps, raisedSince, type RaisedRisk } from './risk-gap.ts';

const at = (day: string) => `2026-${day}T09:00:00.000Z`;
const raised = (overrides: Partial<RaisedRisk> = {}): RaisedRisk => ({
  case: { id: 'c1', defenderName: 'A. Defender', country: 'CO', riskStatuses: ['threatened'], state: 'active' },
  level: 'high', raisedAt: at('11-01'), ...overrides,
});
const now = new Date(at('11-20'));

describe('when the risk rose', () => {
  it('is the first change of the latest run of high or critical levels', () => {
    expect(raisedSince([{ level: 'medium', at: at('01-01') }, { level: 'high', at: at('02-01') }, { level: 'critical', at: at('03-01') }])).toBe(at('02-01'));
  });
  it('starts again after a drop below high, and is nothing while below', () => {
    const history = [{ level: 'high', at: at('01-01') }, { level: 'medium', at: at('02-01') }] as const;
    expect(raisedSince(history)).toBeUndefined();
    expect(raisedSince([...history, { level: 'critical', at: at('03-01') }])).toBe(at('03-01'));
  });
});

describe('the risk gap', () => {
  it('opens 14 days after the rise when no action was logged since, suggesting an urgent alert', () => {
    const [gap] = findRiskGaps([raised()], now);
    expect(gap).toMatchObject({ caseId: 'c1', rule: 'risk_high_no_action', since: at('11-15'), ageDays: 5, riskLevel: 'high', suggestedAlert: '/cases/c1/alerts/new' });
  });
  it('is not open yet 13 days after the rise', () => {
    expect(findRiskGaps([raised({ raisedAt: at('11-08') })], now)).toEqual([]);
  });
  it('closes when any action was logged on or after the rise, not before it', () => {
    expect(findRiskGaps([raised({ lastActionAt: at('11-01') })], now)).toEqual([]);
    expect(findRiskGaps([raised({ lastActionAt: '2026-10-31T09:00:00.000Z' })], now)).toHaveLength(1);
  });
  it('ignores cases that are not active and levels below high', () => {
    expect(findRiskGaps([raised({ case: { ...raised().case, state: 'dormant' } }), raised({ level: 'medium' })], now)).toEqual([]);
  });
});
