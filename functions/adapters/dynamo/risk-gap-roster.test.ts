/** Which stream records make the raised-risk roster look at a case again (risk-gap-roster.ts). */
import { marshall } from '@aws-sdk/util-dynamodb';
import { describe, expect, it } from 'vitest';
import { raisedRisksOf, raisedRiskSubjectOf } from './risk-gap-roster.ts';

const record = (keys: Record<string, string>, before?: Record<string, unknown>, after?: Record<string, unknown>) => ({
  eventID: 'x', dynamodb: { Keys: marshall(keys), ...(before ? { OldImage: marshall(before) } : {}), ...(after ? { NewImage: marshall(after) } : {}) },
});
const caseItem = { pk: 'CASE#c1', sk: 'CASE', itemType: 'case', defenderName: 'A', country: 'CO', riskStatuses: ['threatened'], state: 'active', adopterCount: 0, updatedAt: '1' };

describe('raisedRiskSubjectOf', () => {
  it('names the case of a risk analysis, of its any-action marker, and of a case item whose entry fields changed', () => {
    expect(raisedRiskSubjectOf(record({ pk: 'RISK#c1', sk: 'RISK' }, undefined, { itemType: 'riskAssessment' }))).toBe('c1');
    expect(raisedRiskSubjectOf(record({ pk: 'CASE#c1', sk: 'COVERED#any:action' }, undefined, { itemType: 'coverage' }))).toBe('c1');
    expect(raisedRiskSubjectOf(record({ pk: 'CASE#c1', sk: 'CASE' }, undefined, caseItem))).toBe('c1');
    for (const change of [{ defenderName: 'B' }, { country: 'KE' }, { riskStatuses: ['detained'] }, { state: 'closed' }]) {
      expect(raisedRiskSubjectOf(record({ pk: 'CASE#c1', sk: 'CASE' }, caseItem, { ...caseItem, ...change })), JSON.stringify(change)).toBe('c1');
    }
  });

  it('ignores a case touched without a change the entry carries, and every other item', () => {
    expect(raisedRiskSubjectOf(record({ pk: 'CASE#c1', sk: 'CASE' }, caseItem, { ...caseItem, adopterCount: 2, updatedAt: '2' }))).toBeUndefined();
    expect(raisedRiskSubjectOf(record({ pk: 'CASE#c1', sk: 'COVERED#mp:prison_visit' }, undefined, { itemType: 'coverage' }))).toBeUndefined();
    expect(raisedRiskSubjectOf(record({ pk: 'CASE#c1', sk: 'EVENT#2026#e1' }, undefined, { itemType: 'event' }))).toBeUndefined();
    expect(raisedRiskSubjectOf(record({ pk: 'RISK_RAISED', sk: 'ROSTER' }, undefined, { cases: {} }))).toBeUndefined();
    expect(raisedRiskSubjectOf(record({ pk: 'MEMBER#m1', sk: 'MEMBER' }, undefined, { itemType: 'member' }))).toBeUndefined();
  });
});

describe('raisedRisksOf', () => {
  it('reads the roster\'s entries, and none when there is no roster yet', () => {
    const entry = { case: { id: 'c1', defenderName: 'A', country: 'CO', riskStatuses: ['threatened'], state: 'active' }, level: 'high', raisedAt: '2026-11-01T00:00:00.000Z' };
    expect(raisedRisksOf({ pk: 'RISK_RAISED', sk: 'ROSTER', cases: { c1: entry } })).toEqual([entry]);
    expect(raisedRisksOf(undefined)).toEqual([]);
  });
});
