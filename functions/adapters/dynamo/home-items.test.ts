/**
 * What a case projects onto members' homes, and which stream records make the
 * projector look again: pure functions, no table.
 */
import { marshall } from '@aws-sdk/util-dynamodb';
import { describe, expect, it } from 'vitest';
import type { DefenderCase } from '#shared/domain/case.ts';
import type { TimelineEvent } from '#shared/domain/timeline.ts';
import type { ActionRequest } from '#shared/missions/action-request.ts';
import { desiredHomeItems, homeItemChanges, type CaseProjectionInput } from './home-items.ts';
import { homeSubjectOf } from './home-projector.ts';
import { tableStreamConsumer } from './table-stream.ts';

const now = new Date('2026-11-23T09:00:00Z');
const aCase = (extra: Partial<DefenderCase> = {}) => ({
  id: 'c1', country: 'CO', themes: ['land'], state: 'active', adopterCount: 0, visibility: 'network', namedMemberIds: [], ...extra,
}) as DefenderCase;
const hearing = (extra: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id: 'e1', caseId: 'c1', type: 'hearing', date: '2026-11-20', title: 'Trial', court: 'Juzgado 4', hearingAt: '2026-12-02T14:00', createdAt: '2026-11-20T00:00:00Z', createdBy: 'x', ...extra,
});
const request = (extra: Partial<ActionRequest> = {}) => ({
  id: 'r1', caseId: 'c1', actionType: 'trial_observation', country: 'CO', dueDate: '2026-12-10', status: 'open', createdAt: '', createdBy: 'x', updatedAt: '', version: 1, ...extra,
}) as ActionRequest;
const input = (extra: Partial<CaseProjectionInput> = {}): CaseProjectionInput => ({
  case: aCase(), events: [hearing()], observers: [{ caseId: 'c1', eventId: 'e1', memberId: 'mp1', memberName: 'MP', role: 'mp', hearingAt: '2026-12-02T14:00', createdAt: '' }],
  requests: [request()], postedIn: new Map([['CO', ['dip1']]]), followers: ['mp2'], now, ...extra,
});
const who = (items: Record<string, unknown>[], type: string) => items.filter((i) => i.itemType === type).map((i) => i.memberId).sort();

describe('desiredHomeItems', () => {
  it('suggests an active case without an adopter to its followers and posted diplomats, a hearing to its observers and the posting, an open request to the posting', () => {
    const items = desiredHomeItems(input());
    expect(who(items, 'home_suggestion')).toEqual(['dip1', 'mp2']);
    expect(who(items, 'home_hearing')).toEqual(['dip1', 'mp1']);
    expect(who(items, 'home_request')).toEqual(['dip1']);
    expect(items.every((i) => i.pk === 'HOME#CASE#c1' && String(i.gsi1pk) === `MEMBER#${String(i.memberId)}`)).toBe(true);
  });

  it('projects nothing of a closed case, no suggestion of an adopted one, no closed request, no hearing two days past', () => {
    expect(desiredHomeItems(input({ case: aCase({ state: 'closed' }) }))).toEqual([]);
    expect(desiredHomeItems(input({ case: undefined }))).toEqual([]);
    expect(who(desiredHomeItems(input({ case: aCase({ adopterCount: 1 }) })), 'home_suggestion')).toEqual([]);
    expect(who(desiredHomeItems(input({ requests: [request({ status: 'done' })] })), 'home_request')).toEqual([]);
    expect(who(desiredHomeItems(input({ events: [hearing({ hearingAt: '2026-11-21T08:00' })] })), 'home_hearing')).toEqual([]);
  });

  it('projects a restricted case only to the members it names', () => {
    const items = desiredHomeItems(input({ case: aCase({ visibility: 'restricted', namedMemberIds: ['mp1'] }) }));
    expect([...new Set(items.map((i) => i.memberId))]).toEqual(['mp1']);
  });
});

describe('homeItemChanges', () => {
  it('puts what is new or changed, deletes what is no longer wanted, leaves the rest', () => {
    const [a, b] = desiredHomeItems(input());
    const moved = { ...b!, at: 'changed' };
    const gone = { pk: 'HOME#CASE#c1', sk: 'MEMBER#old#SUGGEST' };
    // Attributes read back from DynamoDB come in another order: still the same item.
    const reordered = Object.fromEntries(Object.entries(a!).reverse());
    const { puts, deletes } = homeItemChanges([reordered, moved, gone], [a!, b!]);
    expect(puts).toEqual([b]);
    expect(deletes).toEqual([gone]);
  });
});

describe('homeSubjectOf', () => {
  const record = (keys: Record<string, string>, before?: Record<string, unknown>, after?: Record<string, unknown>) => ({
    eventID: 'x', dynamodb: {
      Keys: marshall(keys), ...(before ? { OldImage: marshall(before) } : {}), ...(after ? { NewImage: marshall(after) } : {}),
    },
  });
  const caseItem = { pk: 'CASE#c1', sk: 'CASE', itemType: 'case', state: 'active', adopterCount: 0, visibility: 'network', country: 'CO', themes: ['land'], updatedAt: '1' };

  it('a case whose projected fields changed, a hearing, an observer or a request names the case; a touch or an ordinary event does not', () => {
    expect(homeSubjectOf(record({ pk: 'CASE#c1', sk: 'CASE' }, caseItem, { ...caseItem, adopterCount: 1 }))).toEqual({ kind: 'case', id: 'c1' });
    expect(homeSubjectOf(record({ pk: 'CASE#c1', sk: 'CASE' }, caseItem, { ...caseItem, updatedAt: '2' }))).toBeUndefined();
    expect(homeSubjectOf(record({ pk: 'CASE#c1', sk: 'EVENT#x' }, undefined, { itemType: 'event', type: 'hearing' }))).toEqual({ kind: 'case', id: 'c1' });
    expect(homeSubjectOf(record({ pk: 'CASE#c1', sk: 'EVENT#x' }, undefined, { itemType: 'event', type: 'threat' }))).toBeUndefined();
    expect(homeSubjectOf(record({ pk: 'CASE#c1', sk: 'OBSERVER#e#m' }, { itemType: 'observer' }))).toEqual({ kind: 'case', id: 'c1' });
    expect(homeSubjectOf(record({ pk: 'CASE#c1', sk: 'PLEDGE#m' }, undefined, { itemType: 'pledge' }))).toBeUndefined();
  });

  it('a member whose follows, role, posting or activity changed names the member; a new language does not', () => {
    const member = { pk: 'MEMBER#m1', sk: 'MEMBER', itemType: 'member', role: 'mp', preferences: { countries: ['CO'], themes: [] } };
    expect(homeSubjectOf(record({ pk: 'MEMBER#m1', sk: 'MEMBER' }, member, { ...member, preferences: { countries: ['KE'], themes: [] } }))).toEqual({ kind: 'member', id: 'm1' });
    expect(homeSubjectOf(record({ pk: 'MEMBER#m1', sk: 'MEMBER' }, member, { ...member, active: false }))).toEqual({ kind: 'member', id: 'm1' });
    expect(homeSubjectOf(record({ pk: 'MEMBER#m1', sk: 'MEMBER' }, member, { ...member, uiLanguage: 'fr' }))).toBeUndefined();
    expect(homeSubjectOf(record({ pk: 'HOME#CASE#c1', sk: 'MEMBER#m1#SUGGEST' }, undefined, { itemType: 'home_suggestion' }))).toBeUndefined();
  });
});

describe('tableStreamConsumer', () => {
  it('a record the home projector fails on is the first to read again, after the coverage aggregator applied it', async () => {
    const seen: string[] = [];
    const consumer = tableStreamConsumer(
      { apply: async (r) => (seen.push(`coverage ${r.eventID}`), 'applied') },
      { apply: async (r) => { if (r.eventID === '2') throw new Error('throttled'); return 'ignored'; } },
      { apply: async (r) => (seen.push(`reach ${r.eventID}`), 'ignored') },
    );
    const outcome = await consumer.applyInOrder([{ eventID: '1' }, { eventID: '2' }, { eventID: '3' }]);
    expect(outcome).toMatchObject({ applied: 1, failedAt: 1 });
    expect(seen).toEqual(['coverage 1', 'reach 1', 'coverage 2']);
  });

  it('a record the digest projector fails on is read again too, the others having applied it', async () => {
    const seen: string[] = [];
    const consumer = tableStreamConsumer(
      { apply: async (r) => (seen.push(`coverage ${r.eventID}`), 'ignored') },
      { apply: async (r) => (seen.push(`home ${r.eventID}`), 'ignored') },
      { apply: async (r) => (seen.push(`reach ${r.eventID}`), 'ignored') },
      { apply: async (r) => { if (r.eventID === '1') throw new Error('throttled'); return 'applied'; } },
    );
    const outcome = await consumer.applyInOrder([{ eventID: '0' }, { eventID: '1' }]);
    expect(outcome).toMatchObject({ applied: 1, failedAt: 1 });
    expect(seen).toEqual(['coverage 0', 'home 0', 'reach 0', 'coverage 1', 'home 1', 'reach 1']);
  });
});
