import { describe, expect, it } from 'vitest';
import { applyChange, emptyAlertFacts, emptyCaseFacts, type SubjectFacts } from './facts.ts';
import { aggregateId, contributions, difference } from './contributions.ts';

const caseItem = (over: Record<string, unknown> = {}) => ({ itemType: 'case', id: 'c1', country: 'CO', state: 'active', adopterCount: 0, ...over });
const apply = (facts: SubjectFacts, itemType: string, before?: Record<string, unknown>, after?: Record<string, unknown>) =>
  applyChange(facts, { itemType, ...(before ? { before } : {}), ...(after ? { after } : {}) });
const row = (facts: SubjectFacts, scope: 'countries' | 'months', key: string) => contributions(facts).get(aggregateId(scope, key)) ?? {};

describe('case contributions', () => {
  it('an active case without adopter counts as unadopted in its country and in the network', () => {
    const facts = apply(emptyCaseFacts(), 'case', undefined, caseItem());
    expect(row(facts, 'countries', 'CO')).toEqual({ cases: 1, active: 1, unadopted: 1 });
    expect(row(facts, 'countries', 'ALL')).toEqual({ cases: 1, active: 1, unadopted: 1 });
  });

  it('a twin counts only while the case is active; closing moves active, adopted and twinned out', () => {
    let facts = apply(emptyCaseFacts(), 'case', undefined, caseItem({ adopterCount: 1 }));
    facts = apply(facts, 'twin', undefined, { itemType: 'twin', caseId: 'c1', memberId: 'm1' });
    expect(row(facts, 'countries', 'CO')).toEqual({ cases: 1, active: 1, adopted: 1, twinned: 1 });
    const closed = apply(facts, 'case', caseItem({ adopterCount: 1 }), caseItem({ adopterCount: 1, state: 'closed' }));
    expect(difference(contributions(facts), contributions(closed)).get(aggregateId('countries', 'CO'))).toEqual({ active: -1, adopted: -1, twinned: -1 });
  });

  it('a pledged action is fulfilled once its MP logs one of that type; another MP\'s action does not fulfil it', () => {
    let facts = apply(emptyCaseFacts(), 'case', undefined, caseItem({ adopterCount: 1 }));
    facts = apply(facts, 'pledge', undefined, { itemType: 'pledge', memberId: 'm1', actions: ['prison_visit', 'letter_authorities'] });
    facts = apply(facts, 'action', undefined, { itemType: 'action', id: 'a1', memberId: 'm2', type: 'prison_visit', date: '2026-03-04' });
    expect(row(facts, 'countries', 'CO')).toMatchObject({ pledgedActions: 2 });
    expect(row(facts, 'countries', 'CO').fulfilledActions).toBeUndefined();
    facts = apply(facts, 'action', undefined, { itemType: 'action', id: 'a2', memberId: 'm1', type: 'prison_visit', date: '2026-03-05' });
    expect(row(facts, 'countries', 'CO')).toMatchObject({ pledgedActions: 2, fulfilledActions: 1 });
    expect(row(facts, 'months', '2026-03#CO')).toEqual({ mpActions: 2 });
    // Withdrawing the pledge takes both counts away; the logged actions stay in their month.
    const withdrawn = apply(facts, 'pledge', { itemType: 'pledge', memberId: 'm1', actions: [] }, undefined);
    expect(row(withdrawn, 'countries', 'CO')).not.toHaveProperty('pledgedActions');
    expect(row(withdrawn, 'months', '2026-03#ALL')).toEqual({ mpActions: 2 });
  });

  it('a request counts open by its country of posting and due date, then its days to the first answer in its month', () => {
    const request = { itemType: 'request', id: 'r1', country: 'GT', status: 'open', dueDate: '2026-04-10', createdAt: '2026-04-01T10:00:00Z' };
    let facts = apply(emptyCaseFacts(), 'request', undefined, request);
    expect(row(facts, 'countries', 'GT')).toEqual({ openRequests: 1 });
    expect(row(facts, 'countries', 'GT#DUE#2026-04-10')).toEqual({ open: 1 });
    expect(row(facts, 'months', '2026-04#GT')).toEqual({ requests: 1 });
    facts = apply(facts, 'request', request, { ...request, status: 'done', respondedAt: '2026-04-05T09:00:00Z', firstAnsweredAt: '2026-04-04T11:00:00Z' });
    expect(row(facts, 'countries', 'GT')).toEqual({});
    expect(row(facts, 'months', '2026-04#GT')).toEqual({ requests: 1, answered: 1, answerDays3: 1 });
  });

  it('answers later than 90 days share the last counter', () => {
    const facts = apply(emptyCaseFacts(), 'request', undefined, {
      itemType: 'request', id: 'r1', country: 'GT', status: 'declined', dueDate: '2026-01-10', createdAt: '2026-01-01T00:00:00Z', respondedAt: '2026-09-01T00:00:00Z',
    });
    expect(row(facts, 'months', '2026-01#ALL')).toEqual({ requests: 1, answered: 1, answerDays90: 1 });
  });
});

describe('alert contributions', () => {
  it('count the alert in its month and the hours to its earliest answer', () => {
    let facts = apply(emptyAlertFacts(), 'alert', undefined, { itemType: 'alert', country: 'HN', createdAt: '2026-05-01T08:00:00Z' });
    expect(row(facts, 'months', '2026-05#HN')).toEqual({ alerts: 1 });
    facts = apply(facts, 'alert_recipient', undefined, { itemType: 'alert_recipient', memberId: 'm1', answeredAt: '2026-05-01T13:30:00Z' });
    facts = apply(facts, 'alert_recipient', undefined, { itemType: 'alert_recipient', memberId: 'm2', answeredAt: '2026-05-01T10:10:00Z' });
    expect(row(facts, 'months', '2026-05#ALL')).toEqual({ alerts: 1, alertsAnswered: 1, alertHours2: 1 });
  });

  it('keep no name or address of a recipient in the facts', () => {
    const facts = apply(emptyAlertFacts(), 'alert_recipient', undefined, {
      itemType: 'alert_recipient', memberId: 'm1', name: 'Ana Planted', email: 'ana@example.org', answeredAt: '2026-05-01T13:30:00Z',
    });
    expect(JSON.stringify(facts)).not.toMatch(/Planted|example\.org/);
  });
});

describe('difference', () => {
  it('keeps only the counters that moved', () => {
    const before = new Map([['countries|CO', { cases: 1, active: 1 }]]);
    const after = new Map([['countries|CO', { cases: 1 }], ['countries|GT', { cases: 1 }]]);
    expect([...difference(before, after)]).toEqual([['countries|CO', { active: -1 }], ['countries|GT', { cases: 1 }]]);
  });
});
