import { describe, expect, it } from 'vitest';
import { marshall } from '@aws-sdk/util-dynamodb';
import { digestWindow } from '#shared/digests/iso-week.ts';
import { BOARD_FORMAT, boardFrom, caseCard, boardKeys } from './digest-board-items.ts';
import { digestSubjectOf } from './digest-projector.ts';

const record = (keys: { pk: string; sk: string }, before?: Record<string, unknown>, after?: Record<string, unknown>) => ({
  dynamodb: {
    Keys: { pk: { S: keys.pk }, sk: { S: keys.sk } },
    ...(before ? { OldImage: marshall(before) } : {}),
    ...(after ? { NewImage: marshall(after) } : {}),
  },
});

describe('caseCard', () => {
  const partition = [
    { pk: 'CASE#c1', sk: 'CASE', itemType: 'case', id: 'c1', defenderName: 'Ana', summary: 'Long story', recommendedActions: ['Visit'], organisation: 'Org', visibility: 'network', namedMemberIds: [] },
    { pk: 'CASE#c1', sk: 'PLEDGE#m1', itemType: 'pledge', caseId: 'c1', memberId: 'm1' },
    { pk: 'CASE#c1', sk: 'OBSERVER#e1#m2', itemType: 'observer', caseId: 'c1', memberId: 'm2' },
    { pk: 'CASE#c1', sk: 'CONSENT#1', itemType: 'consent', caseId: 'c1', memberId: 'm9' },
    { pk: 'CASE#c1', sk: 'EVENT#1', itemType: 'event', id: 'e1', caseId: 'c1', type: 'hearing', hearingAt: '2026-11-27T14:00', description: 'Details', title: 'Trial' },
    { pk: 'CASE#c1', sk: 'EVENT#2', itemType: 'event', id: 'e2', caseId: 'c1', type: 'update', title: 'News' },
    {
      pk: 'CASE#c1', sk: 'REQUEST#r1', itemType: 'request', gsi1sk: 'REQUEST#OPEN#2026-11-26#r1', id: 'r1', caseId: 'c1', country: 'CO',
      actionType: 'trial_observation', status: 'open', dueDate: '2026-11-26', note: 'Ask the consul first',
    },
    {
      pk: 'CASE#c1', sk: 'REQUEST#r2', itemType: 'request', gsi1sk: 'REQUEST#CLOSED#2026-11-20#r2', id: 'r2', caseId: 'c1', country: 'CO',
      actionType: 'trial_observation', status: 'done', dueDate: '2026-11-20',
    },
  ];

  it('keeps what digests show and leaves the case\'s texts, the consent ledger and requests filed as closed out', () => {
    const card = caseCard(partition)!;
    expect(card).toMatchObject({ ...boardKeys.card('c1'), participants: ['m1', 'm2'] });
    expect(card.case).toEqual({ id: 'c1', defenderName: 'Ana', visibility: 'network', namedMemberIds: [] });
    expect((card.hearings as unknown[]).length).toBe(1);
    expect(JSON.stringify(card)).not.toMatch(/Long story|Details|Org|m9|consul/);
    // A record, as the job's Query of the posting reads it: the core labels it and applies the open rule.
    expect(card.requests).toEqual([{ id: 'r1', caseId: 'c1', country: 'CO', actionType: 'trial_observation', dueDate: '2026-11-26', status: 'open' }]);
  });

  it('is nothing once the case item is gone', () => {
    expect(caseCard(partition.slice(1))).toBeUndefined();
  });
});

describe('boardFrom', () => {
  const window = digestWindow('2026-W48');
  const card = { ...boardKeys.card('c1'), itemType: 'digest_card', case: { id: 'c1', defenderName: 'Ana' }, participants: ['m1'], hearings: [],
    requests: [{ id: 'r1', caseId: 'c1', country: 'CO', actionType: 'trial_observation', status: 'declined' }], markers: [] };

  it('hands the core the cards\' records as stored, closed requests too (the core applies the open rule)', () => {
    const board = boardFrom([{ ...boardKeys.ready, format: BOARD_FORMAT }, card], [], window)!;
    expect(board.records.requests).toEqual(card.requests);
    expect(board.records.participations).toEqual(new Map([['m1', ['c1']]]));
  });

  it('is not built without READY, or while READY names another format', () => {
    expect(boardFrom([card], [], window)).toBeUndefined();
    expect(boardFrom([{ ...boardKeys.ready }, card], [], window)).toBeUndefined();
    expect(boardFrom([{ ...boardKeys.ready, format: BOARD_FORMAT - 1 }, card], [], window)).toBeUndefined();
  });
});

describe('digestSubjectOf', () => {
  it('names the subject to read again, and ignores what the board does not mirror', () => {
    expect(digestSubjectOf(record({ pk: 'CASE#c1', sk: 'CASE' }, undefined, { itemType: 'case' }))).toEqual({ kind: 'case', id: 'c1' });
    expect(digestSubjectOf(record({ pk: 'CASE#c1', sk: 'CONSENT#1' }, undefined, { itemType: 'consent' }))).toBeUndefined();
    expect(digestSubjectOf(record({ pk: 'CASE#c1', sk: 'EVENT#2' }, undefined, { itemType: 'event', type: 'update' }))).toBeUndefined();
    expect(digestSubjectOf(record({ pk: 'CASE#c1', sk: 'EVENT#1' }, { itemType: 'event', type: 'hearing' }, { itemType: 'event', type: 'update' }))).toEqual({ kind: 'case', id: 'c1' });
    expect(digestSubjectOf(record({ pk: 'MEMBER#m1', sk: 'MEMBER' }, undefined, { itemType: 'member' }))).toEqual({ kind: 'member', id: 'm1' });
    expect(digestSubjectOf(record({ pk: 'SUPPRESSED#a@example.org', sk: 'SUPPRESSED' }))).toEqual({ kind: 'suppressed', email: 'a@example.org' });
    expect(digestSubjectOf(record({ pk: 'NOTIFY#actionVerified#i1', sk: 'MEMBER#m1' }, { itemType: 'digest_note' }))).toEqual({ kind: 'note', key: { pk: 'NOTIFY#actionVerified#i1', sk: 'MEMBER#m1' } });
    expect(digestSubjectOf(record({ pk: 'NOTIFY#requestCreated#i1', sk: 'MEMBER#m1' }, undefined, { itemType: 'notification' }))).toBeUndefined();
    expect(digestSubjectOf(record({ pk: 'DIGEST#2026-W48', sk: 'MEMBER#m1' }, undefined, { itemType: 'digest-send' }))).toEqual({ kind: 'sent', week: '2026-W48', memberId: 'm1' });
    expect(digestSubjectOf(record({ pk: 'DIGESTRUN#r1', sk: 'BATCH#1' }, undefined, { itemType: 'digest-batch' }))).toBeUndefined();
  });

  it('decodes no image of a record it ignores (an image it could not decode stops nothing)', () => {
    const undecodable = { dynamodb: { Keys: { pk: { S: 'SESSION#x' }, sk: { S: 'SESSION' } }, NewImage: { itemType: { S: 'session' }, odd: {} } } };
    expect(digestSubjectOf(undecodable)).toBeUndefined();
  });
});

describe('boardKeys.sent', () => {
  it('puts the send records of the digest of week W beside the news of W − 1, which it reports', () => {
    expect(boardKeys.sent('2026-W48', 'm1')).toEqual({ pk: 'NEWS#2026-W47', sk: 'SENT#m1' });
    expect(boardKeys.sent('2027-W01', 'm1')).toEqual({ pk: 'NEWS#2026-W53', sk: 'SENT#m1' });
  });
});
